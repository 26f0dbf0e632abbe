"""Verifying issued files for `hocbaso verify` and `hocbaso verify-qr`: a học bạ's signed PDF and/or its XML
form, or a QR's text, against trust material given as files and/or the school's database.

Anyone may verify (no account is needed when the trust material is given as files) and nothing changes.
pyHanko's modules load on first use, not when this module is imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Material:
    """Trust material: roots, intermediates, the certificates bound per role, revoked versions with the reason."""

    roots: tuple[bytes, ...] = ()
    intermediates: tuple[bytes, ...] = ()
    accepted: Mapping[str, set[str]] = field(default_factory=dict)
    revoked: Mapping[tuple[str, int], str] = field(default_factory=dict)


def material_from_paths(paths: Iterable[Path]) -> Material:
    """The CA certificates of `--trust` files or folders: self-signed ones are roots, the others intermediates."""
    from hocbaso_desktop.signing import trust

    roots: list[bytes] = []
    intermediates: list[bytes] = []
    for path in paths:
        more_roots, more_cas = trust.trust_material_from_path(path)
        roots, intermediates = roots + more_roots, intermediates + more_cas
    return Material(tuple(roots), tuple(intermediates))


def school_material(session) -> Material:
    """Everything the school's database says about trust: its trust list, bindings and revoked versions."""
    from hocbaso_desktop.signing import school_material as read

    found = read(session.db)
    return Material(tuple(found.roots), tuple(found.intermediates), found.accepted, found.revoked)


@dataclass(frozen=True)
class Verdict:
    """The reports of a PDF and/or an XML form (None: not given) and whether any trusted root was known."""

    pdf: Any
    xml: Any
    trusted_roots: int

    @property
    def ok(self) -> bool:
        """Whether every report given is valid."""
        return all(r.ok for r in (self.pdf, self.xml) if r is not None)

    def text(self) -> list[str]:
        """The reports as Vietnamese text, PDF first."""
        from hocbaso_desktop.signing import verify, xades

        return ([verify.format_report(self.pdf)] if self.pdf is not None else []) + \
            ([xades.format_xml_report(self.xml)] if self.xml is not None else [])


def verify_documents(pdf: bytes | None, xml: bytes | None, given: Material, school: Material) -> Verdict:
    """Verify a signed PDF and/or XML form against the given and the school's material; with both, the XML must
    say what the PDF's embedded payload says."""
    from hocbaso_desktop.signing import verify, xades

    roots = [*given.roots, *school.roots]
    pdf_report = verify.verify_pdf(pdf, roots, [*given.intermediates, *school.intermediates],
                                   revoked=school.revoked, accepted_certificates=school.accepted) \
        if pdf is not None else None
    xml_report = None
    if xml is not None:
        payload = None
        if pdf is not None:
            embedded = verify.payload_of_pdf(pdf)
            try:
                payload = json.loads(embedded) if embedded is not None else {}
            except ValueError:   # an unreadable payload.json matches nothing
                payload = {}
        xml_report = xades.verify_xml(xml, roots, payload=payload)
    return Verdict(pdf_report, xml_report, len(roots))


def qr_text(argument: str) -> str:
    """The QR text itself, or the text decoded from an image file (zbarimg, when installed)."""
    from hocbaso_desktop.signing import export

    return export.qr_text_from(argument)


def qr_material_from_paths(cert_paths: Iterable[Path], trust_paths: Iterable[Path]) -> tuple[list[bytes], list[bytes]]:
    """(certificates, roots) given as files: signers and CAs with `--cert`, trust anchors with `--trust`."""
    from hocbaso_desktop.signing import trust

    certs = [der for path in cert_paths for der in trust.certificates_from_path(path)]
    roots = [der for path in trust_paths for der in trust.roots_from_path(path)]
    return certs, roots


def school_qr_material(session) -> tuple[list[bytes], list[bytes], list[bytes], Mapping[str, set[str]]]:
    """The school's signer certificates, roots, intermediates, and who it bound for each role."""
    from hocbaso_desktop.signing import export
    from hocbaso_desktop.signing import school_material as read

    certs, roots, chain = export.school_qr_material(session.db)
    return certs, roots, chain, read(session.db).accepted


def check_qr(text: str, certs: list[bytes], roots: list[bytes], chain: list[bytes],
             issuers: Mapping[str, set[str]] | None = None):
    """Verify a QR text's signature and that its signer chains to a trusted root (and, given, was bound)."""
    from hocbaso_desktop.signing import export

    return export.verify_qr(text, certs, roots, chain, issuers)
