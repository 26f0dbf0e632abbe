"""Assemble a record page's payload from the database (school, student, class, staff, entered assessments).

Subject rows carry the dictionary fields that follow directly from an entry (primary: mucdatduoc =
year-end level, diemkiemtradinhky = year-end test; secondary: nxetmonhoc = year comment) and every
entered value under ``danhgia``. Computed results (averages, học lực) are added by the rules engine's
evaluators when they are wired in (see the report).
"""

from __future__ import annotations

from collections import defaultdict

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import ABSENCES, GENERAL
from hocbaso_desktop.domain.model import StaffTitle, YearRecord
from hocbaso_desktop.domain.payload import PayloadInput, SubjectRow
from hocbaso_desktop.errors import NotFoundError
from hocbaso_desktop.storage import assessments_repo, school_repo

_PRIMARY_MAP = {("cn", "level"): "mucdatduoc", ("cn", "test"): "diemkiemtradinhky"}
_SECONDARY_MAP = {("cn", "comment"): "nxetmonhoc", ("retest", "retest"): "diemkttralai"}


def payload_input(db, record: YearRecord, *, created_on: str) -> PayloadInput:
    """Everything needed to build `record`'s payload, read from the database."""
    school = school_repo.get_school(db)
    student = school_repo.get_student(db, record.student_id)
    school_class = school_repo.get_class(db, record.class_id)
    homeroom = None
    if school_class.homeroom_teacher_id:
        try:
            homeroom = school_repo.get_staff(db, school_class.homeroom_teacher_id)
        except NotFoundError:
            homeroom = None
    leader = school_repo.principal_staff(db)
    level = school.level.value
    names = {s.code: s.name for s in catalogue.subjects_for(level, school_class.grade)}
    mapping = _PRIMARY_MAP if level == "tieuhoc" else _SECONDARY_MAP
    by_subject: dict[str, dict[str, str]] = defaultdict(dict)
    summary: dict[str, str] = {}
    for e in assessments_repo.entries_for_student(db, record.student_id, record.year):
        by_subject[e.subject][f"{e.period}.{e.component}"] = e.value
        if e.subject == GENERAL and e.component == "comment" and e.period == "cn":
            summary["nxetgvcn"] = e.value
        if e.subject == ABSENCES and e.component == "total":
            summary["sobuoinghi"] = e.value
    rows = []
    for code in [c for c in names if c in by_subject] + sorted(c for c in by_subject if c not in names):
        entries = by_subject[code]
        fields = {name: entries[f"{p}.{c}"] for (p, c), name in mapping.items() if f"{p}.{c}" in entries}
        rows.append(SubjectRow(code=code, name=names.get(code, code), fields=fields, entries=dict(sorted(entries.items()))))
    title = StaffTitle.PRINCIPAL.label if leader else ""
    return PayloadInput(school=school, student=student, school_class=school_class, record=record,
                        homeroom_teacher=homeroom, leader=leader, leader_title=title, subjects=tuple(rows),
                        summary=summary, history=tuple(school_repo.history(db, record.student_id)),
                        created_on=created_on)
