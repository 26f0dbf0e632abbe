"""The grade grid's and the class review's use cases (services/grade_sheets.py, services/class_review.py) on a
real demo school."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError
from hocbaso_desktop.services import class_review, grade_sheets


def test_my_classes_by_role(session_as):
    teacher = grade_sheets.my_classes(session_as("gvcn.4a"))
    assert [c.school_class.name for c in teacher] == ["4A"]
    editable = {s.subject for s in teacher[0].sheets if s.editable}
    assert {"TV", "TOAN", "_quality", "_competency"} <= editable and "NN1" not in editable
    english = grade_sheets.my_classes(session_as("gvbm.tienganh"))
    assert english and all([s.subject for s in c.sheets] == ["NN1"] for c in english)
    assert len(grade_sheets.my_classes(session_as("hieutruong"))) == 10


def test_clearing_a_cell_shows_up_as_unfinished_with_the_teacher(session_as):
    session = session_as("gvcn.4a")
    choice = grade_sheets.my_classes(session)[0]
    sheet = grade_sheets.load_sheet(session, choice.school_class.id, "TOAN", "cn")
    student = sheet.students[0]
    assert grade_sheets.save_grades(session, choice.school_class.id, "TOAN",
                                  [AssessmentEntry(student.id, "TOAN", "cn", "test", "")]).value == 1
    review = class_review.class_review(session, choice.school_class.id)
    gaps = [(p.subject, p.period, p.missing) for p in review.unfinished]
    assert ("TOAN", "cn", 1) in gaps
    assert next(p for p in review.unfinished if p.subject == "TOAN").teachers
    outcome = review.outcomes[0]
    assert outcome.summary == "Chưa đủ dữ liệu" and any("Toán" in r for r in outcome.reasons)


def test_save_grades_refuses_bad_values_other_subjects_and_closed_windows(session_as):
    session = session_as("gvcn.4a")
    class_id = grade_sheets.my_classes(session)[0].school_class.id
    sid = grade_sheets.load_sheet(session, class_id, "TOAN", "cn").students[0].id
    with pytest.raises(InvalidInputError, match="10"):
        grade_sheets.save_grades(session, class_id, "TOAN", [AssessmentEntry(sid, "TOAN", "cn", "test", "11")])
    with pytest.raises(PermissionDeniedError):
        grade_sheets.save_grades(session, class_id, "TOAN", [AssessmentEntry(sid, "TV", "cn", "test", "9")])
    english = session_as("gvbm.tienganh")
    with pytest.raises(PermissionDeniedError):
        grade_sheets.save_grades(english, class_id, "TOAN", [AssessmentEntry(sid, "TOAN", "cn", "test", "9")])


def test_columns_of_a_secondary_score_subject_follow_periods_per_year(session_as):
    from hocbaso_desktop.domain.catalogue import SubjectSpec

    spec = SubjectSpec("TOAN", "Toán", "score", periods_per_year=140)
    components = [c.component for c in grade_sheets.columns_for("thcs", spec, "TOAN", "hk1")]
    assert components == ["tx1", "tx2", "tx3", "tx4", "gk", "ck", "comment"]
    short = SubjectSpec("GDDP", "Giáo dục địa phương", "comment", periods_per_year=35)
    assert [c.kind for c in grade_sheets.columns_for("thcs", short, "GDDP", "hk1")][:4] == ["code"] * 4
