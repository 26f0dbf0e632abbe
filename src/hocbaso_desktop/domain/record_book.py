"""The học bạ as one pure aggregate: a student's identity, history and one page per school year.

This is what printing renders and what signing renders before it signs. It is built by
`services.record_book` from the database and the rules; here there is no I/O. A page keeps the raw
assessment entries (levels, scores, comments as entered) and the evaluated outcome of the year in a
printing-friendly form (`PrimaryOutcome` / `SecondaryOutcome`), converted from the rules' result
objects by the service, so the renderers do not depend on how the rules organise their results.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from hocbaso_desktop.domain.assessment import ABSENCES, GENERAL, AssessmentEntry
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import N_, _
from hocbaso_desktop.domain.model import Enrolment, School, SchoolClass, Staff, Student, YearRecord
from hocbaso_desktop.domain.tt22 import SecondaryYearResult
from hocbaso_desktop.domain.tt27 import PrimaryYearResult

PRIMARY_RESULT_NAMES = {
    "HTXS": N_("Hoàn thành xuất sắc"), "HTT": N_("Hoàn thành tốt"), "HT": N_("Hoàn thành"), "CHT": N_("Chưa hoàn thành"),
}
SUBJECT_LEVEL_NAMES = {"T": N_("Hoàn thành tốt"), "H": N_("Hoàn thành"), "C": N_("Chưa hoàn thành"), "M": N_("Miễn")}
ITEM_LEVEL_NAMES = {"T": N_("Tốt"), "Đ": N_("Đạt"), "C": N_("Cần cố gắng")}
SECONDARY_LEVEL_NAMES = {"T": N_("Tốt"), "K": N_("Khá"), "Đ": N_("Đạt"), "CĐ": N_("Chưa đạt")}


@dataclass(frozen=True)
class PrimaryOutcome:
    """The end-of-year outcome of a primary page (TT27 Art 9, 11, 13), as printed."""

    result: str | None                    # "HTXS" | "HTT" | "HT" | "CHT" | None (incomplete / not assessed)
    completed_grade: bool | None          # None while the additional assessment is pending
    completed_primary: bool = False       # grade 5 only
    awards: tuple[str, ...] = ()          # e.g. "Học sinh Xuất sắc"


@dataclass(frozen=True)
class SubjectOutcome:
    """A secondary subject's printed results: averages ("7.6") or "Đ"/"CĐ"/"M", None when incomplete."""

    hk1: str | None = None
    hk2: str | None = None
    year: str | None = None
    retest: str | None = None


@dataclass(frozen=True)
class SecondaryOutcome:
    """The outcome of a secondary page (TT22 Art 8–15), as printed; levels are "T"/"K"/"Đ"/"CĐ"."""

    subjects: Mapping[str, SubjectOutcome]              # by subject code
    learning: tuple[str | None, str | None, str | None]  # hk1, hk2, year
    conduct: tuple[str | None, str | None, str | None]   # hk1, hk2, year
    learning_adjusted: bool = False
    learning_after_retest: str | None = None
    conduct_after_summer: str | None = None
    promoted: bool | None = None
    title: str | None = None              # "Học sinh Xuất sắc" | "Học sinh Giỏi" | None


@dataclass(frozen=True)
class YearPage:
    """One school year of a student's học bạ: the class, the subjects, the entries and the outcome."""

    year: str
    school_class: SchoolClass
    level: str                            # Level.TIEU_HOC | Level.THCS | Level.THPT
    subjects: tuple[SubjectSpec, ...]
    entries: tuple[AssessmentEntry, ...]
    outcome: PrimaryOutcome | SecondaryOutcome | None = None
    homeroom_teacher: Staff | None = None
    principal: Staff | None = None
    subject_teachers: Mapping[str, Staff] = field(default_factory=dict)  # by subject code
    issued_place: str = ""
    issued_on: date | None = None
    record: YearRecord | None = None

    @property
    def grade(self) -> int:
        """The grade of the page's class."""
        return self.school_class.grade

    @property
    def regulation(self) -> str:
        """The circular the page is assessed under (the record's when issued)."""
        if self.record is not None:
            return self.record.regulation
        return "27/2020" if self.level == Level.TIEU_HOC else "22/2021"

    def values(self) -> EntryValues:
        """An index of the page's entries for lookups by (subject, period, component)."""
        return EntryValues.of(self.entries)


@dataclass(frozen=True)
class RecordBook:
    """A student's học bạ: school, identity, learning history and the pages to print."""

    school: School
    student: Student
    history: tuple[Enrolment, ...]
    pages: tuple[YearPage, ...]

    def page(self, year: str) -> YearPage | None:
        """The page of a school year, or None."""
        return next((p for p in self.pages if p.year == year), None)


class EntryValues:
    """Entered values by (subject, period, component); empty string when nothing was entered."""

    def __init__(self, mapping: dict[tuple[str, str, str], str]) -> None:
        self._map = mapping

    @classmethod
    def of(cls, entries: Iterable[AssessmentEntry]) -> EntryValues:
        """Index entries; a later entry for the same key wins (the last value saved)."""
        return cls({(e.subject, e.period, e.component): e.value for e in entries})

    def get(self, subject: str, period: str, component: str) -> str:
        """The value entered, or ""."""
        return self._map.get((subject, period, component), "")


def primary_test_score(values: EntryValues, spec: SubjectSpec, period: str = "cn") -> str:
    """The KTĐK score printed for a tested subject: the retest's if there was one (§2.5), else the test's."""
    if period not in spec.tested_periods:
        return ""
    retest = values.get(spec.code, period, "retest") if period == "cn" else ""
    return retest or values.get(spec.code, period, "test")


def primary_completion_text(grade: int, outcome: PrimaryOutcome | None) -> str:
    """Section 6 of the primary page: completion of the grade or of the primary programme."""
    if outcome is None or outcome.completed_grade is None:
        return ""
    if outcome.completed_grade and (outcome.completed_primary or grade == 5):
        return _("Hoàn thành chương trình tiểu học")
    if outcome.completed_grade:
        return _("Hoàn thành chương trình lớp {g}", g=grade)
    return _("Chưa hoàn thành chương trình lớp {g}", g=grade)


def primary_awards(values: EntryValues, outcome: PrimaryOutcome | None) -> tuple[str, ...]:
    """Awards of the year as printed; the class's recognition (commendation) follows the award it justifies."""
    reason = values.get(GENERAL, "cn", "commendation")
    awards = outcome.awards if outcome else ()
    if reason and awards:
        return (*awards[:-1], f"{awards[-1]} ({reason})")
    return awards


def primary_outcome(result: PrimaryYearResult) -> PrimaryOutcome:
    """The printed outcome of a TT27 evaluation."""
    return PrimaryOutcome(result=result.result, completed_grade=result.completed_grade,
                          completed_primary=bool(result.completed_primary),
                          awards=(result.award,) if result.award else ())


def secondary_outcome(result: SecondaryYearResult) -> SecondaryOutcome:
    """The printed outcome of a TT22 evaluation (levels as codes T/K/Đ/CĐ)."""
    subjects = {s.code: SubjectOutcome(s.hk1, s.hk2, s.year, s.retest) for s in result.subjects}
    learning_year = result.learning_year.level
    return SecondaryOutcome(
        subjects=subjects,
        learning=(result.learning_hk1.level, result.learning_hk2.level, learning_year),
        conduct=(result.conduct_hk1, result.conduct_hk2, result.conduct_year),
        learning_adjusted=result.learning_year.adjusted,
        learning_after_retest=result.learning_final if result.learning_final != learning_year else None,
        conduct_after_summer=result.conduct_final if result.conduct_final != result.conduct_year else None,
        promoted=result.promoted, title=result.title,
    )


def primary_absences(values: EntryValues) -> str:
    """Days absent as printed: "có phép / không phép", or "" when nothing was entered."""
    excused, unexcused = values.get(ABSENCES, "cn", "excused"), values.get(ABSENCES, "cn", "unexcused")
    if not excused and not unexcused:
        return ""
    return _("{e} có phép, {u} không phép", e=excused or "0", u=unexcused or "0")


def promotion_text(grade: int, level: str, outcome: SecondaryOutcome | None) -> str:
    """The secondary page's promotion line (lên lớp, or completion of the programme in the last grade)."""
    if outcome is None or outcome.promoted is None:
        return ""
    last = {Level.THCS: 9, Level.THPT: 12}.get(level)
    if grade == last:
        name = _("trung học cơ sở") if level == Level.THCS else _("trung học phổ thông")
        if outcome.promoted:
            return _("Hoàn thành chương trình {n}", n=name)
        return _("Chưa hoàn thành chương trình {n}", n=name)
    return _("Được lên lớp") if outcome.promoted else _("Không được lên lớp (ở lại lớp)")


def level_name(code: str | None) -> str:
    """A secondary learning/conduct level code as printed ("K" → "Khá"); "" for None."""
    return SECONDARY_LEVEL_NAMES.get(code or "", code or "")
