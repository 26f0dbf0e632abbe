"""`hocbaso print`: học bạ pages, class summary sheets and certified copies as PDF files.

    hocbaso print --class 4A [--year 2025-2026] --kind hocba|summary|copy [--period cn] --out DIR
    hocbaso print --student ID --kind hocba|copy [--year Y] --out DIR

One PDF per student (hocba, copy) or per class (summary); progress goes to stderr on a terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from hocbaso_desktop.cli._common import session_from_args
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import RecordStatus
from hocbaso_desktop.domain.record_book import RecordBook
from hocbaso_desktop.private_files import write_private

if TYPE_CHECKING:
    from hocbaso_desktop.services import Session, record_book

KINDS = ("hocba", "summary", "copy")


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add the `print` command."""
    p = subparsers.add_parser("print", parents=parents, help=_("in học bạ, bảng tổng hợp, bản chuyển đổi ra PDF"))
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--class", dest="class_name", help=_("tên lớp, ví dụ 4A"))
    target.add_argument("--student", help=_("mã học sinh (id)"))
    p.add_argument("--year", default=None, help=_("năm học, ví dụ 2025-2026 (mặc định: năm học mới nhất)"))
    p.add_argument("--kind", choices=KINDS, default="hocba")
    p.add_argument("--period", default="cn", help=_("kì của bảng tổng hợp: gk1, ck1, gk2, cn (tiểu học); hk1, hk2, cn"))
    p.add_argument("--out", type=Path, required=True, help=_("thư mục ghi các tệp PDF"))
    p.set_defaults(handler=_print)


def file_slug(text: str) -> str:
    """An ASCII file-name part from a Vietnamese name ("Nguyễn Thị Ánh" → "Nguyen-Thi-Anh")."""
    import unicodedata

    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_only = "".join(ch for ch in plain if not unicodedata.combining(ch) and ch.isascii())
    return "-".join("".join(ch if ch.isalnum() else " " for ch in ascii_only).split()) or "hocsinh"


class _Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label, self.tty = total, label, sys.stderr.isatty()

    def step(self, done: int, name: str) -> None:
        if self.tty:
            sys.stderr.write(f"\r{self.label} {done}/{self.total}: {name[:40]:<40}")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def _write_all(out: Path, jobs: list[tuple[str, str, Callable[[], record_book.RenderedPdf]]],
               label: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    progress, written = _Progress(len(jobs), label), []
    for done, (file_name, display, render) in enumerate(jobs, start=1):
        progress.step(done, display)
        path = out / file_name
        write_private(path, render().data)
        written.append(path)
    progress.finish()
    return written


def _hocba_jobs(session: Session, books: Iterable[RecordBook], year: str | None, prefix: str) -> list:
    from hocbaso_desktop.services import record_book as service

    jobs = []
    for index, book in enumerate(books, start=1):
        years = [year] if year else None
        name = f"{prefix}{index:02d}_{file_slug(book.student.full_name)}_hocba.pdf"
        jobs.append((name, book.student.full_name,
                     lambda book=book, years=years: service.print_record_book(session, book, years).value))
    return jobs


def _copy_jobs(session: Session, books: Iterable[RecordBook], year: str | None, prefix: str) -> list:
    from hocbaso_desktop.services import record_book as service

    jobs = []
    for index, book in enumerate(books, start=1):
        for page in book.pages:
            if (year and page.year != year) or page.record is None or page.record.status is not RecordStatus.ISSUED:
                continue
            name = f"{prefix}{index:02d}_{file_slug(book.student.full_name)}_{page.year}_bansao.pdf"
            jobs.append((name, book.student.full_name,
                         lambda book=book, y=page.year: service.certified_copy(session, book, y).value))
    if not jobs:
        raise InvalidInputError(_("Không có học bạ nào đã phát hành để in bản chuyển đổi."))
    return jobs


def _print(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import record_book as service
    from hocbaso_desktop.services import students

    with session_from_args(args) as session:
        if args.student:
            if args.kind == "summary":
                raise InvalidInputError(_("Bảng tổng hợp được in theo lớp: dùng --class."), field="kind")
            books = [service.student_record_book(session, args.student)]
            prefix, year = "", args.year
        else:
            klass = students.resolve_class(session, args.class_name, args.year)
            books = service.class_record_books(session, klass.id)
            prefix, year = f"{file_slug(klass.name)}_", klass.year
            if args.kind == "summary":
                return _print_summary(session, klass.id, books, args)
        jobs = (_hocba_jobs if args.kind == "hocba" else _copy_jobs)(session, books, year, prefix)
        written = _write_all(args.out, jobs, _("Đang in"))
        print(_("Đã ghi {n} tệp PDF vào {d}.", n=len(written), d=args.out))
        return 0


def _print_summary(session: Session, class_id: str, books: list[RecordBook], args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import record_book as service

    summary = service.print_class_summary(session, class_id, args.period, books).value
    args.out.mkdir(parents=True, exist_ok=True)
    klass = summary.school_class
    path = args.out / f"{file_slug(klass.name)}_{klass.year}_tonghop_{args.period}.pdf"
    write_private(path, summary.pdf.data)
    print(_("Đã ghi {p} ({n} trang).", p=path, n=summary.pdf.page_count))
    return 0
