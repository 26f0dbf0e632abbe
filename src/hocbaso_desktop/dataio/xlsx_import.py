"""Excel import: dry run first, always; the real import writes everything in one transaction or nothing.

`import_workbook(session, path, dry_run=True)` reads the workbook, recognises each sheet (class list,
assessments, teaching assignments) by its headers, checks every row and cell, and returns an
`ImportReport` listing each problem with its sheet, cell and reason and what would be created or
changed. With ``dry_run=False`` the same check runs inside one transaction and, only when there is no
problem, writes and audits everything; otherwise `ImportRejectedError` (carrying the report) and no change.
"""

from __future__ import annotations

from pathlib import Path

from hocbaso_desktop.dataio import column_maps, dictionary, vendor_layouts
from hocbaso_desktop.dataio.assignment_rows import check_assignment_sheet
from hocbaso_desktop.dataio.column_mapping import (
    cell_text,
    field_of,
    header_key,
    is_row_number,
    looks_like_assessment,
)
from hocbaso_desktop.dataio.import_context import ImportContext
from hocbaso_desktop.dataio.import_plan import ImportPlan, ImportRejectedError, ImportReport, Problem
from hocbaso_desktop.dataio.score_rows import ScoreSheetChecker
from hocbaso_desktop.dataio.student_rows import StudentSheetChecker
from hocbaso_desktop.dataio.xlsx_reader import MAX_HEADER_SCAN, Sheet, Workbook, read_workbook
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Level, parse_school_year
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.storage import SchoolDatabase, assessments_repo, audit, school_repo, settings_repo


def import_workbook(session, path: Path | str, *, dry_run: bool = True, year: str | None = None,
                    mapping: dict[str, str] | None = None) -> ImportReport:
    """Check (and unless `dry_run`, apply) a spreadsheet; see the module docstring.

    `mapping` (column_maps.parse_map_options) matches columns the importer does not recognise; a real
    import remembers it for files of the same shape.
    """
    require(session.user, Action.IMPORT_DATA)
    book = read_workbook(path)
    db: SchoolDatabase = session.db
    name = Path(path).name
    if dry_run:
        return plan_workbook(db, book, year, mapping).report(name, applied=False)
    with db.transaction():
        plan = plan_workbook(db, book, year, mapping)
        if plan.problems:
            raise ImportRejectedError(plan.report(name, applied=False))
        apply_plan(db, plan, actor=session.account.username, source=name)
    return plan.report(name, applied=True)


def resolve_year(db: SchoolDatabase, book: Workbook, year: str | None) -> str:
    """The school year: given, else the template's, else the latest year with classes."""
    chosen = year or book.meta.get("year") or school_repo.latest_year(db)
    if not chosen:
        raise InvalidInputError(_("Chưa có năm học nào: cho biết năm học (--year 2025-2026)."), field="namhoc")
    return parse_school_year(chosen)


def plan_workbook(db: SchoolDatabase, book: Workbook, year: str | None = None,
                  mapping: dict[str, str] | None = None) -> ImportPlan:
    """Check every sheet of a workbook against the database and collect the changes (writes nothing)."""
    plan = ImportPlan(resolve_year(db, book, year))
    stored = settings_repo.get_setting(db, column_maps.SETTING, {})
    remembered: dict[str, dict[str, str]] = stored if isinstance(stored, dict) else {}
    ctx = ImportContext(db, plan.year)
    students = StudentSheetChecker(ctx, plan)
    scores = ScoreSheetChecker(ctx, plan)
    recognised = 0
    primary = ctx.level is Level.TIEU_HOC
    # Class lists first, so that a file may add students and give their scores on another sheet.
    layouts = [(sheet, *_layout(sheet, ignored)) for sheet, ignored in
               (_normalise(plan, s, primary, mapping or {}, remembered) for s in book.sheets)]
    for sheet, kind, header_row, identity, score_cols, unknown in sorted(
            layouts, key=lambda t: {"students": 0, "assignments": 1, "scores": 2}.get(t[1] or "", 3)):
        if kind is None:
            if sheet.rows:
                plan.warning(sheet.title, "A1", _("không nhận ra tiêu đề cột; trang tính bị bỏ qua"))
                row = sheet.rows[header_row] if header_row < len(sheet.rows) else ()
                plan.unmapped.extend(Problem(sheet.title, sheet.cell_ref(header_row, c), cell_text(h))
                                     for c, h in enumerate(row) if cell_text(h) and not field_of(h, "students")
                                     and not field_of(h, "assignments") and not is_row_number(h))
            continue
        recognised += 1
        for c in unknown:
            plan.warning(sheet.title, sheet.cell_ref(header_row, c), _("cột “{h}” không nhận ra; bị bỏ qua",
                                                                      h=sheet.rows[header_row][c]))
            plan.unmapped.append(Problem(sheet.title, sheet.cell_ref(header_row, c), str(sheet.rows[header_row][c])))
        if kind == "students":
            students.check_sheet(sheet, header_row, identity)
        elif kind == "assignments":
            check_assignment_sheet(ctx, plan, sheet, header_row, identity)
        else:
            scores.check_sheet(sheet, header_row, identity, score_cols)
    if not recognised:
        plan.problem(book.sheets[0].title if book.sheets else "", "A1",
                     _("tệp không có trang tính nào có danh sách học sinh, điểm hoặc phân công"))
    return plan


def _header_row(sheet: Sheet) -> int:
    """The row (within the first MAX_HEADER_SCAN) with the most recognised headers, or -1."""
    best: tuple[int, int] = (0, -1)
    for r, row in enumerate(sheet.rows[:MAX_HEADER_SCAN]):
        hits = sum(1 for h in row if field_of(h, "students") or field_of(h, "assignments") or looks_like_assessment(h)
                   or vendor_layouts.is_vendor_header(h) or dictionary.is_assessment_field(h))
        if hits > best[0]:
            best = (hits, r)
    return best[1]


def _normalise(plan: ImportPlan, sheet: Sheet, primary: bool, explicit: dict[str, str],
               remembered: dict[str, dict[str, str]]) -> tuple[Sheet, set[int]]:
    """The user's column mapping, then another system's layout rewritten to ours; the columns to leave out."""
    rows = sheet.rows[:MAX_HEADER_SCAN]
    r = next((i for i, row in enumerate(rows) if column_maps.shape_of(row) in remembered), _header_row(sheet))
    if r < 0 and explicit:
        hits = [sum(1 for h in row if header_key(h) in explicit) for row in rows]
        r = hits.index(max(hits)) if hits and max(hits) else -1
    if r < 0:
        return sheet, set()
    shape = column_maps.shape_of(sheet.rows[r])
    known = remembered.get(shape, {})
    sheet, used = column_maps.apply_mapping(sheet, r, {**known, **explicit})
    plan.mapped += len(used)
    if any(k in explicit for k in used):
        plan.remember[shape] = used
    if known and any(k not in explicit for k in used):
        plan.warning(sheet.title, sheet.cell_ref(r, 0), _("dùng cách ghép cột đã nhớ cho tệp cùng dạng: {m}", m="; ".join(
            f"{h} → {t}" for h, t in used.items() if h not in explicit)))
    sheet = dictionary.expand_dictionary_headers(vendor_layouts.merge_name_columns(sheet, r), r)
    header = sheet.rows[r]
    sheet, expanded, averages = vendor_layouts.expand_subject_columns(sheet, r, primary)
    if vendor_layouts.has_component_columns(header) and not expanded:
        plan.problem(sheet.title, sheet.cell_ref(r, 0), _(
            "trang tính có cột điểm của một môn (TX, GK, CK) nhưng không rõ môn học hoặc kì: ghi “Môn: …” và "
            "“Học kì I” (hoặc II) ở một dòng trên tiêu đề, hoặc đặt tên trang tính như “Toán - HK1”"))
    for c in averages:
        plan.warning(sheet.title, sheet.cell_ref(r, c), _("cột “{h}” là điểm trung bình, do chương trình tự tính; "
                                                          "bị bỏ qua", h=header[c]))
    return sheet, set(averages)


def _layout(sheet: Sheet, ignored: set[int] = frozenset()  # type: ignore[assignment]
            ) -> tuple[str | None, int, dict[int, str], list[int], list[int]]:
    """The sheet's kind, header row, identity columns, assessment columns and unrecognised columns."""
    r = _header_row(sheet)
    if r < 0:
        return None, 0, {}, [], []
    row = sheet.rows[r]
    score_cols = [c for c, h in enumerate(row) if looks_like_assessment(h)]
    assignment = {c: f for c, h in enumerate(row) if (f := field_of(h, "assignments"))}
    students = {c: f for c, h in enumerate(row) if (f := field_of(h, "students"))}
    if score_cols:
        kind, identity = "scores", students
    elif {"subject", "teacher"} <= set(assignment.values()):
        kind, identity = "assignments", assignment
    elif "full_name" in students.values():
        kind, identity = "students", students
    else:
        return None, r, {}, [], []
    known = set(identity) | set(score_cols) | ignored
    unknown = [c for c, h in enumerate(row) if c not in known and h not in (None, "") and not is_row_number(h)]
    return kind, r, identity, score_cols, unknown


def apply_plan(db: SchoolDatabase, plan: ImportPlan, *, actor: str, source: str) -> None:
    """Write a checked plan (inside the caller's transaction) and audit it."""
    with db.transaction():
        for school_class in plan.new_classes:
            school_repo.add_class(db, school_class)
            audit.append(db, actor=actor, action="class.create", entity="class", entity_id=school_class.id,
                         before=None, after={"name": school_class.name, "year": school_class.year})
        school_repo.add_students(db, plan.new_students)
        for student in plan.new_students:
            audit.append(db, actor=actor, action="student.create", entity="student", entity_id=student.id,
                         before=None, after={"full_name": student.full_name, "source": source})
        for student in plan.updated_students:
            before = school_repo.get_student(db, student.id)
            school_repo.update_student(db, student)
            changed = [k for k in student.__dataclass_fields__ if getattr(before, k) != getattr(student, k)]
            audit.append(db, actor=actor, action="student.update", entity="student", entity_id=student.id,
                         before={"fields": changed}, after={"source": source})
        school_repo.add_enrolments(db, plan.enrolments)
        school_repo.add_assignments(db, plan.assignments)
        if plan.new_entries:
            assessments_repo.bulk_insert_entries(db, plan.year, plan.new_entries, actor=actor,
                                                 reason=f"import {source}")
        if plan.changed_entries:
            assessments_repo.save_entries(db, plan.year, plan.changed_entries, actor=actor)
        if plan.remember:  # the user confirmed these columns: read files of the same shape the same way
            maps = settings_repo.get_setting(db, column_maps.SETTING, {})
            for shape, used in plan.remember.items():
                maps = column_maps.remember(maps, shape, used)
            settings_repo.set_setting(db, column_maps.SETTING, maps)
        audit.append(db, actor=actor, action="import.xlsx", entity="file", entity_id=source, before=None,
                     after={"year": plan.year, "classes": len(plan.new_classes), "students": len(plan.new_students),
                            "updated": len(plan.updated_students), "entries": len(plan.new_entries),
                            "changed": len(plan.changed_entries), "assignments": len(plan.assignments),
                            "mapped_columns": plan.mapped})
