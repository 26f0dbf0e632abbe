"""The stamp font's subset is made once per glyph set, and the stamped PDFs stay valid and readable."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime, timedelta

from fontTools import subset
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields
from tests.signing.conftest import simple_pdf

from hocbaso_desktop.signing import stamp_font
from hocbaso_desktop.signing.pdf_signer import FIELD_NAMES, VisibleStamp, sign_pdf, stamp_style
from hocbaso_desktop.signing.verify import format_report, verify_pdf


def _with_field(role: str) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(simple_pdf()))
    fields.append_signature_field(w, fields.SigFieldSpec(FIELD_NAMES[role], box=(300, 100, 500, 160)))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _font_program(pdf: bytes) -> bytes:
    reader = PdfFileReader(io.BytesIO(pdf))
    sig_field = reader.embedded_signatures[0].sig_field
    resources = sig_field["/AP"]["/N"]["/Resources"]
    stack, seen = [resources], set()
    while stack:  # the stamp's font sits in a nested form XObject: search the resources for its font file
        res = stack.pop()
        for font in (res.get("/Font") or {}).values():
            font = font.get_object()
            for desc in font.get("/DescendantFonts", []):
                return desc.get_object()["/FontDescriptor"]["/FontFile2"].get_object().data
        for xobj in (res.get("/XObject") or {}).values():
            xobj = xobj.get_object()
            if id(xobj) not in seen and "/Resources" in xobj:
                seen.add(id(xobj))
                stack.append(xobj["/Resources"])
    raise AssertionError("no embedded stamp font")


def test_a_signers_batch_subsets_the_font_once(software_signer, demo_pki, monkeypatch, tmp_path):
    stamp_style()  # the per-process cut of the font is made before counting
    monkeypatch.setattr(stamp_font, "SUBSETS", stamp_font._SubsetCache())
    calls = []
    real = subset.Subsetter.subset
    monkeypatch.setattr(subset.Subsetter, "subset", lambda self, font: (calls.append(1), real(self, font))[1])
    start = datetime(2027, 5, 30, 8, 0, tzinfo=UTC)
    pdfs = []
    for minute in range(4):  # the stamp's time differs from record to record, the name does not
        stamp = VisibleStamp("Nguyễn Thị Hoa", "Giáo viên chủ nhiệm", start + timedelta(minutes=minute * 7))
        pdfs.append(sign_pdf(_with_field("gvcn"), software_signer("giaovien"), role="gvcn", stamp=stamp))
    assert len(calls) == 1 and stamp_font.SUBSETS.misses == 1   # once for this signer, not once per signature
    assert len({_font_program(p) for p in pdfs}) == 1
    for n, pdf in enumerate(pdfs):
        report = verify_pdf(pdf, [demo_pki.root_der])
        assert report.signatures[0].intact, format_report(report)
        path = tmp_path / f"s{n}.pdf"
        path.write_bytes(pdf)
        assert subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode == 0


def test_another_signer_gets_its_own_glyphs(software_signer):
    when = datetime(2027, 5, 30, 8, 0, tzinfo=UTC)
    a = sign_pdf(_with_field("principal"), software_signer("hieutruong"), role="principal",
                 stamp=VisibleStamp("Trần Văn Bảo", "Hiệu trưởng", when))
    b = sign_pdf(_with_field("principal"), software_signer("hieutruong"), role="principal",
                 stamp=VisibleStamp("Lê Thị Ẩn Ỷ", "Phó hiệu trưởng", when))
    assert _font_program(a) != _font_program(b)   # "Ẩ", "Ỷ" and "P" are glyphs the first stamp never used


def test_the_cut_font_is_made_once_per_installation(tmp_path, monkeypatch):
    from hocbaso_desktop.signing import pdf_signer

    monkeypatch.setenv("HOCBASO_CACHE_DIR", str(tmp_path))
    (tmp_path / "stamp-NotoSerif-Regular-1-1.ttf").write_bytes(b"a cut of an older version")
    pdf_signer._stamp_font.cache_clear()
    made = pdf_signer._stamp_font()
    [cut] = tmp_path.iterdir()   # the older version's cut is gone
    assert cut.name.startswith(f"stamp-{pdf_signer._CUT_VERSION}-") and cut.suffix == ".ttf"
    pdf_signer._stamp_font.cache_clear()   # as a new process would start

    def no_cut(self, font):
        raise AssertionError("the font was cut again")

    monkeypatch.setattr(subset.Subsetter, "subset", no_cut)
    try:
        assert pdf_signer._stamp_font() == made
    finally:
        pdf_signer._stamp_font.cache_clear()


def _written_font(engine, text: str) -> tuple:
    """What an engine puts in the PDF for `text`: the shaped operators, the widths, ToUnicode, the font file."""
    shaped = engine.shape(text)
    engine.prepare_write()
    type0 = engine.as_resource().get_object()
    cid = type0["/DescendantFonts"][0].get_object()
    program = cid["/FontDescriptor"]["/FontFile2"].get_object().data
    return (shaped.graphics_ops, shaped.x_advance, list(cid["/W"]), type0["/ToUnicode"].get_object().data,
            _without_save_time(program))


def _without_save_time(program: bytes) -> bytes:
    # fontTools stamps the save time into head.modified: two programs saved a second apart differ only there
    from fontTools import ttLib

    font = ttLib.TTFont(io.BytesIO(program), recalcTimestamp=False)
    font["head"].modified = 0
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def test_the_engine_parsed_once_writes_what_pyhankos_own_engine_writes(monkeypatch):
    # the accumulator shares one parsed font per process instead of parsing it per signature; what it writes
    # must be what pyHanko's GlyphAccumulator writes for the same glyphs, on a cache miss and on a hit
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
    from pyhanko.pdf_utils.writer import PdfFileWriter

    from hocbaso_desktop.signing import pdf_signer

    monkeypatch.setattr(stamp_font, "SUBSETS", stamp_font._SubsetCache())
    data = pdf_signer._stamp_font()
    text = "Ký bởi: Nguyễn Thị Hoa — Hiệu trưởng, 05/12/2026 10:11"
    stock = GlyphAccumulator(PdfFileWriter(), io.BytesIO(data), 10)
    stock.shape(stamp_font.STABLE_CHARACTERS, with_actual_text=False)   # the glyphs ours always feeds first
    expected = _written_font(stock, text)

    def ours():
        return stamp_font.CachedSubsetAccumulator(PdfFileWriter(), data, 10,
                                                  font_digest=stamp_font.font_digest(data))

    assert _written_font(ours(), text) == expected    # a miss: subset made from a fresh parse
    assert stamp_font.SUBSETS.misses == 1
    assert _written_font(ours(), text) == expected    # a hit: the shared parse was not cut by the miss
    assert stamp_font.SUBSETS.misses == 1
    other = "Lê Thị Ẩn Ỷ, Phó hiệu trưởng"
    stock = GlyphAccumulator(PdfFileWriter(), io.BytesIO(data), 10)
    stock.shape(stamp_font.STABLE_CHARACTERS, with_actual_text=False)
    assert _written_font(ours(), other) == _written_font(stock, other)  # glyphs the first never used are there


def test_a_stamp_in_the_bundled_font_keeps_its_letters_together(software_signer, tmp_path, monkeypatch):
    # Without Noto Serif (Windows) the stamp is in the bundled Tinos, of 2,048 units to the em; pyHanko writes
    # the font's own widths, which PDF reads as thousandths: the cut is scaled to 1,000 units so they agree
    from tests.fixtures.pdf_fonts import expected_widths, font_widths

    from hocbaso_desktop.printing.fonts import bundled_font_files
    from hocbaso_desktop.signing import pdf_signer

    monkeypatch.setattr(pdf_signer, "NOTO_SERIF", tmp_path / "no-noto.ttf")
    monkeypatch.setenv("HOCBASO_CACHE_DIR", str(tmp_path / "cache"))
    pdf_signer._stamp_font.cache_clear()
    stamp_style.cache_clear()
    try:
        name = "Nguyễn Thị Ánh Hoa"
        pdf = sign_pdf(_with_field("gvcn"), software_signer("giaovien"), role="gvcn",
                       stamp=VisibleStamp(name, "Giáo viên chủ nhiệm", datetime(2027, 5, 30, 8, 0, tzinfo=UTC)))
    finally:
        pdf_signer._stamp_font.cache_clear()
        stamp_style.cache_clear()
    fonts = font_widths(pdf)
    stamps = [w for font, w in fonts.items() if font.endswith("+Tinos-Identity-H")]
    assert len(stamps) == 1, list(fonts)
    stamp = stamps[0]
    expected = expected_widths(bundled_font_files()["Regular"], name)
    assert {ch: round(stamp[ch]) for ch in set(name)} == {ch: round(w) for ch, w in expected.items()}
