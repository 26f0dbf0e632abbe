"""The generic assessment entry and its validation, shared by grade entry, import and storage.

An `AssessmentEntry` is one value a person entered: (student, subject, period, component, value).
`validate_entry` is the single gate: it returns the normalised entry or raises InvalidInputError with a
Vietnamese message naming the subject, the period and the value. The evaluators (tt27, tt22) trust
entries that passed through it.

Periods. Primary (TT27): the four checkpoints gk1, ck1, gk2, cn (domain.md §2.3). Secondary (TT22):
hk1, hk2 (assessments and semester results), cn (year-level items: subject comments, absences, GVCN
comment), retest (summer kiểm tra lại / đánh giá lại, §3.8); rèn luyện also has "summer" (§3.8, Art 13).

Normalisation decisions: text is NFC and stripped; codes are case-insensitive and the ASCII spellings
"D" and "CD" are accepted for Đ and CĐ (spreadsheets typed without Vietnamese input), as are the full
names ("Tốt", "Chưa đạt", …); a decimal comma is accepted ("7,5"); scores are stored in their shortest
exact form ("7.50" → "7.5", "8.0" → "8").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import HocbasoError, InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import N_, _
from hocbaso_desktop.domain.numbers import TEN, ZERO, decimal_places, format_score, parse_decimal
from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS, EvaluationSettings

PRIMARY_PERIODS = ("gk1", "ck1", "gk2", "cn")
SECONDARY_PERIODS = ("hk1", "hk2", "cn", "retest")
SEMESTERS = ("hk1", "hk2")
CONDUCT_PERIODS = ("hk1", "hk2", "summer")

QUALITY = "_quality"
COMPETENCY = "_competency"
CONDUCT = "_conduct"
ABSENCES = "_absences"
GENERAL = "_general"
PRIMARY_PSEUDO_SUBJECTS = (QUALITY, COMPETENCY, ABSENCES, GENERAL)
SECONDARY_PSEUDO_SUBJECTS = (CONDUCT, ABSENCES, GENERAL)

SUBJECT_LEVELS = ("T", "H", "C", "M")  # primary subject: Hoàn thành tốt / Hoàn thành / Chưa hoàn thành / miễn
ITEM_LEVELS = ("T", "Đ", "C")  # primary quality or competency: Tốt / Đạt / Cần cố gắng
COMMENT_RESULTS = ("Đ", "CĐ")  # secondary comment subject: Đạt / Chưa đạt
RESULT_LEVELS = ("T", "K", "Đ", "CĐ")  # secondary học tập and rèn luyện (data dictionary codes)
RESULT_NAMES = {"T": N_("Tốt"), "K": N_("Khá"), "Đ": N_("Đạt"), "CĐ": N_("Chưa đạt")}
EXEMPT = "M"
REASSESSED_RESULTS = ("HT", "CHT")  # primary đánh giá bổ sung (Art 11)
PRINCIPAL_DECISIONS = ("lenlop", "olai")
MAX_CHUYEN_DE = 3  # THPT: at most three chuyên đề clusters per student (§3.2)

# Maximum lengths from the data dictionary (domain.md §4.4): nxetmonhoc / nxetgvcn 2000,
# nxetphamchat / nxetnanglucchung / nxetnanglucdacthu 500, ndungkquarenluyen 500. The primary
# subject comment has no dictionary field; it gets the secondary subject comment's 2000.
SUBJECT_COMMENT_MAX = 2000
GENERAL_COMMENT_MAX = 2000
ITEM_COMMENT_MAX = 500
SUMMER_COMMENT_MAX = 500
PRIMARY_ABSENCE_MAX = 200
SECONDARY_ABSENCE_MAX = 300

PERIOD_NAMES = {
    "gk1": N_("giữa học kì I"), "ck1": N_("cuối học kì I"), "gk2": N_("giữa học kì II"), "cn": N_("cuối năm"),
    "hk1": N_("học kì I"), "hk2": N_("học kì II"), "retest": N_("kiểm tra lại"), "summer": N_("rèn luyện trong hè"),
}
PSEUDO_NAMES = {
    QUALITY: N_("Phẩm chất"), COMPETENCY: N_("Năng lực"), CONDUCT: N_("Rèn luyện"), ABSENCES: N_("Số buổi nghỉ"),
    GENERAL: N_("Nhận xét chung"),
}
_SYNONYMS = {"D": "Đ", "CD": "CĐ", "TỐT": "T", "KHÁ": "K", "ĐẠT": "Đ", "CHƯA ĐẠT": "CĐ", "MIỄN": "M",
             "HOÀN THÀNH TỐT": "T", "HOÀN THÀNH": "H", "CHƯA HOÀN THÀNH": "C", "CẦN CỐ GẮNG": "C"}
# What each code means, for messages that list the allowed codes (a teacher must not guess what "H" is).
SUBJECT_LEVEL_NAMES = {"T": N_("Hoàn thành tốt"), "H": N_("Hoàn thành"), "C": N_("Chưa hoàn thành"), "M": N_("miễn học")}
ITEM_LEVEL_NAMES = {"T": N_("Tốt"), "Đ": N_("Đạt"), "C": N_("Cần cố gắng")}
RESULT_CODE_NAMES = {**RESULT_NAMES, "M": "miễn học", "HT": "Hoàn thành", "CHT": "Chưa hoàn thành"}
# The titles people see for the components (column headings of the grade grid, the Excel template).
COMPONENT_TITLES = {
    "level": "Mức đạt được", "test": "Điểm KTĐK", "retest": "Điểm kiểm tra lại", "comment": "Nhận xét",
    "comment_general": "Nhận xét năng lực chung", "comment_specific": "Nhận xét năng lực đặc thù",
    "gk": "ĐĐGgk", "ck": "ĐĐGck", "result": "Kết quả", "excused": "Nghỉ có phép", "unexcused": "Nghỉ không phép",
    "total": "Số buổi nghỉ", "commendation": "Khen thưởng", "reassessed": "Đánh giá bổ sung",
    "principal_decision": "Quyết định lên lớp",
}
_TX = re.compile(r"tx([1-9][0-9]?)")
_CD = re.compile(r"cd([1-9])")


def component_title(subject: str, component: str) -> str:
    """The title people read for a component ("Điểm KTĐK", "ĐĐGtx2", "Mức đạt được"), never the internal key."""
    if subject == CONDUCT and component == "level":
        return "Kết quả rèn luyện"
    items = dict(catalogue.PRIMARY_QUALITIES + catalogue.PRIMARY_COMPETENCIES)
    if subject in (QUALITY, COMPETENCY) and component in items:
        return items[component]
    match = _TX.fullmatch(component)
    if match:
        return f"ĐĐGtx{match.group(1)}"
    match = _CD.fullmatch(component)
    if match:
        return f"Chuyên đề {match.group(1)}"
    return COMPONENT_TITLES.get(component, component)


def code_names(subject: str, allowed: Sequence[str]) -> str:
    """The allowed codes with their meaning: "T (Hoàn thành tốt), H (Hoàn thành), …"."""
    names = ITEM_LEVEL_NAMES if subject in (QUALITY, COMPETENCY) else \
        SUBJECT_LEVEL_NAMES if tuple(allowed) == SUBJECT_LEVELS else RESULT_CODE_NAMES
    return ", ".join(f"{code} ({_(names[code])})" if code in names else code for code in allowed)  # i18n: table


@dataclass(frozen=True)
class AssessmentEntry:
    """One entered value: a subject (or homeroom pseudo-subject) component for a student and period."""

    student_id: str
    subject: str
    period: str
    component: str
    value: str


def regular_assessment_count(periods_per_year: int) -> int:
    """Number of ĐĐGtx per semester for a scored subject (§3.3: ≤35 → 2, ≤70 → 3, more → 4)."""
    if isinstance(periods_per_year, bool) or not isinstance(periods_per_year, int) or periods_per_year <= 0:
        raise InvalidInputError(
            _("Số tiết/năm phải là số nguyên dương, không phải “{v}”.", v=periods_per_year), field="periods_per_year"
        )
    if periods_per_year <= 35:
        return 2
    if periods_per_year <= 70:
        return 3
    return 4


def normalise_code(value: str) -> str:
    """Return the canonical code of a level typed in any case, in ASCII ("D", "CD") or as a full name."""
    key = " ".join(unicodedata.normalize("NFKC", value).strip().upper().split())
    return _SYNONYMS.get(key, key)


class _Context:
    """What validate_entry knows about one entry, for its checks and its error messages."""

    def __init__(self, level: str, grade: int, entry: AssessmentEntry, spec: SubjectSpec | None) -> None:
        self.level, self.grade, self.entry, self.spec = level, grade, entry, spec
        self.subject_name = spec.name if spec else _(PSEUDO_NAMES.get(entry.subject, entry.subject))  # i18n: table
        self.period_name = _(PERIOD_NAMES.get(entry.period, entry.period))  # i18n: table

    def fail(self, detail: str, field: str = "value") -> InvalidInputError:
        """Build the error for this entry: subject, period, value and the reason."""
        message = _(
            "{subject}, {period}, {component} “{value}”: {detail}",
            subject=self.subject_name, period=self.period_name,
            component=component_title(self.entry.subject, self.entry.component),
            value=self.entry.value, detail=detail,
        )
        return InvalidInputError(message, field=field)

    def code(self, allowed: Sequence[str]) -> str:
        """Return the value as one of the allowed codes, or fail listing them."""
        code = normalise_code(self.entry.value)
        if code not in allowed:
            raise self.fail(_("chỉ nhận {codes}.", codes=code_names(self.entry.subject, allowed)))
        return code

    def text(self, max_length: int) -> str:
        """Return the value as a comment (NFC, stripped) no longer than max_length characters."""
        text = self.entry.value.strip()
        if len(text) > max_length:
            raise self.fail(_("nhận xét dài {n} ký tự, tối đa {m}.", n=len(text), m=max_length))
        return text

    def integer(self, low: int, high: int) -> str:
        """Return the value as an integer string within [low, high]."""
        number = parse_decimal(self.entry.value)
        if number is None or decimal_places(number) > 0 or not low <= number <= high:
            raise self.fail(_("phải là số nguyên từ {low} đến {high}.", low=low, high=high))
        return format_score(number)

    def score(self, *, integer_only: bool = False, low: int = 0) -> str:
        """Return the value as a 10-point score (one decimal at most, or an integer for primary tests)."""
        number = parse_decimal(self.entry.value)
        if number is None:
            raise self.fail(_("không phải là điểm số."))
        if integer_only and decimal_places(number) > 0:
            raise self.fail(_("điểm kiểm tra định kì tiểu học là số nguyên, không có điểm thập phân."))
        if decimal_places(number) > 1:
            raise self.fail(_("điểm chỉ lấy đến một chữ số thập phân."))
        if not max(low, ZERO) <= number <= TEN:
            raise self.fail(_("điểm phải từ {low} đến 10.", low=low))
        return format_score(number)

    def require_period(self, allowed: Sequence[str]) -> None:
        """Fail unless the entry's period is one of `allowed`."""
        if self.entry.period not in allowed:
            names = ", ".join(_(PERIOD_NAMES[p]) for p in allowed)  # i18n: table
            raise self.fail(_("mục này chỉ nhập ở: {names}.", names=names), field="period")

    def bad_component(self) -> InvalidInputError:
        """The error for a component this subject does not have in this period."""
        return self.fail(_("môn/mục này không có thành phần “{c}” ở {p}.",
                           c=component_title(self.entry.subject, self.entry.component),
                           p=self.period_name), field="component")


def validate_entry(
    level: str,
    grade: int,
    entry: AssessmentEntry,
    settings: EvaluationSettings = DEFAULT_SETTINGS,
    *,
    subjects: Sequence[SubjectSpec] | None = None,
) -> AssessmentEntry:
    """Return `entry` normalised (NFC, canonical codes and scores) or raise InvalidInputError.

    `subjects` overrides the catalogue for a class whose plan differs (periods per year); by default the
    catalogue's subjects of the grade are used (split per ``settings.split_thcn``).
    """
    if not isinstance(entry, AssessmentEntry):
        raise InvalidInputError(_("Mục nhập điểm không hợp lệ."), field="entry")
    if isinstance(grade, bool) or not isinstance(grade, int):
        raise InvalidInputError(_("Khối lớp “{g}” không hợp lệ.", g=grade), field="grade")
    try:
        return _validate(level, grade, entry, settings, subjects)
    except HocbasoError as exc:
        if isinstance(exc, InvalidInputError):
            raise
        raise InvalidInputError(exc.message, field=exc.field) from exc


def _validate(level: str, grade: int, entry: AssessmentEntry, settings: EvaluationSettings,
              subjects: Sequence[SubjectSpec] | None) -> AssessmentEntry:
    if not all(isinstance(v, str) for v in (entry.student_id, entry.subject, entry.period, entry.component,
                                             entry.value)):
        raise InvalidInputError(_("Mục nhập điểm phải gồm các chuỗi ký tự."), field="value")
    entry = AssessmentEntry(*(unicodedata.normalize("NFC", v) for v in (
        entry.student_id.strip(), entry.subject.strip(), entry.period.strip().lower(),
        entry.component.strip().lower(), entry.value)))
    if not entry.student_id:
        raise InvalidInputError(_("Thiếu mã học sinh."), field="student_id")
    specs = tuple(subjects) if subjects is not None else catalogue.subjects_for(
        level, grade, split_thcn=settings.split_thcn)
    primary = level == Level.TIEU_HOC
    pseudo = PRIMARY_PSEUDO_SUBJECTS if primary else SECONDARY_PSEUDO_SUBJECTS
    spec = next((s for s in specs if s.code == entry.subject.upper()), None)
    ctx = _Context(level, grade, entry, spec)
    if spec is None and entry.subject not in pseudo:
        raise ctx.fail(_("lớp {g} không có môn học này.", g=grade), field="subject")
    if spec is not None:
        entry = replace(entry, subject=spec.code)
    periods = PRIMARY_PERIODS if primary else SECONDARY_PERIODS
    if entry.period not in periods and not (entry.subject == CONDUCT and entry.period in CONDUCT_PERIODS):
        raise ctx.fail(_("không có kì đánh giá này."), field="period")
    value = _primary_value(ctx, settings) if primary else _secondary_value(ctx, settings)
    return replace(entry, value=unicodedata.normalize("NFC", value))


def _primary_value(ctx: _Context, settings: EvaluationSettings) -> str:
    entry, spec = ctx.entry, ctx.spec
    component, low = entry.component, (0 if settings.primary_allow_zero_score else 1)
    if spec is not None:
        if component == "level":
            return ctx.code(SUBJECT_LEVELS)
        if component == "comment":
            return ctx.text(SUBJECT_COMMENT_MAX)
        if component in ("test", "retest") and entry.period in spec.tested_periods:
            if component == "retest" and entry.period != "cn":
                raise ctx.bad_component()
            if normalise_code(entry.value) == EXEMPT:
                return EXEMPT
            return ctx.score(integer_only=True, low=low)
        if component in ("test", "retest"):
            raise ctx.fail(_("môn này không có bài kiểm tra định kì ở {p}.", p=ctx.period_name), field="component")
        raise ctx.bad_component()
    if entry.subject in (QUALITY, COMPETENCY):
        items = catalogue.PRIMARY_QUALITIES if entry.subject == QUALITY else catalogue.PRIMARY_COMPETENCIES
        if component in {code for code, _name in items}:
            return ctx.code(ITEM_LEVELS)
        comments = ("comment",) if entry.subject == QUALITY else ("comment_general", "comment_specific")
        if component in comments:
            return ctx.text(ITEM_COMMENT_MAX)
        raise ctx.bad_component()
    ctx.require_period(("cn",))
    if entry.subject == ABSENCES and component in ("excused", "unexcused"):
        return ctx.integer(0, PRIMARY_ABSENCE_MAX)
    if entry.subject == GENERAL:
        if component in ("comment", "commendation"):
            return ctx.text(GENERAL_COMMENT_MAX)
        if component == "reassessed":
            return ctx.code(REASSESSED_RESULTS)
        if component == "principal_decision":
            decision = entry.value.strip().lower()
            if decision not in PRINCIPAL_DECISIONS:
                raise ctx.fail(_("chỉ nhận lenlop (lên lớp) hoặc olai (ở lại lớp)."))
            return decision
    raise ctx.bad_component()


def _secondary_value(ctx: _Context, settings: EvaluationSettings) -> str:
    entry, spec = ctx.entry, ctx.spec
    component = entry.component
    if spec is not None:
        return _secondary_subject_value(ctx, spec, settings)
    if entry.subject == CONDUCT:
        if component == "level":
            ctx.require_period(CONDUCT_PERIODS)
            return ctx.code(RESULT_LEVELS)
        if component == "comment" and entry.period == "summer":
            return ctx.text(SUMMER_COMMENT_MAX)
        raise ctx.bad_component()
    ctx.require_period(("cn",))
    if entry.subject == ABSENCES and component == "total":
        return ctx.integer(0, SECONDARY_ABSENCE_MAX)
    if entry.subject == GENERAL and component == "comment":
        return ctx.text(GENERAL_COMMENT_MAX)
    raise ctx.bad_component()


def _secondary_subject_value(ctx: _Context, spec: SubjectSpec, settings: EvaluationSettings) -> str:
    component, period = ctx.entry.component, ctx.entry.period
    if component == "comment":
        ctx.require_period(("hk1", "hk2", "cn"))
        return ctx.text(SUBJECT_COMMENT_MAX)
    if component == "retest":
        ctx.require_period(("retest",))
        return ctx.code(COMMENT_RESULTS) if spec.kind == "comment" else ctx.score()
    if period not in SEMESTERS:
        raise ctx.bad_component()
    if component == "result":
        return ctx.code((*COMMENT_RESULTS, EXEMPT) if spec.kind == "comment" else (EXEMPT,))
    if spec.kind == "comment":
        match = _TX.fullmatch(component)
        if component in ("gk", "ck") or (match and int(match.group(1)) <= 2):
            return ctx.code(COMMENT_RESULTS)
        raise ctx.bad_component()
    if component in ("gk", "ck"):
        return ctx.score()
    match = _TX.fullmatch(component)
    if match:
        due = regular_assessment_count(spec.periods_per_year or 0)
        if int(match.group(1)) > due:
            raise ctx.fail(_("môn này chỉ có {n} điểm đánh giá thường xuyên mỗi học kì.", n=due), field="component")
        return ctx.score()
    match = _CD.fullmatch(component)
    if match and ctx.level == Level.THPT and settings.chuyen_de_counts_as_regular and int(match.group(1)) <= MAX_CHUYEN_DE:
        return ctx.score()
    raise ctx.bad_component()
