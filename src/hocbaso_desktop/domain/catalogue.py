"""The subject catalogue (domain.md §2.2 tiểu học, §3.2 THCS/THPT), loaded from resources/subjects.json.

The catalogue is data, not code: schools build their own education plans and the programme is
amended (TT13/2022, TT17/2025), so the subject list, the tested checkpoints and the default periods per
year live in one JSON file. A class may override ``periods_per_year`` (pass its own SubjectSpecs to
the evaluators); the ĐĐGtx count is always derived from it (assessment.regular_assessment_count).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from hocbaso_desktop.domain.errors import NotFoundError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import N_, _

SubjectKind = Literal["level", "score", "comment"]
LEVELS = (Level.TIEU_HOC, Level.THCS, Level.THPT)
LEVEL_NAMES = {Level.TIEU_HOC: N_("Tiểu học"), Level.THCS: N_("THCS"), Level.THPT: N_("THPT")}


@dataclass(frozen=True)
class SubjectSpec:
    """One subject or educational activity of a grade, and how it is assessed."""

    code: str
    name: str
    kind: SubjectKind  # "level" = primary T/H/C; "score" / "comment" = TT22
    tested_periods: tuple[str, ...] = ()  # primary checkpoints with a KTĐK test
    periods_per_year: int | None = None  # secondary: drives the ĐĐGtx count
    optional: bool = False
    aliases: tuple[str, ...] = ()  # other names accepted on input (not printed)

    @property
    def tested(self) -> bool:
        """True if the subject has at least one periodic test (primary)."""
        return bool(self.tested_periods)


@cache
def _load() -> dict[str, Any]:
    text = resources.files("hocbaso_desktop").joinpath("resources/subjects.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def grade_range(level: str) -> tuple[int, int]:
    """Return the (first, last) grade of a school level; raise NotFoundError for an unknown level."""
    data = _load()
    if level not in LEVELS:
        raise NotFoundError(_("Không có cấp học “{level}”.", level=level), field="level")
    first, last = data[level]["grades"]
    return int(first), int(last)


def _per_grade(value: Any, grade: int) -> Any:
    """Resolve a JSON value that is either plain or a {"<grade>"|"default": value} map."""
    if isinstance(value, dict):
        return value.get(str(grade), value.get("default"))
    return value


def _spec(raw: dict[str, Any], grade: int) -> SubjectSpec:
    optional = raw.get("optional", False)
    periods = _per_grade(raw.get("periods_per_year"), grade)
    return SubjectSpec(
        code=raw["code"],
        name=raw["name"],
        kind=raw["kind"],
        tested_periods=tuple(_per_grade(raw.get("tested_periods", []), grade) or ()),
        periods_per_year=int(periods) if periods is not None else None,
        optional=bool(grade in optional if isinstance(optional, list) else optional),
        aliases=tuple(raw.get("aliases", ())),
    )


@cache
def _subjects(level: str, grade: int, split_thcn: bool, combined_art: bool) -> tuple[SubjectSpec, ...]:
    first, last = grade_range(level)
    if not first <= grade <= last:
        raise NotFoundError(
            _("Cấp {level} không có lớp {grade}.", level=_(LEVEL_NAMES[level]), grade=grade),  # i18n: table
            field="grade"
        )
    specs: list[SubjectSpec] = []
    raws = [r for r in _load()[level]["subjects"] if grade in r["grades"]]
    # THCS Nghệ thuật: two parts, or (for a class assessed before the split) the single legacy subject.
    replaced = {c for r in raws if r.get("legacy") for c in r.get("replaces", ())} if combined_art else set()
    for raw in raws:
        if (raw.get("legacy") and not combined_art) or raw["code"] in replaced:
            continue
        spec = _spec(raw, grade)
        if split_thcn and raw.get("parts"):
            # §2.2 setting: each part keeps the whole subject's level and tested checkpoints.
            specs.extend(
                SubjectSpec(part["code"], part["name"], spec.kind, spec.tested_periods, spec.periods_per_year,
                            spec.optional)
                for part in raw["parts"]
            )
        else:
            specs.append(spec)
    return tuple(specs)


def subjects_for(level: str, grade: int, *, split_thcn: bool = False,
                 combined_art: bool = False) -> tuple[SubjectSpec, ...]:
    """Return the subjects of a grade in học bạ order (optional ones included, flagged).

    `combined_art`: a THCS class that was planned or assessed with the single "Nghệ thuật" before it was
    split into Âm nhạc and Mĩ thuật keeps that one subject (its data stays readable and is evaluated as it was).
    """
    return _subjects(level, int(grade), bool(split_thcn), bool(combined_art))


def legacy_codes(level: str) -> frozenset[str]:
    """Codes of subjects kept only for data entered before a catalogue change (THCS "NT")."""
    return frozenset(r["code"] for r in _load()[level]["subjects"] if r.get("legacy"))


def subject_by_code(level: str, grade: int, code: str, *, split_thcn: bool = False) -> SubjectSpec:
    """Return the subject with this code (case-insensitive); raise NotFoundError if the grade has none."""
    wanted = code.strip().upper()
    for spec in (*subjects_for(level, grade, split_thcn=split_thcn),
                 *subjects_for(level, grade, split_thcn=split_thcn, combined_art=True)):
        if spec.code == wanted:
            return spec
    raise NotFoundError(
        _("Lớp {grade} ({level}) không có môn học mã “{code}”.", grade=grade, level=_(LEVEL_NAMES.get(level, level)),  # i18n: table
          code=code),
        field="subject",
    )


def name_key(text: str) -> str:
    """Return the matching key of a name: NFC, case-folded, single spaces (accepts NFD input)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def find_subject(specs: tuple[SubjectSpec, ...], name_or_code: str) -> SubjectSpec | None:
    """Find a subject among `specs` by code, Vietnamese name or alias (NFC/NFD, any case)."""
    key = name_key(name_or_code)
    for spec in specs:
        if key == spec.code.casefold() or key == name_key(spec.name):
            return spec
    for spec in specs:
        if any(key == name_key(alias) for alias in spec.aliases):
            return spec
    return None


def _items(group: str) -> tuple[tuple[str, str], ...]:
    return tuple((code, name) for code, name, _field in _load()["primary_items"][group])


PRIMARY_QUALITIES: tuple[tuple[str, str], ...] = _items("qualities")
PRIMARY_GENERAL_COMPETENCIES: tuple[tuple[str, str], ...] = _items("general_competencies")
PRIMARY_SPECIFIC_COMPETENCIES: tuple[tuple[str, str], ...] = _items("specific_competencies")
PRIMARY_COMPETENCIES: tuple[tuple[str, str], ...] = PRIMARY_GENERAL_COMPETENCIES + PRIMARY_SPECIFIC_COMPETENCIES
# Data-dictionary field of each quality/competency code (thongtinsohocbasotieuhoc, domain.md §4.4.1).
PRIMARY_ITEM_FIELDS: dict[str, str] = {
    code: field
    for group in ("qualities", "general_competencies", "specific_competencies")
    for code, _name, field in _load()["primary_items"][group]
}


def subject_names() -> dict[str, str]:
    """Every subject code of the catalogue with its name, over all levels and grades (for messages, the QR)."""
    found: dict[str, str] = {}
    for level, grades in ((Level.TIEU_HOC, range(1, 6)), (Level.THCS, range(6, 10)), (Level.THPT, range(10, 13))):
        for grade in grades:
            for split in (False, True):
                found.update({s.code: s.name for s in subjects_for(level, grade, split_thcn=split)})
    return found
