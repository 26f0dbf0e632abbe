"""A compact page drawn from a payload, for legacy pages that have no Ministry layout here (trích lục, TT58).

Converted paper pages (TT58/2011 and earlier pages of any circular) carry the results as written on
paper, not the entries the TT27/TT22 forms are drawn from; this renderer lists what the payload holds.
Everything printed comes from the payload itself, and the footer prints the record id, version and
the payload's SHA-256, so what a reader sees is bound to the signed data.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from hocbaso_desktop.domain.i18n import _, in_vietnamese, nfc
from hocbaso_desktop.printing.blocks import SignatureCollector
from hocbaso_desktop.printing.document import PdfMeta, build_pdf
from hocbaso_desktop.printing.fonts import register_fonts

_SUBJECT_FIELDS = ("mucdatduoc", "diemkiemtradinhky", "diemhocky1", "diemhocky2", "diemcanam")


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(nfc(str(text))), style)


@in_vietnamese
def render_legacy_page(payload: Mapping[str, Any], payload_sha256: str) -> bytes:
    """Draw a legacy page: school, student, class and year, subject results, comments, signers, hash footer."""
    fonts = register_fonts(prefer_system=False)
    body = ParagraphStyle("b", fontName=fonts.regular, fontSize=10, leading=13)
    head = ParagraphStyle("h", parent=body, fontName=fonts.bold, fontSize=13, leading=17, alignment=1)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9)
    p = payload
    story: list[Any] = [
        _p(_("HỌC BẠ SỐ — NĂM HỌC {y}", y=p.get("namhoc", "")), head),
        _p(f"{p.get('tensogd', '')} — {p.get('tentruong', '')} ({p.get('matruong', '')})", body),
        Spacer(1, 3 * mm),
        _p(_("Họ và tên: {n}   Giới tính: {g}   Ngày sinh: {d}", n=p.get("hovaten", ""),
             g={"1": "Nam", "2": "Nữ"}.get(str(p.get("gioitinh")), ""),
             d=p.get("ngaythangnamsinh") or p.get("thangnamsinh") or p.get("namsinh", "")), body),
        _p(_("Mã học sinh: {m}   Lớp: {c}   Thông tư: {t}", m=p.get("mahocsinh", ""), c=p.get("tenlop", ""),
             t=p.get("thongtu", "")), body),
        Spacer(1, 3 * mm),
    ]
    rows = [[_p(_("Mã"), body), _p(_("Môn học / hoạt động"), body), _p(_("Kết quả"), body)]]
    for row in p.get("bangdiem", []):
        shown = [f"{k}: {row[k]}" for k in _SUBJECT_FIELDS if row.get(k)]
        if not shown:
            shown = [f"{k}: {v}" for k, v in sorted(row.get("danhgia", {}).items()) if not k.endswith("comment")]
        rows.append([_p(row.get("mamonhoc", ""), body), _p(row.get("tenmonhoc", ""), body), _p("; ".join(shown), body)])
    table = Table(rows, colWidths=[18 * mm, 62 * mm, 90 * mm], repeatRows=1)
    # FONTNAME: reportlab's table otherwise names an unembedded Helvetica (PDF/A wants every font embedded)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), fonts.regular)]))
    story += [table, Spacer(1, 3 * mm)]
    for key, label in (("nxetgvcn", _("Nhận xét của GVCN")), ("xeploai", _("Xếp loại")),
                       ("hocky1", _("Kết quả học tập HK I")), ("hocky2", _("Kết quả học tập HK II")),
                       ("canam", _("Kết quả học tập cả năm")), ("renluyencanam", _("Kết quả rèn luyện cả năm"))):
        if p.get(key):
            story.append(_p(f"{label}: {p[key]}", body))
    story += [
        Spacer(1, 4 * mm),
        _p(_("Giáo viên chủ nhiệm: {g}        {t}: {h}", g=p.get("tengvcn", ""),
             t=p.get("chucvugiamhieu", "") or _("Hiệu trưởng"), h=p.get("tengiamhieu", "")), body),
        _p(_("(Chữ ký số của giáo viên chủ nhiệm, hiệu trưởng và con dấu nhà trường được gắn trong tệp.)"), small),
        Spacer(1, 6 * mm),
        _p(_("Mã học bạ: {id} — phiên bản {v} — SHA-256 dữ liệu (payload.json): {h}",
             id=p.get("madinhdanhhocba", ""), v=p.get("phienbanthongtinhocba", ""), h=payload_sha256), small),
    ]
    created = datetime.combine(date.fromisoformat(p.get("ngaytao") or "2000-01-01"), time(), tzinfo=UTC)
    meta = PdfMeta(title=_("Học bạ số"), author=str(p.get("tentruong", "")),
                   subject=_("Học bạ năm học {y}", y=p.get("namhoc", "")), created=created)
    return build_pdf(story, meta, fonts, SignatureCollector()).data
