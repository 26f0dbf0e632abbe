"""Regenerate docs/samples/*.png: one rendered page of each printed form, for reviewing layout changes.

Run from the repository root:  .venv/bin/python tools/make_samples.py [--out docs/samples] [--dpi 100]
Uses the synthetic classes of tests/fixtures/printing.py (no database) and poppler's pdftoppm.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.fixtures.printing import CREATED, HOMEROOM, YEAR, record_book  # noqa: E402

from hocbaso_desktop.domain.model import Level  # noqa: E402
from hocbaso_desktop.printing import (  # noqa: E402
    CopyMark,
    RenderedPdf,
    SummaryRow,
    render_certified_copy,
    render_class_summary,
    render_record_book,
)

QR_SAMPLE = "HB1:NCFOXN%TS3DH0RGPJB/IB-OM7533H7NEZJ4U95:8QUA$KKUKN3 SAMPLE ONLY"


def _summary(level: Level, grade: int, period: str) -> RenderedPdf:
    books = [record_book(i, level, grade) for i in range(1, 41)]
    page = books[0].pages[0]
    return render_class_summary(books[0].school, page.school_class, [SummaryRow(b.student, b.pages[0]) for b in books],
                                page.subjects, period, created=CREATED, homeroom_teacher=HOMEROOM,
                                prefer_system_font=False)


def samples() -> list[tuple[str, RenderedPdf, int]]:
    """(file stem, rendered form, 1-based page to show) for every form."""
    primary = record_book(3, Level.TIEU_HOC, 4, issued=True)
    secondary = record_book(4, Level.THCS, 8, issued=True)
    mark = CopyMark(system_name="Phần mềm Học bạ số (hocbaso-desktop)", system_owner=secondary.school.name,
                    converter_name="Nguyễn Thị Văn Thư", converter_unit=secondary.school.name, converted_at=CREATED)
    primary_book = render_record_book(primary, created=CREATED, prefer_system_font=False)
    secondary_book = render_record_book(secondary, created=CREATED, prefer_system_font=False)
    copy_qr = render_certified_copy(secondary, YEAR, replace(mark, qr_text=QR_SAMPLE), created=CREATED,
                                    prefer_system_font=False)
    copy_placeholder = render_certified_copy(primary, YEAR, mark, created=CREATED, prefer_system_font=False)
    draft = render_record_book(record_book(5, Level.TIEU_HOC, 3), created=CREATED, prefer_system_font=False)
    return [
        ("hocba_tieuhoc_ban_nhap", draft, 4),
        ("hocba_tieuhoc_bia", primary_book, 1),
        ("hocba_tieuhoc_so_yeu_ly_lich", primary_book, 2),
        ("hocba_tieuhoc_nam_hoc_trang_1", primary_book, 3),
        ("hocba_tieuhoc_nam_hoc_trang_2", primary_book, 4),
        ("hocba_thcs_nam_hoc_trang_1", secondary_book, 3),
        ("hocba_thcs_nam_hoc_trang_2", secondary_book, 4),
        ("tong_hop_tieuhoc_cuoi_nam", _summary(Level.TIEU_HOC, 4, "cn"), 1),
        ("tong_hop_tieuhoc_giua_hk1", _summary(Level.TIEU_HOC, 5, "gk1"), 1),
        ("theo_doi_thcs_cuoi_nam", _summary(Level.THCS, 8, "cn"), 1),
        ("ban_chuyen_doi_co_qr", copy_qr, copy_qr.page_count),
        ("ban_chuyen_doi_cho_qr", copy_placeholder, copy_placeholder.page_count),
    ]


def main() -> int:
    """Render every sample page to PNG."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    parser.add_argument("--dpi", type=int, default=100)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for stem, rendered, page in samples():
            pdf = Path(folder) / f"{stem}.pdf"
            pdf.write_bytes(rendered.data)
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page),
                            str(pdf), str(args.out / stem)], check=True)
            print(args.out / f"{stem}.png")
        issued = _issued_pdf(Path(folder))
        if issued is not None:  # the signatures sit on the year's right-hand page (the last one)
            info = subprocess.run(["pdfinfo", str(issued)], capture_output=True, text=True, check=True).stdout
            last = next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
            for stem, page in (("issued-hocba", last), ("issued-hocba-so-yeu-ly-lich", "2")):
                subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", "-singlefile", "-f", page, "-l", page,
                                str(issued), str(args.out / stem)], check=True)
                print(args.out / f"{stem}.png")
    return 0


def _issued_pdf(folder: Path) -> Path | None:
    """An issued record of the demo school, signed through the real path on SoftHSM demo tokens."""
    from datetime import date

    from hocbaso_desktop.demo import create_demo_school
    from hocbaso_desktop.signing.demo_issue import issue_demo_records
    from hocbaso_desktop.signing.export import export_class
    from hocbaso_desktop.storage import school_repo
    from hocbaso_desktop.storage.session import open_session

    if not Path("/usr/lib/softhsm/libsofthsm2.so").exists():
        print("SoftHSM2 is not installed: no issued sample", file=sys.stderr)
        return None
    made = create_demo_school(folder / "demo.hocbaso", password="mat-khau-mau", today=date(2026, 11, 23),
                              students_per_class=3, classes_per_grade=1)
    issue_demo_records(made.path, made.password, folder / "demo.data", classes=["4A"])
    with open_session(made.path, "hieutruong", made.password) as session:
        cls = school_repo.find_class(session.db, made.year, "4A")
        export_class(session, cls.id, folder / "issued")
    return sorted((folder / "issued").glob("*.pdf"))[0]


if __name__ == "__main__":
    raise SystemExit(main())
