"""Our Excel templates: a class list and an assessment sheet, pre-filled with the class's students.

Headers are the names the importer reads back (column_mapping); level columns carry drop-down lists,
score columns a 0–10 check; identifier columns are text so Excel keeps the leading zero of a personal
ID. A hidden sheet records the kind, the school year and the class; a hidden column the system id.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from hocbaso_desktop.dataio import dictionary
from hocbaso_desktop.dataio.column_mapping import STUDENT_FIELDS, assessment_header
from hocbaso_desktop.dataio.import_context import ImportContext
from hocbaso_desktop.dataio.xlsx_reader import META_SHEET
from hocbaso_desktop.dataio.xlsx_writer import save_workbook
from hocbaso_desktop.domain import assessment as rules
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _, in_vietnamese, vietnamese
from hocbaso_desktop.domain.model import Level, SchoolClass, Sex, Student
from hocbaso_desktop.domain.numbers import decimal_places, parse_decimal
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.storage import assessments_repo, audit, school_repo

STUDENT_TEMPLATE_FIELDS = tuple(f for f in STUDENT_FIELDS if f != "class_name")
_TEXT_COLUMNS = {"system_id", "personal_id", "student_code", "registry_number"}
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def write_template(session, kind: str, class_name: str, out: Path | str, *, year: str | None = None,
                   subjects: Sequence[str] = (), periods: Sequence[str] = ()) -> Path:
    """Write the `kind` ("students" or "scores") template of a class to `out` and return the path."""
    db = session.db
    chosen_year = year or school_repo.latest_year(db)
    if not chosen_year:
        raise InvalidInputError(_("Chưa có năm học nào."), field="namhoc")
    school_class = school_repo.find_class(db, chosen_year, class_name)
    require(session.user, Action.VIEW_STUDENTS, Scope(class_id=school_class.id))
    students = school_repo.students_in_class(db, school_class.id)
    book = Workbook()
    ws = book.active
    ws.title = school_class.name
    if kind == "students":
        _students_sheet(ws, students)
    elif kind == "scores":
        ctx = ImportContext(db, chosen_year)
        columns = score_columns(ctx, school_class, subjects, periods)
        existing = {(e.student_id, e.subject, e.period, e.component): e.value
                    for e in assessments_repo.entries_for_class(db, school_class.id, chosen_year)}
        _scores_sheet(ws, students, columns, existing, ctx.level)
    else:
        raise InvalidInputError(_("Loại mẫu “{k}” không có (students hoặc scores).", k=kind), field="kind")
    meta = book.create_sheet(META_SHEET)
    for row in (("kind", kind), ("year", chosen_year), ("class", school_class.name)):
        meta.append(row)
    meta.sheet_state = "hidden"
    path = Path(out)
    save_workbook(book, path)
    with db.transaction():  # the file carries students' identity (and scores): every copy is logged
        audit.append(db, actor=session.account.username, action="export.template", entity="class",
                     entity_id=school_class.id, after={"file": path.name, "kind": kind, "students": len(students)})
    return path


def _header(ws: Worksheet, headers: Sequence[str]) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "D2"
    ws.column_dimensions["B"].hidden = True  # the system id: needed to match rows back, not to be edited


@in_vietnamese
def _students_sheet(ws: Worksheet, students: list[Student], dictionary_names: bool = False) -> None:
    fields = STUDENT_TEMPLATE_FIELDS
    _header(ws, ["STT", *(dictionary.student_header(f, dictionary_names) for f in fields)])
    for n, s in enumerate(students, start=1):
        values = {"system_id": s.id, "sex": s.sex.label if s.sex is not Sex.UNKNOWN else "",
                  "birth": s.birth.display(), "disabled_not_assessed": "Có" if s.disabled_not_assessed else "",
                  "exemptions": ", ".join(s.exemptions)}
        ws.append([n, *(values.get(f, getattr(s, f, "")) for f in fields)])
    last = max(len(students) + 1, 200)
    for i, f in enumerate(fields, start=2):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = 14 if f not in ("full_name", "residence") else 28
        if f in _TEXT_COLUMNS or f == "birth":
            for row in range(2, last + 1):
                ws[f"{letter}{row}"].number_format = "@"
        if f == "sex":
            _list_validation(ws, f"{letter}2:{letter}{last}", ("Nam", "Nữ"))
        if f == "disabled_not_assessed":
            _list_validation(ws, f"{letter}2:{letter}{last}", ("Có", "Không"))


def score_columns(ctx: ImportContext, school_class: SchoolClass, subjects: Sequence[str] = (),
                  periods: Sequence[str] = ()) -> list[tuple[str, str, str, tuple[str, ...] | None]]:
    """(subject code, period, component, allowed codes or None for a score) of a class's assessment columns."""
    specs = ctx.specs(school_class)
    if subjects:
        wanted = [catalogue.find_subject(specs, s) for s in subjects]
        if None in wanted:
            raise InvalidInputError(_("Lớp {c} không có môn {m}.", c=school_class.name,
                                      m=", ".join(s for s, w in zip(subjects, wanted, strict=True) if w is None)))
        specs = tuple(w for w in wanted if w is not None)
    columns = []
    primary = ctx.level is Level.TIEU_HOC
    for period in (rules.PRIMARY_PERIODS if primary else rules.SEMESTERS):
        if periods and period not in periods:
            continue
        for spec in specs:
            if primary:
                columns.append((spec.code, period, "level", rules.SUBJECT_LEVELS))
                if period in spec.tested_periods:
                    columns.append((spec.code, period, "test", None))
            elif spec.kind == "comment":
                columns += [(spec.code, period, c, rules.COMMENT_RESULTS) for c in ("tx1", "tx2", "gk", "ck")]
            else:
                due = rules.regular_assessment_count(spec.periods_per_year or 35)
                columns += [(spec.code, period, f"tx{n}", None) for n in range(1, due + 1)]
                columns += [(spec.code, period, c, None) for c in ("gk", "ck")]
    return columns


@in_vietnamese
def _scores_sheet(ws: Worksheet, students: list[Student], columns: list, existing: dict, level: Level,
                  class_name: str | None = None) -> None:
    """Write an assessment sheet; with `class_name`, a Lớp column names the class (the title is then free)."""
    names = {s.code: s.name for g in level.grades for combined in (False, True)
             for s in catalogue.subjects_for(level.value, g, combined_art=combined)}
    headers = [assessment_header(names.get(s, s), p, c) for s, p, c, _codes in columns]
    lead = ["STT", STUDENT_FIELDS["system_id"][0], STUDENT_FIELDS["full_name"][0], STUDENT_FIELDS["birth"][0]]
    if class_name:
        lead.append(STUDENT_FIELDS["class_name"][0])
    _header(ws, [*lead, *headers])
    ws.freeze_panes = f"{get_column_letter(len(lead) + 1)}2"
    for n, s in enumerate(students, start=1):
        ws.append([n, s.id, s.full_name, s.birth.display(), *([class_name] if class_name else []),
                   *(_cell_value(existing.get((s.id, code, p, c)), codes) for code, p, c, codes in columns)])
    last = max(len(students) + 1, 2)
    for i, (_s, _p, _c, codes) in enumerate(columns, start=len(lead) + 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = 12
        area = f"{letter}2:{letter}{last}"
        if codes:
            _list_validation(ws, area, codes)
        else:
            # Scores are numbers, so a teacher's =AVERAGE() works; one decimal shown where the rule allows one.
            shown = "0" if level is Level.TIEU_HOC else "0.0"
            for row in range(2, last + 1):
                ws[f"{letter}{row}"].number_format = shown
            dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="10", allow_blank=True,
                                error=_("Điểm từ 0 đến 10, tối đa một chữ số thập phân."), showErrorMessage=True)
            ws.add_data_validation(dv)
            dv.add(area)


def _dictionary_sheet(ws: Worksheet, students: list[Student], existing: dict, level: Level, class_name: str) -> None:
    """The class's stored assessments that the data dictionary names, under the dictionary's names."""
    fields = dictionary.assessment_fields(level.value)
    _header(ws, ["STT", STUDENT_FIELDS["system_id"][0], "hovaten", "tenlop", *fields])
    for n, s in enumerate(students, start=1):
        ws.append([n, s.id, s.full_name, class_name,
                   *(_cell_value(existing.get((s.id, *key)), None) for key in fields.values())])


def _cell_value(value: str | None, codes: tuple[str, ...] | None) -> object:
    """A stored value as written to a cell: a score as a number (int or float), anything else as text."""
    if value is None or codes:
        return value
    number = parse_decimal(value)
    if number is None:
        return value
    return int(number) if decimal_places(number) == 0 else float(number)


def export_classes_workbook(session, out: Path | str, *, year: str | None = None,
                            class_names: Sequence[str] = (), dictionary_names: bool = False) -> Path:
    """Export class lists and all scores of a year to Excel: per class a list sheet and a score sheet.

    The file reads back through the importer unchanged (the score sheets carry a Lớp column). With
    `dictionary_names`, headers are the national data dictionary's field names where it has one, and a
    sheet per class carries its stored dictionary assessments (qualities, competencies, absences).
    """
    require(session.user, Action.EXPORT_RECORDS)
    db = session.db
    chosen_year = year or school_repo.latest_year(db)
    if not chosen_year:
        raise InvalidInputError(_("Chưa có năm học nào."), field="namhoc")
    classes = ([school_repo.find_class(db, chosen_year, n) for n in class_names] if class_names
               else school_repo.list_classes(db, chosen_year))
    ctx = ImportContext(db, chosen_year)
    book = Workbook()
    book.remove(book.active)
    for school_class in classes:
        students = school_repo.students_in_class(db, school_class.id)
        _students_sheet(book.create_sheet(school_class.name), students, dictionary_names)
        existing = {(e.student_id, e.subject, e.period, e.component): e.value
                    for e in assessments_repo.entries_for_class(db, school_class.id, chosen_year)}
        with vietnamese():  # the file is the school's document: Vietnamese sheet names
            sheet_name = _("Điểm {c}", c=school_class.name)
        _scores_sheet(book.create_sheet(sheet_name), students,
                      score_columns(ctx, school_class), existing, ctx.level, class_name=school_class.name)
        if dictionary_names:
            _dictionary_sheet(book.create_sheet(f"DMDL {school_class.name}"), students, existing, ctx.level,
                              school_class.name)
    meta = book.create_sheet(META_SHEET)
    for row in (("kind", "export"), ("year", chosen_year)):
        meta.append(row)
    meta.sheet_state = "hidden"
    path = Path(out)
    save_workbook(book, path)
    with db.transaction():
        audit.append(db, actor=session.account.username, action="export.xlsx", entity="year", entity_id=chosen_year,
                     before=None, after={"file": path.name, "classes": [c.name for c in classes]})
    return path


@in_vietnamese
def _list_validation(ws: Worksheet, area: str, codes: Sequence[str]) -> None:
    dv = DataValidation(type="list", formula1='"' + ",".join(codes) + '"', allow_blank=True, showErrorMessage=True,
                        error=_("Chỉ nhận: {c}.", c=", ".join(codes)))
    ws.add_data_validation(dv)
    dv.add(area)
