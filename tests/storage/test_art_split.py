"""THCS Nghệ thuật in two parts: a database assessed before the split keeps its single subject, readable and
evaluated as it was, and says once what it did; new classes get Âm nhạc and Mĩ thuật, each with its teacher."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.fixtures.cli import run_hocbaso
from tests.fixtures.dataio import copy_school

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.domain.model import SchoolClass
from hocbaso_desktop.services import open_session, sessions
from hocbaso_desktop.services.assessment_entry import class_subjects
from hocbaso_desktop.services.results import class_results
from hocbaso_desktop.storage import audit, catalogue_repo, school_repo, settings_repo


def _as_before_the_split(path: Path) -> str:
    """Rewrite the earlier years of a THCS demo school as the program before the split stored them.

    Before the split there was one subject "NT" (one teacher, one Đ/CĐ): the Âm nhạc values become NT,
    the Mĩ thuật ones did not exist. Returns the current year (left with the two parts).
    """
    session = open_session(path, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        db = session.db
        year = school_repo.latest_year(db)
        with db.transaction():
            db.execute("UPDATE assessments SET subject = 'NT' WHERE subject = 'NTAN' AND year < ?", (year,))
            db.execute("DELETE FROM assessments WHERE subject = 'NTMT' AND year < ?", (year,))
            old = "SELECT id FROM classes WHERE year < ?"
            db.execute(f"UPDATE teaching_assignments SET subject_code = 'NT' WHERE subject_code = 'NTAN' "
                       f"AND class_id IN ({old})", (year,))
            db.execute(f"DELETE FROM teaching_assignments WHERE subject_code = 'NTMT' AND class_id IN ({old})",
                       (year,))
            settings_repo.set_setting(db, catalogue_repo.ART_SPLIT_KEY, None)
        return year
    finally:
        session.close()


@pytest.fixture
def old_school(dataio_demo_files: dict[str, Path], tmp_path: Path) -> tuple[Path, str]:
    path = copy_school(dataio_demo_files["thcs"], tmp_path)
    return path, _as_before_the_split(path)


def _class(session, year: str, name: str) -> SchoolClass:
    return school_repo.find_class(session.db, year, name)


def test_opening_an_old_thcs_database_says_what_it_did_once(old_school):
    path, year = old_school
    session = open_session(path, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        assert len(session.db.notices) == 1
        note = session.db.notices[0]
        start = int(year[:4])
        assert "Nghệ thuật (Âm nhạc)" in note and "Nghệ thuật (Mĩ thuật)" in note
        assert f"7A ({start - 1}-{start})" in note and f"6A ({start - 3}-{start - 2})" in note
        assert f"({year})" not in note  # this year's classes already have the two parts
        kept = settings_repo.get_setting(session.db, catalogue_repo.ART_SPLIT_KEY)
        assert kept["values"] == 396 and len(kept["kept_classes"]) == 6  # 7A, 8A×2, 9A×3 of earlier years
        assert any(e.action == "catalogue.art_split" for e in audit.recent(session.db, limit=5))
        assert audit.verify(session.db).ok
    finally:
        session.close()
    again = open_session(path, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        assert again.db.notices == []
    finally:
        again.close()


def test_what_opening_did_reaches_the_person_on_screen_and_on_the_command_line(old_school):
    path, _year = old_school
    result = run_hocbaso("students", "list", "--db", str(path), "--class", "6A", "--user", "hocvu",
                         password=DEFAULT_DEMO_PASSWORD)
    assert result.returncode == 0
    notices = [line for line in result.stderr.splitlines() if line.startswith("Lưu ý: ")]
    assert len(notices) == 1 and "Nghệ thuật (Âm nhạc)" in notices[0]
    # the window's view of the next opening: said once, so nothing more
    session = open_session(path, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        assert sessions.signed_in(session).notices == ()
    finally:
        session.close()


def test_the_signed_in_view_carries_the_note(old_school):
    path, _year = old_school
    session = open_session(path, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        (note,) = sessions.signed_in(session).notices
        assert note == session.db.notices[0] and "Nghệ thuật (Mĩ thuật)" in note
    finally:
        session.close()


def test_old_classes_keep_the_single_subject_and_their_results(old_school):
    path, year = old_school
    start = int(year[:4])
    session = open_session(path, "hieutruong", DEFAULT_DEMO_PASSWORD)
    try:
        old = _class(session, f"{start - 1}-{start}", "7A")
        codes = [s.code for s in class_subjects(session, old)]
        assert "NT" in codes and "NTAN" not in codes and "NTMT" not in codes
        results = class_results(session, old)
        art = {s.code: s for s in results.subjects}["NT"]
        assert art.name == "Nghệ thuật" and art.kind == "comment"
        for row in results.rows:
            subject = {s.code: s for s in row.result.subjects}["NT"]
            assert subject.year == "Đ"  # read and evaluated, not "missing" (every old 7A student reached it)
            assert "NT" not in " ".join(row.result.incomplete)
        current = _class(session, year, "7A")
        codes = [s.code for s in class_subjects(session, current)]
        assert codes.count("NTAN") == codes.count("NTMT") == 1 and "NT" not in codes
        teachers = {a.subject_code: a.teacher_id for a in school_repo.teaching_assignments(session.db, current.id)}
        assert teachers["NTAN"] != teachers["NTMT"]  # each part its own teacher
    finally:
        session.close()


def test_a_new_database_has_nothing_to_say(dataio_demo_files, tmp_path):
    path = copy_school(dataio_demo_files["thcs"], tmp_path)
    session = open_session(path, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        assert session.db.notices == []
    finally:
        session.close()
