"""Checking a teaching-assignment sheet: class, subject, teacher (by name or personal ID), periods per year."""

from __future__ import annotations

from hocbaso_desktop.dataio.column_mapping import cell_text
from hocbaso_desktop.dataio.import_context import ImportContext
from hocbaso_desktop.dataio.import_plan import ImportPlan
from hocbaso_desktop.dataio.xlsx_reader import Sheet
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.catalogue import name_key
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import TeachingAssignment
from hocbaso_desktop.domain.numbers import parse_decimal


def check_assignment_sheet(ctx: ImportContext, plan: ImportPlan, sheet: Sheet, header_row: int,
                           columns: dict[int, str]) -> None:
    """Plan the teaching assignments of a sheet; each class and subject at most once in the file."""
    col_of = {f: c for c, f in columns.items()}
    seen: set[tuple[str, str]] = {(a.class_id, a.subject_code) for a in plan.assignments}
    for r in range(header_row + 1, len(sheet.rows)):
        row = sheet.rows[r]
        text = {f: cell_text(row[c]) if c < len(row) else "" for f, c in col_of.items()}
        if not any(text.values()):
            continue
        ref = lambda field, r=r: sheet.cell_ref(r, col_of.get(field, 0))  # noqa: E731 - local shorthand
        school_class = ctx.class_named(text.get("class_name") or sheet.title, plan, create=False)
        if isinstance(school_class, str):
            plan.problem(sheet.title, ref("class_name"), school_class)
            continue
        spec = catalogue.find_subject(ctx.specs(school_class), text.get("subject", ""))
        if spec is None:
            plan.problem(sheet.title, ref("subject"), _("lớp {c} không có môn “{m}”", c=school_class.name,
                                                        m=text.get("subject", "")))
            continue
        teacher = _teacher(ctx, text.get("teacher", ""))
        if isinstance(teacher, str):
            plan.problem(sheet.title, ref("teacher"), teacher)
            continue
        periods: int | None = None
        if text.get("periods_per_year"):
            number = parse_decimal(text["periods_per_year"])
            if number is None or number != number.to_integral_value() or not 0 < number <= 500:
                plan.problem(sheet.title, ref("periods_per_year"), _("số tiết/năm phải là số nguyên dương"))
                continue
            periods = int(number)
        if (school_class.id, spec.code) in seen:
            plan.problem(sheet.title, ref("subject"), _("môn {m} của lớp {c} được phân công hai lần",
                                                        m=spec.name, c=school_class.name))
            continue
        seen.add((school_class.id, spec.code))
        plan.assignments.append(TeachingAssignment(teacher.id, spec.code, school_class.id, periods))
        plan.changes.append(_("Phân công {t} dạy {m} lớp {c}.", t=teacher.full_name, m=spec.name, c=school_class.name))


def _teacher(ctx: ImportContext, text: str):
    key = name_key(text)
    if not key:
        return _("thiếu tên giáo viên")
    matches = [s for s in ctx.staff if name_key(s.full_name) == key or (s.personal_id and s.personal_id == text)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        return _("không có giáo viên “{t}” trong danh sách cán bộ", t=text)
    return _("có nhiều cán bộ tên “{t}”: ghi số định danh thay cho tên", t=text)
