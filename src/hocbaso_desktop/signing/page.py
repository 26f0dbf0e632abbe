"""The issued PDF of a record page: the Ministry form drawn from the frozen payload, with its signature fields.

A pure function of the payload: `domain.payload_book.record_book_from_payload` rebuilds the page and
printing's TT27/TT22 form draws it (cover, student information and the year, as the paper book), so
the PDF shows exactly what is signed. Every page's footer prints the record id, version and the
payload's SHA-256 (pdf_signer also writes them into the document information). The empty signature fields of the required roles are placed at printing's signature
boxes, so each signer's visible stamp lands in its box of the form. Converted paper pages (trích lục)
and TT58 pages, which have no Ministry layout here, use printing's legacy page.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from pyhanko.sign import fields

from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import _, in_vietnamese
from hocbaso_desktop.domain.payload_book import record_book_from_payload
from hocbaso_desktop.printing import RenderedPdf, render_legacy_page, render_record_book, signature_boxes
from hocbaso_desktop.signing.pdf_signer import FIELD_NAMES, lock_spec
from hocbaso_desktop.signing.pdf_update import open_writer

LEGACY_REGULATION = "58/2011"


def footer_text(payload: Mapping[str, Any], payload_sha256: str) -> str:
    """The line under every page binding it to the signed data."""
    return _("Học bạ số {id} · phiên bản {v} · SHA-256 dữ liệu: {h}", id=payload.get("madinhdanhhocba", ""),
             v=payload.get("phienbanthongtinhocba", ""), h=payload_sha256)


def render_year_form(payload: Mapping[str, Any], payload_sha256: str) -> RenderedPdf:
    """The Ministry-template học bạ of the payload (TT27 or TT22 form), with the hash footer on every page.

    As the paper book: the cover, the student-information page, then the year's pages, all from the
    payload. No draft mark: this is the document that the signatures make the issued record.
    """
    book = record_book_from_payload(payload)
    created = datetime.combine(date.fromisoformat(payload.get("ngaytao") or "2000-01-01"), time(), tzinfo=UTC)
    footer = footer_text(payload, payload_sha256)
    year = book.pages[0].year
    # The bundled Tinos, never a system font: the same payload gives the same bytes on every machine.
    return render_record_book(book, created=created, prefer_system_font=False, mark_drafts=False,
                              footer=lambda n: footer + _(" · trang {n}", n=n),
                              identity_note=_("Xác nhận bằng chữ ký số của hiệu trưởng ở trang kết quả năm học {y}.",
                                              y=year))


def add_signature_fields(pdf: bytes, boxes: Mapping[str, tuple[int, tuple[float, float, float, float]]],
                         roles: Sequence[str]) -> bytes:
    """Add the empty signature field of each role at its box (page index, rectangle in points).

    The last role's field carries the lock (FieldMDP all fields, DocMDP no changes): its signature, the
    last required one, closes the document to any later change (pdf_signer.lock_spec).
    """
    writer = open_writer(pdf)
    for role in roles:
        if role in boxes:
            page, rect = boxes[role]
            last = role == roles[-1]
            fields.append_signature_field(writer, fields.SigFieldSpec(
                FIELD_NAMES[role], on_page=page, box=rect, field_mdp_spec=lock_spec() if last else None,
                doc_mdp_update_value=fields.MDPPerm.NO_CHANGES if last else None))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def is_legacy(payload: Mapping[str, Any]) -> bool:
    """True for pages drawn by the legacy renderer: converted paper pages and TT58 pages."""
    return bool(payload.get("trichluc")) or payload.get("thongtu") == LEGACY_REGULATION


@in_vietnamese
def render_issued_pdf(payload: Mapping[str, Any], payload_sha256: str,
                      roles: Sequence[str] = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL)) -> bytes:
    """The PDF to sign: the form (cover, student information, the year) with the empty signature fields of `roles` (legacy pages: no fields)."""
    if is_legacy(payload):
        return render_legacy_page(payload, payload_sha256)
    rendered = render_year_form(payload, payload_sha256)
    return add_signature_fields(rendered.data, signature_boxes(rendered, payload.get("namhoc")), roles)
