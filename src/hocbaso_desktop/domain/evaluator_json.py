"""The stateless evaluator behind `hocbaso evaluate`: one student's year as JSON in, the result as JSON out.

Input and output formats are those of the issue (see the rules brief). Every value goes through
`assessment.validate_entry`, so the rules and the checks are the ones the program uses; an invalid input
raises InvalidInputError whose ``field`` is the JSON path (e.g. ``subjects[2].hk1.tx[1]``).

Decisions: subject and quality names match by code or Vietnamese name (NFC or NFD, any case, aliases of
the catalogue). Primary input must cover every compulsory subject of the grade and all 15 qualities and
competencies (a result on partial data would be wrong); two names of one catalogue subject (primary: Âm nhạc
and Mĩ thuật → Nghệ thuật) combine to the lower level, which is exact for Art 9.2.a ("all subjects …").
THCS: Âm nhạc and Mĩ thuật are the two parts "Nghệ thuật (Âm nhạc)" and "Nghệ thuật (Mĩ thuật)", each its own
comment subject; THPT: separate electives. Secondary subjects need not be in the catalogue: their kind and
periods per year may be given.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import (
    ABSENCES,
    COMPETENCY,
    CONDUCT,
    QUALITY,
    SEMESTERS,
    AssessmentEntry,
    regular_assessment_count,
    validate_entry,
)
from hocbaso_desktop.domain.catalogue import SubjectSpec, find_subject, name_key
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS
from hocbaso_desktop.domain.tt22 import evaluate_secondary
from hocbaso_desktop.domain.tt22_learning import LEVEL_NAMES
from hocbaso_desktop.domain.tt27 import evaluate_primary

_STUDENT = "json"
_WORST_FIRST = ("C", "H", "T", "M")


def evaluate_json(doc: dict[str, Any]) -> dict[str, Any]:
    """Evaluate one student-year given as a JSON object; return the result object."""
    if not isinstance(doc, dict):
        raise _error("$", _("dữ liệu phải là một đối tượng JSON."))
    level = doc.get("level")
    if level == Level.TIEU_HOC:
        return _primary(doc)
    if level in (Level.THCS, Level.THPT):
        return _secondary(doc, level)
    raise _error("level", _("phải là “tieuhoc”, “thcs” hoặc “thpt”."))


def _error(path: str, detail: str) -> InvalidInputError:
    return InvalidInputError(_("Trường “{f}”: {d}", f=path, d=detail), field=path)


def _text(value: Any, path: str) -> str:
    """A JSON scalar as entry text; numbers keep their written form (7.5 → "7.5")."""
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        raise _error(path, _("giá trị không hợp lệ."))
    if isinstance(value, float):
        return repr(value)  # shortest round-trip form: the text that was in the JSON
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _check(level: str, grade: int, entry: AssessmentEntry, path: str, subjects: tuple[SubjectSpec, ...] | None = None
           ) -> AssessmentEntry:
    try:
        return validate_entry(level, grade, entry, DEFAULT_SETTINGS, subjects=subjects)
    except InvalidInputError as exc:
        raise _error(path, exc.message) from exc


def _grade(doc: dict[str, Any], level: str, required: bool) -> int | None:
    grade = doc.get("grade")
    if grade is None and not required:
        return None
    first, last = catalogue.grade_range(level)
    if isinstance(grade, bool) or not isinstance(grade, int) or not first <= grade <= last:
        raise _error("grade", _("phải là số nguyên từ {a} đến {b}.", a=first, b=last))
    return grade


def _object(doc: dict[str, Any], key: str) -> dict[str, Any]:
    value = doc.get(key)
    if not isinstance(value, dict):
        raise _error(key, _("phải là một đối tượng JSON."))
    return value


def _primary(doc: dict[str, Any]) -> dict[str, Any]:
    grade = _grade(doc, Level.TIEU_HOC, required=True)
    assert grade is not None
    specs = catalogue.subjects_for(Level.TIEU_HOC, grade)
    levels: dict[str, list[str]] = {}
    entries: list[AssessmentEntry] = []
    for name, data in _object(doc, "subjects").items():
        path = f"subjects.{name}"
        spec = find_subject(specs, name)
        if spec is None:
            raise _error(path, _("lớp {g} không có môn học này.", g=grade))
        if spec.code in levels and spec.tested:
            raise _error(path, _("môn học bị trùng."))
        if not isinstance(data, dict) or "level" not in data:
            raise _error(path, _("cần có “level”."))
        unknown = set(data) - {"level", "test"}
        if unknown:
            raise _error(f"{path}.{sorted(unknown)[0]}", _("trường không được hỗ trợ."))
        entry = _check(Level.TIEU_HOC, grade, AssessmentEntry(_STUDENT, spec.code, "cn", "level", _text(data["level"],
                                                                                                 f"{path}.level")),
                       f"{path}.level")
        levels.setdefault(spec.code, []).append(entry.value)
        if "test" in data:
            entries.append(_check(Level.TIEU_HOC, grade, AssessmentEntry(_STUDENT, spec.code, "cn", "test", _text(
                data["test"], f"{path}.test")), f"{path}.test"))
        elif "cn" in spec.tested_periods and entry.value != "M":
            raise _error(f"{path}.test", _("môn có kiểm tra định kì: cần điểm KTĐK cuối năm."))
    for spec in specs:
        if spec.code in levels:
            worst = min(levels[spec.code], key=_WORST_FIRST.index)
            entries.append(AssessmentEntry(_STUDENT, spec.code, "cn", "level", worst))
        elif not spec.optional:
            raise _error(f"subjects.{spec.name}", _("thiếu môn học này."))
    for key, subject, items in (("qualities", QUALITY, catalogue.PRIMARY_QUALITIES),
                                ("competencies", COMPETENCY, catalogue.PRIMARY_COMPETENCIES)):
        given = {name_key(k): (k, v) for k, v in _object(doc, key).items()}
        for code, item_name in items:
            found = given.pop(name_key(code), None) or given.pop(name_key(item_name), None)
            if found is None:
                raise _error(f"{key}.{item_name}", _("thiếu mục này."))
            path = f"{key}.{found[0]}"
            entries.append(_check(Level.TIEU_HOC, grade, AssessmentEntry(_STUDENT, subject, "cn", code, _text(found[1], path)),
                                  path))
        if given:
            raise _error(f"{key}.{next(iter(given.values()))[0]}", _("không có mục này."))
    result = evaluate_primary(grade, entries)
    return {"result": result.result, "reasons": list(result.reasons)}


def _secondary_spec(level: str, grade: int | None, item: dict[str, Any], path: str) -> SubjectSpec:
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _error(f"{path}.name", _("thiếu tên môn học."))
    grades = [grade] if grade is not None else list(range(catalogue.grade_range(level)[0],
                                                         catalogue.grade_range(level)[1] + 1))
    # THCS Nghệ thuật is two parts (Âm nhạc, Mĩ thuật); a single "Nghệ thuật" of an older file still reads.
    known = next((s for combined in (False, True) for g in grades
                  if (s := find_subject(catalogue.subjects_for(level, g, combined_art=combined), name))), None)
    kind = item.get("kind", known.kind if known else None)
    if kind not in ("score", "comment"):
        raise _error(f"{path}.kind", _("phải là “score” hoặc “comment”."))
    periods = item.get("periods_per_year", known.periods_per_year if known else None)
    if kind == "score" and (isinstance(periods, bool) or not isinstance(periods, int) or periods <= 0):
        raise _error(f"{path}.periods_per_year", _("cần số tiết/năm (số nguyên dương) cho môn tính điểm."))
    code = known.code if known else f"X{path[9:-1]}"
    return SubjectSpec(code, name.strip(), kind, (), periods if isinstance(periods, int) else None)


def _secondary(doc: dict[str, Any], level: str) -> dict[str, Any]:
    grade = _grade(doc, level, required=False)
    items = doc.get("subjects")
    if not isinstance(items, list) or not items:
        raise _error("subjects", _("phải là một danh sách môn học."))
    specs: list[SubjectSpec] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise _error(f"subjects[{i}]", _("phải là một đối tượng JSON."))
        spec = _secondary_spec(level, grade, item, f"subjects[{i}]")
        if any(s.code == spec.code for s in specs):
            raise _error(f"subjects[{i}].name", _("môn học bị trùng."))
        specs.append(spec)
    grade_for_checks = grade or catalogue.grade_range(level)[0]
    spec_tuple = tuple(specs)
    entries: list[AssessmentEntry] = []

    def add(subject: str, period: str, component: str, value: Any, path: str) -> None:
        entry = AssessmentEntry(_STUDENT, subject, period, component, _text(value, path))
        entries.append(_check(level, grade_for_checks, entry, path, spec_tuple))

    for i, (spec, item) in enumerate(zip(specs, items, strict=True)):
        for sem in SEMESTERS:
            _semester_entries(spec, item.get(sem), f"subjects[{i}].{sem}", sem, add)
        if item.get("retest") is not None:
            add(spec.code, "retest", "retest", item["retest"], f"subjects[{i}].retest")
    conduct = doc.get("conduct")
    if not isinstance(conduct, dict):
        raise _error("conduct", _("phải là một đối tượng JSON."))
    for period in ("hk1", "hk2", "summer"):
        if conduct.get(period) is not None:
            add(CONDUCT, period, "level", conduct[period], f"conduct.{period}")
    if doc.get("absences") is None:
        raise _error("absences", _("cần số buổi nghỉ cả năm."))
    add(ABSENCES, "cn", "total", doc["absences"], "absences")
    result = evaluate_secondary(level, grade_for_checks, specs, entries)
    return _secondary_output(result)


def _semester_entries(spec: SubjectSpec, data: Any, path: str, sem: str, add: Any) -> None:
    if data is None:
        return
    if not isinstance(data, dict):
        add(spec.code, sem, "result", data, path)
        return
    unknown = set(data) - {"tx", "gk", "ck", "cd"}
    if unknown:
        raise _error(f"{path}.{sorted(unknown)[0]}", _("trường không được hỗ trợ."))
    regular = data.get("tx", [])
    if not isinstance(regular, list):
        raise _error(f"{path}.tx", _("phải là một danh sách điểm."))
    if spec.kind == "score" and len(regular) > regular_assessment_count(spec.periods_per_year or 0):
        raise _error(f"{path}.tx", _("môn {n} chỉ có {k} điểm đánh giá thường xuyên mỗi học kì.", n=spec.name,
                                     k=regular_assessment_count(spec.periods_per_year or 0)))
    for j, value in enumerate(regular):
        if value is not None:
            add(spec.code, sem, f"tx{j + 1}", value, f"{path}.tx[{j}]")
    for j, value in enumerate(data.get("cd") or []):
        add(spec.code, sem, f"cd{j + 1}", value, f"{path}.cd[{j}]")
    for key in ("gk", "ck"):
        if data.get(key) is not None:
            add(spec.code, sem, key, data[key], f"{path}.{key}")


def year_result_json(result: Any) -> dict[str, Any]:
    """A computed year (primary or secondary) in the JSON form of the stateless evaluator, with extra detail."""
    if hasattr(result, "subjects"):
        return _secondary_output(result)
    return {"result": result.result, "completed_grade": result.completed_grade,
            "completion_text": result.completion_text, "award": result.award,
            "incomplete": list(result.incomplete), "reasons": list(result.reasons),
            "settings_used": list(result.settings_used)}


def _secondary_output(result: Any) -> dict[str, Any]:
    retested = bool(result.retest_subjects) and result.learning_final is not None
    learning_year = result.learning_final if retested else result.learning_year.level
    conduct_year = result.conduct_final if result.summer_training and result.conduct_final else result.conduct_year

    def name(code: str | None) -> str | None:
        return LEVEL_NAMES[code] if code else None

    return {
        "subjects": [{"name": s.name, "hk1": s.hk1, "hk2": s.hk2, "year": s.final if s.retest else s.year}
                     for s in result.subjects],
        "learning": {"hk1": name(result.learning_hk1.level), "hk2": name(result.learning_hk2.level),
                     "year": name(learning_year),
                     "adjusted": result.learning_final_adjusted if retested else result.learning_year.adjusted},
        "conduct": {"hk1": name(result.conduct_hk1), "hk2": name(result.conduct_hk2), "year": name(conduct_year)},
        "promoted": result.promoted,
        "title": result.title,
        "reasons": [*result.reasons, *result.incomplete],
    }
