"""The signed PDF of a submission, read with pyHanko: intact, valid signatures (trusted only against a configured
trust folder: whether the signers are trusted is the school's business) over the embedded `payload.json`, and
nothing but validation data and document timestamps after the last signature.
"""

from __future__ import annotations

import functools
import io
import logging
from pathlib import Path

log = logging.getLogger(__name__)

# (field, code, message): an error of central-api.md, built by the caller
Problem = tuple[str, str, str]


def signed_pdf_problems(data: bytes, canonical: bytes, *, field: str,
                        trust_dir: Path | None) -> list[Problem]:
    """What is wrong with a signed PDF: unreadable, unsigned, broken signature, untrusted, or payload mismatch."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_regular_signatures   # document timestamps (B-LTA) are not signers
        attached = _attachment(reader, "payload.json")
    except Exception as exc:  # any parse failure of an untrusted file is a rejection, not a crash
        log.info("unreadable PDF: %s", exc)
        return [(field, "invalid_pdf", "the PDF cannot be read")]
    if not signatures:
        return [(field, "unsigned", "the PDF carries no signature")]
    if attached != canonical:
        return [("payload", "pdf_payload_mismatch", "payload.json in the PDF differs from the payload")]
    roots, intermediates = _load_trust(trust_dir) if trust_dir else ([], [])
    context = ValidationContext(trust_roots=roots, other_certs=intermediates, allow_fetching=False)
    for n, sig in enumerate(signatures):
        try:
            status = validate_pdf_signature(sig, context)
        except Exception as exc:  # the validator raises on malformed CMS: a rejection
            log.info("signature %d invalid: %s", n, exc)
            return [(field, "bad_signature", f"signature {n + 1} cannot be validated")]
        if not (status.intact and status.valid):
            return [(field, "bad_signature", f"signature {n + 1} is not intact or not valid")]
        if trust_dir and not status.trusted:
            return [(field, "untrusted", f"signature {n + 1} does not chain to a trusted root")]
    # after the last signature only validation data and document timestamps may follow (PAdES LTA updates):
    # a later revision could otherwise show another payload.json or page than the one signed
    if status.modification_level is None or status.modification_level > ModificationLevel.LTA_UPDATES:
        return [(field, "changed_after_signing",
                 "the PDF was changed after its last signature (only validation data may follow it)")]
    return []


def _attachment(reader, name: str) -> bytes | None:
    if "/Names" not in reader.root:
        return None
    names = reader.root["/Names"]
    if "/EmbeddedFiles" not in names:
        return None
    stack = [names["/EmbeddedFiles"]]
    while stack:
        node = stack.pop()
        pairs = node["/Names"] if "/Names" in node else []  # noqa: SIM401 - .get() would not resolve references
        for i in range(0, len(pairs) - 1, 2):
            if str(pairs[i]) == name:
                return pairs[i + 1]["/EF"]["/F"].data
        if "/Kids" in node:
            stack.extend(kid.get_object() for kid in node["/Kids"])
    return None


@functools.lru_cache(maxsize=4)
def _load_trust(trust_dir: Path) -> tuple[list, list]:
    """(self-signed roots, other CA certificates) of a trust folder: only roots anchor a path."""
    from asn1crypto import pem, x509

    roots, intermediates = [], []
    for path in sorted(Path(trust_dir).iterdir()):
        if path.suffix.lower() not in (".pem", ".crt", ".cer", ".der"):
            continue
        data = path.read_bytes()
        for _type, _headers, der in (pem.unarmor(data, multiple=True) if pem.detect(data) else [(None, None, data)]):
            cert = x509.Certificate.load(der)
            (roots if cert.self_signed != "no" else intermediates).append(cert)
    return roots, intermediates
