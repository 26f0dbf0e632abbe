"""Assemble a record page's payload from the database: identity, entries and the computed results.

The results are evaluated here, at lock time, with `domain.evaluation.evaluate_student` (the one
evaluator), so the signed payload freezes them together with the entries they come from. Subject rows
carry the dictionary fields (primary: mucdatduoc, diemkiemtradinhky = the last test, i.e. the retest's
when there was one; secondary: diemhocky1 / diemhocky2 / diemcanam / diemkttralai, nxetmonhoc, gvbm,
soddcngvbm) and every entered value under ``danhgia``; year-level fields come from
`domain.payload_book.result_fields`.
"""

from __future__ import annotations

from collections import defaultdict

from hocbaso_desktop.domain.errors import NotFoundError
from hocbaso_desktop.domain.evaluation import class_subjects, evaluate_student
from hocbaso_desktop.domain.model import Level, StaffTitle, YearRecord
from hocbaso_desktop.domain.payload import PayloadInput, SubjectRow
from hocbaso_desktop.domain.payload_book import result_fields, subject_result_fields
from hocbaso_desktop.domain.record_book import EntryValues, primary_outcome, secondary_outcome
from hocbaso_desktop.storage import assessments_repo, catalogue_repo, school_repo, settings_repo


def _person(db, staff_id: str | None):
    """A staff member, or None when the id is empty or no longer exists."""
    if not staff_id:
        return None
    try:
        return school_repo.get_staff(db, staff_id)
    except NotFoundError:
        return None


def payload_input(session, record: YearRecord, *, created_on: str) -> PayloadInput:
    """Everything needed to build `record`'s payload, read from the database and evaluated."""
    db = session.db
    school = school_repo.get_school(db)
    student = school_repo.get_student(db, record.student_id)
    school_class = school_repo.get_class(db, record.class_id)
    leader = school_repo.principal_staff(db)
    entries = assessments_repo.entries_for_student(db, record.student_id, record.year)
    settings = settings_repo.evaluation_settings(db)
    periods = {a.subject_code: a.periods_per_year for a in school_repo.teaching_assignments(db, school_class.id)}
    specs = class_subjects(school.level, school_class.grade, settings, periods,
                           combined_art=catalogue_repo.class_has_combined_art(db, school_class.id))
    result = evaluate_student(school.level, school_class.grade, specs, student, entries, settings)
    primary = school.level is Level.TIEU_HOC
    outcome = primary_outcome(result) if primary else secondary_outcome(result)
    entered = {e.subject for e in entries}
    page_codes = [s.code for s in specs if not s.optional or s.code in entered]
    names = {s.code: s.name for s in specs}
    by_subject: dict[str, dict[str, str]] = defaultdict(dict)
    for e in entries:
        by_subject[e.subject][f"{e.period}.{e.component}"] = e.value
    tests = dict(getattr(result, "recorded_tests", ()))
    teachers = {a.subject_code: _person(db, a.teacher_id) for a in school_repo.teaching_assignments(db, school_class.id)}
    rows = []
    for code in page_codes + sorted(c for c in by_subject if c not in page_codes):
        values = by_subject.get(code, {})
        if primary:
            fields = {k: v for k, v in (("mucdatduoc", values.get("cn.level", "")),
                                        ("diemkiemtradinhky", tests.get(code, ""))) if v}
        else:
            teacher = teachers.get(code)
            fields = {**subject_result_fields(code, outcome),
                      **({"nxetmonhoc": values["cn.comment"]} if values.get("cn.comment") else {}),
                      **({"gvbm": teacher.full_name, "soddcngvbm": teacher.personal_id} if teacher else {})}
        rows.append(SubjectRow(code=code, name=names.get(code, code), fields=fields, entries=dict(sorted(values.items()))))
    summary = result_fields(school.level.value, school_class.grade, outcome, EntryValues.of(entries))
    return PayloadInput(school=school, student=student, school_class=school_class, record=record,
                        homeroom_teacher=_person(db, school_class.homeroom_teacher_id), leader=leader,
                        leader_title=StaffTitle.PRINCIPAL.label if leader else "", subjects=tuple(rows),
                        summary=summary, history=tuple(school_repo.history(db, record.student_id)),
                        created_on=created_on)
