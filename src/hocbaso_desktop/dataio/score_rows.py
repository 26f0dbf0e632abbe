"""Checking an assessment sheet: each value through domain.assessment.validate_entry, at its own cell.

A row names its student by the system id of our templates, the personal ID, the student code, or the
full name (with the birth date when two students share a name) within the row's class. Empty cells
change nothing; deleting a value is done in the program, not by import.
"""

from __future__ import annotations

from hocbaso_desktop.dataio.column_mapping import AssessmentColumn, cell_text, parse_assessment_header
from hocbaso_desktop.dataio.import_context import ImportContext
from hocbaso_desktop.dataio.import_plan import ImportPlan
from hocbaso_desktop.dataio.student_rows import parse_birth, personal_id_text
from hocbaso_desktop.dataio.xlsx_reader import Sheet
from hocbaso_desktop.domain.assessment import AssessmentEntry, validate_entry
from hocbaso_desktop.domain.catalogue import name_key
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import SchoolClass, Student

Key = tuple[str, str, str, str]


class ScoreSheetChecker:
    """Plans the entries of assessment sheets; a value given twice in the file is a problem."""

    def __init__(self, ctx: ImportContext, plan: ImportPlan) -> None:
        self.ctx, self.plan = ctx, plan
        self.seen_values: dict[Key, str] = {}
        self.seen_students: dict[tuple[str, str], str] = {}
        self._headers: dict[tuple[str, int, int], AssessmentColumn | str] = {}
        self._specs: dict[str, tuple] = {}
        self._reported: set[tuple[str, int, int]] = set()

    def check_sheet(self, sheet: Sheet, header_row: int, identity: dict[int, str], scores: list[int]) -> None:
        """Check every data row below the header."""
        col_of = {f: c for c, f in identity.items()}
        for r in range(header_row + 1, len(sheet.rows)):
            row = sheet.rows[r]
            if all(cell_text(v) == "" for v in row):
                continue
            raw = {f: (row[c] if c < len(row) else None) for f, c in col_of.items()}
            target = self._row_target(sheet, r, raw, col_of)
            if target is None:
                continue
            student, school_class = target
            for c in scores:
                value = cell_text(row[c]) if c < len(row) else ""
                if value:
                    self._check_value(sheet, header_row, r, c, student, school_class, value)

    def _row_target(self, sheet: Sheet, r: int, raw: dict[str, object],
                    col_of: dict[str, int]) -> tuple[Student, SchoolClass] | None:
        ref = sheet.cell_ref(r, col_of.get("full_name", col_of.get("system_id", 0)))
        class_name = cell_text(raw.get("class_name")) or sheet.title
        school_class = self.ctx.class_named(class_name, self.plan, create=False)
        if isinstance(school_class, str):
            self.plan.problem(sheet.title, sheet.cell_ref(r, col_of.get("class_name", 0)), school_class)
            return None
        student = self._find_student(sheet.title, ref, raw, school_class)
        if student is None:
            return None
        where = f"{sheet.title}!{ref}"
        # Once per sheet: a file may give each subject on its own sheet (vendor exports); a value given
        # twice is still refused (seen_values).
        seen = (sheet.title, student.id)
        if seen in self.seen_students and self.seen_students[seen] != where:
            self.plan.problem(sheet.title, ref, _("học sinh {n} đã có ở dòng {w}", n=student.full_name,
                                                  w=self.seen_students[seen]))
            return None
        self.seen_students[seen] = where
        return student, school_class

    def _find_student(self, title: str, ref: str, raw: dict[str, object],
                      school_class: SchoolClass) -> Student | None:
        ctx = self.ctx
        sid = cell_text(raw.get("system_id")) or None
        if sid is not None and sid not in ctx.known_ids:
            self.plan.problem(title, ref, _("mã hệ thống không có trong cơ sở dữ liệu"))
            return None
        sid = sid or ctx.by_personal_id.get(personal_id_text(raw.get("personal_id"))) or \
            ctx.by_code.get(cell_text(raw.get("student_code")))
        if sid is None:
            return self._by_name(title, ref, raw, school_class)
        member = ctx.membership.get(sid)
        if member != school_class.id:
            other = next((c.name for c in ctx.classes.values() if c.id == member), None)
            name = ctx.student(sid).full_name
            reason = (_("học sinh {n} thuộc lớp {o}, không phải lớp {c}", n=name, o=other, c=school_class.name)
                      if other else _("học sinh {n} không học lớp {c} năm {y}", n=name, c=school_class.name,
                                      y=ctx.year))
            self.plan.problem(title, ref, reason)
            return None
        return ctx.student(sid)

    def _by_name(self, title: str, ref: str, raw: dict[str, object], school_class: SchoolClass) -> Student | None:
        name = name_key(cell_text(raw.get("full_name")))
        if not name:
            self.plan.problem(title, ref, _("dòng không cho biết học sinh nào (thiếu họ tên, mã học sinh)"))
            return None
        matches = [s for s in self.ctx.roster(school_class) if name_key(s.full_name) == name]
        if len(matches) > 1 and raw.get("birth") not in (None, ""):
            try:
                birth = parse_birth(raw.get("birth"))
                matches = [s for s in matches if s.birth == birth]
            except (InvalidInputError, ValueError):
                matches = []
        if len(matches) == 1:
            return matches[0]
        reason = (_("lớp {c} không có học sinh “{n}”", c=school_class.name, n=cell_text(raw.get("full_name")))
                  if not matches else _("lớp {c} có nhiều học sinh tên “{n}”: cần mã học sinh hoặc ngày sinh",
                                        c=school_class.name, n=cell_text(raw.get("full_name"))))
        self.plan.problem(title, ref, reason)
        return None

    def _column(self, sheet: Sheet, header_row: int, c: int, school_class: SchoolClass) -> AssessmentColumn | None:
        key = (sheet.title, c, school_class.grade)
        if key not in self._headers:
            self._headers[key] = parse_assessment_header(str(sheet.rows[header_row][c]), self._specs_of(school_class))
        column = self._headers[key]
        if isinstance(column, str):
            if key not in self._reported:
                self._reported.add(key)
                self.plan.problem(sheet.title, sheet.cell_ref(header_row, c),
                                  _("{r} (lớp {g})", r=column, g=school_class.grade))
            return None
        return column

    def _specs_of(self, school_class: SchoolClass) -> tuple:
        if school_class.id not in self._specs:
            self._specs[school_class.id] = self.ctx.specs(school_class)
        return self._specs[school_class.id]

    def _check_value(self, sheet: Sheet, header_row: int, r: int, c: int, student: Student,
                     school_class: SchoolClass, value: str) -> None:
        ref = sheet.cell_ref(r, c)
        column = self._column(sheet, header_row, c, school_class)
        if column is None:
            return
        if student.id in self.ctx.frozen:
            self.plan.problem(sheet.title, ref, _("học bạ năm {y} của {n} đã khoá hoặc đã phát hành, không sửa được",
                                                  y=self.ctx.year, n=student.full_name))
            return
        try:
            entry = validate_entry(self.ctx.level.value, school_class.grade,
                                   AssessmentEntry(student.id, column.subject, column.period, column.component, value),
                                   self.ctx.settings, subjects=self._specs_of(school_class))
        except InvalidInputError as exc:
            self.plan.problem(sheet.title, ref, exc.message)
            return
        key = (entry.student_id, entry.subject, entry.period, entry.component)
        if key in self.seen_values:
            self.plan.problem(sheet.title, ref, _("giá trị này đã có ở ô {w}", w=self.seen_values[key]))
            return
        self.seen_values[key] = f"{sheet.title}!{ref}"
        old = self.ctx.entries.get(key)
        if old is None:
            self.plan.new_entries.append(entry)
        elif old == entry.value:
            self.plan.unchanged_entries += 1
        else:
            self.plan.changed_entries.append(entry)
            self.plan.changes.append(_("{n}: {s} {p} {c}: “{o}” → “{v}”.", n=student.full_name, s=entry.subject,
                                       p=entry.period, c=entry.component, o=old, v=entry.value))
