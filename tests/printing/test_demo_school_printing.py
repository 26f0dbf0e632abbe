"""Printing from the real database: the demo schools (primary and THCS), the service, the command line."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest

from hocbaso_desktop.cli import main
from hocbaso_desktop.demo import DemoSchool
from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.printing import render_class_summary, render_record_book
from hocbaso_desktop.services import record_book as service
from hocbaso_desktop.services import students
from hocbaso_desktop.storage import audit, records_repo, school_repo
from hocbaso_desktop.storage.session import Session, open_session
from tests.fixtures.printing import CREATED, pdf_fonts, pdf_info, pdf_text, pdf_words
from tests.fixtures.school import DEMO_PASSWORD

QR = "HB1:NCFOXN%TS3DH0RGPJB/IB-OM7533H7NEZJ4U95:8QUA$KKUKN3"


def _check_pdf(data: bytes, *, names: list[str], landscape: bool = False) -> str:
    info = pdf_info(data)
    size = "841.89 x 595.276" if landscape else "595.276 x 841.89"
    assert all(info[f"Page {n:4d} size"].startswith(size) for n in range(1, int(info["Pages"]) + 1))
    assert all(embedded for _n, embedded in pdf_fonts(data))
    assert all(w[3] >= 0 and w[5] <= w[1] and w[4] >= 0 and w[6] <= w[2] for w in pdf_words(data))
    text = pdf_text(data)
    assert unicodedata.is_normalized("NFC", text)
    for name in names:
        assert name in " ".join(text.split()), name
    return text


@pytest.mark.parametrize("template", ["demo_template", "demo_template_thcs"])
def test_every_demo_class_prints_its_forms(template: str, request: pytest.FixtureRequest) -> None:
    demo: DemoSchool = request.getfixturevalue(template)
    session = open_session(demo.path, "hieutruong", DEMO_PASSWORD)
    try:
        for klass in school_repo.list_classes(session.db, demo.year):
            books = service.class_record_books(session, klass.id)
            assert [b.student.id for b in books] == [s.id for s in school_repo.students_in_class(session.db,
                                                                                                 klass.id)]
            ctx = service.class_context(session, klass.id)
            sheet = render_class_summary(ctx.school, klass, service.summary_rows(books),
                                         service.summary_subjects(ctx, books), "cn", created=CREATED,
                                         homeroom_teacher=ctx.homeroom_teacher, prefer_system_font=False)
            _check_pdf(sheet.data, names=[b.student.full_name for b in books], landscape=True)
            for book in (books[0], books[-1]):
                page = book.pages[0]
                assert page.outcome is not None
                text = _check_pdf(render_record_book(book, created=CREATED, prefer_system_font=False).data,
                                  names=[book.student.full_name, klass.name, ctx.school.name])
                assert (ctx.homeroom_teacher.full_name if ctx.homeroom_teacher else "") in text
    finally:
        session.close()


def test_teacher_sees_only_their_class(session_as) -> None:
    teacher = session_as("gvcn.4a")
    klass = students.resolve_class(teacher, "4A")
    assert service.class_record_books(teacher, klass.id)
    other = students.resolve_class(teacher, "4B")
    with pytest.raises(PermissionDeniedError):
        service.class_record_books(teacher, other.id)


def _issue_first_record(session: Session, class_name: str) -> tuple[str, str]:
    """Walk one student's page through lock, one signature and issuance, as the signing work does."""
    klass = students.resolve_class(session, class_name)
    student = school_repo.students_in_class(session.db, klass.id)[0]
    pdf = b"%PDF-1.7 unsigned"
    with session.db.transaction():
        records_repo.create(session.db, record_id="rec-0001", version=1, student_id=student.id, class_id=klass.id,
                            year=klass.year, regulation="27/2020", created_at="2027-05-25T01:00:00Z")
        records_repo.lock(session.db, "rec-0001", 1, payload=b"{}", payload_sha256="0" * 64, pdf=pdf,
                          issued_place="TP. Hồ Chí Minh")
        records_repo.add_signature(session.db, "rec-0001", 1, role="principal", user_id="u", signer_name="HT",
                                   cert_serial="01", cert_sha256="0" * 64, signed_at="2027-05-25T02:00:00Z",
                                   pdf=pdf, pdf_sha256=hashlib.sha256(pdf).hexdigest())
        records_repo.mark_issued(session.db, "rec-0001", 1, issued_on="2027-05-25", qr=QR)
    return klass.id, student.id


def test_certified_copy_of_an_issued_page_is_printed_and_audited(session_as) -> None:
    _class_id, student_id = _issue_first_record(session_as("hieutruong"), "4A")
    clerk = session_as("vanthu")
    book = service.student_record_book(clerk, student_id)
    year = book.pages[-1].year
    rendered = service.certified_copy(clerk, book, year).value
    text = _check_pdf(rendered.data, names=[book.student.full_name, "BẢN CHUYỂN ĐỔI TỪ HỌC BẠ SỐ", "rec-0001",
                                            clerk.account.full_name])
    assert "Vị trí mã QR" not in text  # the stored verification text is printed as a code
    entries = [e for e in audit.recent(clerk.db, limit=20) if e.action == "print.copy"]
    assert entries and entries[0].entity_id == "rec-0001" and entries[0].actor == "vanthu"
    teacher = session_as("gvcn.4a")
    with pytest.raises(PermissionDeniedError):
        service.certified_copy(teacher, book, year)


def test_print_command_writes_pdfs(demo_school: DemoSchool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOCBASO_PASSWORD", DEMO_PASSWORD)
    base = ["print", "--db", str(demo_school.path), "--user", "hieutruong"]
    assert main([*base, "--class", "4A", "--kind", "summary", "--out", str(tmp_path / "s")]) == 0
    (sheet,) = (tmp_path / "s").glob("*.pdf")
    assert sheet.name == f"4A_{demo_school.year}_tonghop_cn.pdf"
    assert main([*base, "--class", "1B", "--kind", "hocba", "--out", str(tmp_path / "h")]) == 0
    session = open_session(demo_school.path, "hieutruong", DEMO_PASSWORD)
    try:
        klass = students.resolve_class(session, "1B")
        roll = school_repo.students_in_class(session.db, klass.id)
        print_entries = [e for e in audit.recent(session.db, limit=200) if e.action == "print.hocba"]
    finally:
        session.close()
    files = sorted((tmp_path / "h").glob("*.pdf"))
    assert len(files) == len(roll) == len(print_entries)
    assert files[0].name.startswith("1B_01_") and files[0].name.isascii()
    assert main([*base, "--class", "1B", "--kind", "copy", "--out", str(tmp_path / "c")]) == 3
    assert "phát hành" in capsys.readouterr().err
    assert main([*base, "--student", roll[0].id, "--kind", "hocba", "--out", str(tmp_path / "one")]) == 0
    (one,) = (tmp_path / "one").glob("*.pdf")
    assert roll[0].full_name in pdf_text(one.read_bytes())


def test_thcs_form_has_a_row_for_each_part_of_art(demo_template_thcs) -> None:
    """Nghệ thuật (Âm nhạc) and Nghệ thuật (Mĩ thuật) are two rows of the THCS page, each with its Đ/CĐ."""
    session = open_session(demo_template_thcs.path, "hieutruong", DEMO_PASSWORD)
    try:
        klass = school_repo.find_class(session.db, demo_template_thcs.year, "8A")
        book = service.class_record_books(session, klass.id)[0]
        text = " ".join(pdf_text(render_record_book(book, created=CREATED, prefer_system_font=False).data).split())
    finally:
        session.close()
    assert "Nghệ thuật (Âm nhạc)" in text and "Nghệ thuật (Mĩ thuật)" in text
    assert "Nghệ thuật (Âm nhạc, Mĩ thuật)" not in text
