"""Benchmark: print a class of 40 students' year pages, one PDF each, on one core.

Target: at least 25 pages/s, and at most 1.3 x the time of a bare reportlab platypus document holding
the same text and tables (same fonts, default platypus layout: no form header table, signature slots,
spans or layout data). The baseline mirrors the primary page; with --level thcs only pages/s is given.

Run from the repository root:  .venv/bin/python bench/bench_printing.py [--students 40] [--level tieuhoc|thcs]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))           # tests.fixtures (synthetic classes)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
from tests.fixtures.printing import CREATED, YEAR, record_book

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.model import Level
from hocbaso_desktop.domain.record_book import RecordBook
from hocbaso_desktop.printing import register_fonts, render_year_page


def bare_platypus(book: RecordBook) -> tuple[bytes, int]:
    """The same text and tables laid out with plain platypus defaults (the comparison baseline)."""
    fonts = register_fonts(prefer_system=False)
    style = ParagraphStyle("p", fontName=fonts.regular, fontSize=9.5, leading=11.6)
    page = book.pages[0]
    values = page.values()

    def p(text: str) -> Paragraph:
        return Paragraph(text, style)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), fonts.regular, 9.5)])
    story: list = [p(f"<b>{book.school.so_name}</b>"), p(f"<b>{book.school.name}</b>"),
                   p("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>"), p("<b>Độc lập – Tự do – Hạnh phúc</b>"),
                   p(f"Họ và tên: <b>{book.student.full_name}</b> Lớp: {page.school_class.name} Năm học: {page.year}"),
                   p("<b>1. Môn học và hoạt động giáo dục</b>")]
    rows = [["Môn học và hoạt động giáo dục", "Mức đạt được", "Điểm KTĐK", "Nhận xét"]] + [
        [p(s.name), values.get(s.code, "cn", "level"), values.get(s.code, "cn", "test"),
         p(values.get(s.code, "cn", "comment"))] for s in page.subjects]
    story += [Table(rows, colWidths=[130, 45, 45, 276], style=grid, repeatRows=1),
              p("Mức đạt được: T – Hoàn thành tốt; H – Hoàn thành; C – Chưa hoàn thành; M – Miễn."),
              p("<b>2. Những phẩm chất chủ yếu</b>")]
    quality = [[name, values.get("_quality", "cn", code), ""] for code, name in catalogue.PRIMARY_QUALITIES]
    quality[0][2] = p(values.get("_quality", "cn", "comment"))
    story += [Table(quality, colWidths=[150, 45, 301], style=grid), PageBreak(),
              p(f"Họ và tên: <b>{book.student.full_name}</b> Lớp: {page.school_class.name} Năm học: {page.year}"),
              p("<b>3. Những năng lực cốt lõi</b>")]
    competency = [[name, values.get("_competency", "cn", code), ""] for code, name in catalogue.PRIMARY_COMPETENCIES]
    competency[0][2] = p(values.get("_competency", "cn", "comment_general"))
    competency[3][2] = p(values.get("_competency", "cn", "comment_specific"))
    story += [Table(competency, colWidths=[150, 45, 301], style=grid),
              p("Mức đạt được: T – Tốt; Đ – Đạt; C – Cần cố gắng."),
              p(f"4. Đánh giá kết quả giáo dục: <b>{page.outcome.result}</b>"), p("5. Khen thưởng: <b>Không</b>"),
              p(f"6. Hoàn thành chương trình lớp học / chương trình tiểu học: <b>lớp {page.grade}</b>"),
              p("Số ngày nghỉ: <b>0 có phép, 0 không phép</b>"),
              p(f"Nhận xét chung của giáo viên chủ nhiệm: <b>{values.get('_general', 'cn', 'comment')}</b>"),
              p(f"<i>{page.issued_place}, ngày 25 tháng 05 năm 2026</i>"),
              p("<b>GIÁO VIÊN CHỦ NHIỆM</b> <i>(Ký và ghi rõ họ tên)</i> <b>XÁC NHẬN CỦA HIỆU TRƯỞNG</b> "
                "<i>(Ký, ghi rõ họ tên và đóng dấu)</i>"),
              p(f"<b>{page.homeroom_teacher.full_name}</b> <b>{page.principal.full_name}</b>")]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.build(story)
    return buffer.getvalue(), doc.page


def _time(function, books: list[RecordBook]) -> tuple[float, int]:
    start = time.perf_counter()
    pages = sum(function(book) for book in books)
    return time.perf_counter() - start, pages


def through_the_command(students: int) -> None:
    """`hocbaso print --class 4A` (its own process: start, unlock, read, evaluate, draw, write) vs a bare
    process drawing the same number of pages with plain platypus (its own start and imports too)."""
    import os
    import subprocess
    import tempfile

    from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD, create_demo_school

    with tempfile.TemporaryDirectory() as tmp:
        demo = create_demo_school(Path(tmp) / "t.hocbaso", students_per_class=students, classes_per_grade=1)
        env = {**os.environ, "HOCBASO_PASSWORD": DEFAULT_DEMO_PASSWORD, "HOME": tmp}
        out = Path(tmp) / "out"
        started = time.perf_counter()
        subprocess.run([str(Path(sys.executable).with_name("hocbaso")), "print", "--db", str(demo.path), "--user",
                        "hieutruong", "--class", "4A", "--out", str(out)], env=env, check=True, capture_output=True)
        command_s = time.perf_counter() - started
        pages = 0
        for pdf in out.glob("*.pdf"):
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
            pages += int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--bare-process", str(students)], check=True, capture_output=True)
        bare_s = time.perf_counter() - started
    print(f"`hocbaso print --class 4A` ({students} students): {pages} pages in {command_s:.2f} s = "
          f"{pages / command_s:.1f} pages/s; a bare platypus process, {2 * students} pages: {bare_s:.2f} s = "
          f"{2 * students / bare_s:.1f} pages/s -> {(command_s / pages) / (bare_s / (2 * students)):.2f}x per page")


def main() -> int:
    """Print the pages/s figure and the ratio to bare platypus (median of --repeat runs), then the command."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--level", default="tieuhoc", choices=["tieuhoc", "thcs"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--bare-process", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_process:
        for i in range(1, args.bare_process + 1):
            bare_platypus(record_book(i, Level.TIEU_HOC, 4, issued=True))
        return 0
    level, grade = (Level.TIEU_HOC, 4) if args.level == "tieuhoc" else (Level.THCS, 8)
    books = [record_book(i, level, grade, issued=True) for i in range(1, args.students + 1)]
    ours = lambda b: render_year_page(b, YEAR, created=CREATED, prefer_system_font=False).page_count  # noqa: E731
    bare = lambda b: bare_platypus(b)[1]  # noqa: E731
    primary = args.level == "tieuhoc"
    _time(ours, books[:2])  # warm up: font loading, imports
    runs_ours, runs_bare = [], []
    for _ in range(args.repeat):
        runs_ours.append(_time(ours, books))
        if primary:
            runs_bare.append(_time(bare, books))
    ours_s = statistics.median(t for t, _n in runs_ours)
    pages = runs_ours[0][1]
    print(f"{args.students} students ({args.level}, grade {grade}), one PDF each: {pages} pages in {ours_s:.3f} s "
          f"= {pages / ours_s:.1f} pages/s ({1000 * ours_s / args.students:.1f} ms per PDF)")
    if not primary:
        return 0
    bare_s = statistics.median(t for t, _n in runs_bare)
    print(f"bare platypus, same text and tables: {runs_bare[0][1]} pages in {bare_s:.3f} s "
          f"= {runs_bare[0][1] / bare_s:.1f} pages/s")
    print(f"time ratio ours / bare: {ours_s / bare_s:.2f}x  (goal <= 1.3x); per page: "
          f"{(ours_s / pages) / (bare_s / runs_bare[0][1]):.2f}x")
    through_the_command(args.students)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
