"""Checking a class-list sheet row by row: identity fields, personal IDs, duplicates, class membership."""

from __future__ import annotations

import re
import uuid
from dataclasses import fields, replace
from datetime import date, datetime

from hocbaso_desktop.dataio.column_mapping import cell_text, header_key
from hocbaso_desktop.dataio.import_context import ImportContext
from hocbaso_desktop.dataio.import_plan import ImportPlan
from hocbaso_desktop.dataio.xlsx_reader import Sheet
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Enrolment, EnrolmentEvent, PartialDate, SchoolClass, Sex, Student
from hocbaso_desktop.domain.names import name_problem
from hocbaso_desktop.domain.personal_id import validate_personal_id

_SEX = {"nam": Sex.MALE, "1": Sex.MALE, "m": Sex.MALE, "nu": Sex.FEMALE, "2": Sex.FEMALE, "f": Sex.FEMALE,
        "0": Sex.UNKNOWN, "khong ro": Sex.UNKNOWN}
_YES = {"co", "x", "1", "true", "yes"}
_TEXT_FIELDS = tuple(f.name for f in fields(Student)
                     if f.type == "str" and f.name not in ("id", "full_name", "personal_id"))


def parse_sex(text: str) -> Sex | None:
    """Nam / Nữ / 1 / 2 / 0 (any case, with or without diacritics) → Sex."""
    return _SEX.get(header_key(text))


def parse_birth(raw: object) -> PartialDate:
    """A birth date from a date cell, a year number or dd/mm/yyyy text; InvalidInputError otherwise."""
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        return PartialDate(raw.year, raw.month, raw.day)
    return PartialDate.parse(cell_text(raw))


def personal_id_text(raw: object) -> str:
    """The personal ID as text; a number cell that lost its leading zero (Excel) gets it back."""
    if isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer():
        text = str(int(raw))
        return text.zfill(12) if len(text) == 11 else text
    return cell_text(raw)


class StudentSheetChecker:
    """Plans the students of one class-list sheet; duplicates are tracked across all sheets of the file."""

    def __init__(self, ctx: ImportContext, plan: ImportPlan) -> None:
        self.ctx, self.plan = ctx, plan
        self.seen: dict[tuple[str, str], str] = {}   # ("pid"|"code"|"id", value) → "sheet!cell" seen first

    def check_sheet(self, sheet: Sheet, header_row: int, columns: dict[int, str]) -> None:
        """Check every data row below the header."""
        col_of = {f: c for c, f in columns.items()}
        for r in range(header_row + 1, len(sheet.rows)):
            row = sheet.rows[r]
            raw = {f: (row[c] if c < len(row) else None) for f, c in col_of.items()}
            if all(cell_text(v) == "" for v in raw.values()):
                continue
            self._check_row(sheet, r, raw, col_of)

    def _ref(self, sheet: Sheet, r: int, col_of: dict[str, int], field: str) -> str:
        return sheet.cell_ref(r, col_of.get(field, 0))

    def _check_row(self, sheet: Sheet, r: int, raw: dict[str, object], col_of: dict[str, int]) -> None:
        ref = lambda field: self._ref(sheet, r, col_of, field)  # noqa: E731 - local shorthand
        errors_before = len(self.plan.problems)
        text = {f: cell_text(v) for f, v in raw.items()}
        class_name = text.get("class_name") or sheet.title
        school_class = self.ctx.class_named(class_name, self.plan, create=True)
        if isinstance(school_class, str):
            self.plan.problem(sheet.title, ref("class_name"), school_class)
            return
        identity = self._identity(sheet, r, raw, text, ref, school_class)
        existing_id = self._existing(sheet, text, raw, ref)
        if identity is None or len(self.plan.problems) > errors_before:
            return
        if existing_id is None:
            self._create(identity, school_class)
        else:
            self._update(sheet, ref, existing_id, identity, text, school_class)

    def _identity(self, sheet: Sheet, r: int, raw: dict[str, object], text: dict[str, str], ref,
                  school_class: SchoolClass) -> dict[str, object] | None:
        values: dict[str, object] = {f: text[f] for f in _TEXT_FIELDS if text.get(f)}
        ok = True
        if not text.get("full_name"):
            self.plan.problem(sheet.title, ref("full_name"), _("thiếu họ và tên học sinh"))
            ok = False
        elif name_problem(text["full_name"]) is not None:
            self.plan.problem(sheet.title, ref("full_name"), name_problem(text["full_name"]) or "")
            ok = False
        else:
            values["full_name"] = " ".join(text["full_name"].split())
        for parent in ("father_name", "mother_name", "guardian_name"):
            if text.get(parent) and name_problem(text[parent]) is not None:
                self.plan.problem(sheet.title, ref(parent), name_problem(text[parent]) or "")
                ok = False
        sex = parse_sex(text.get("sex", ""))
        if sex is None:
            self.plan.problem(sheet.title, ref("sex"), _("giới tính “{v}” không hợp lệ (Nam/Nữ)", v=text.get("sex", "")))
            ok = False
        values["sex"] = sex
        try:
            values["birth"] = parse_birth(raw.get("birth"))
        except (InvalidInputError, ValueError) as exc:
            reason = exc.message if isinstance(exc, InvalidInputError) else str(exc)
            self.plan.problem(sheet.title, ref("birth"), reason)
            ok = False
        pid = personal_id_text(raw.get("personal_id"))
        if pid:
            try:
                birth = values.get("birth")
                values["personal_id"] = validate_personal_id(
                    pid, sex=sex if sex in (Sex.MALE, Sex.FEMALE) else None,
                    birth_year=birth.year if isinstance(birth, PartialDate) else None)
            except InvalidInputError as exc:
                self.plan.problem(sheet.title, ref("personal_id"), exc.message)
                ok = False
        if "disabled_not_assessed" in text:
            values["disabled_not_assessed"] = header_key(text["disabled_not_assessed"]) in _YES
        if text.get("exemptions"):
            specs = self.ctx.specs(school_class)
            codes = []
            for part in re.split(r"[,;]", text["exemptions"]):
                spec = catalogue.find_subject(specs, part) if part.strip() else None
                if part.strip() and spec is None:
                    self.plan.problem(sheet.title, ref("exemptions"), _("môn miễn “{m}” không có ở khối {g}",
                                                                        m=part.strip(), g=school_class.grade))
                    ok = False
                elif spec is not None:
                    codes.append(spec.code)
            values["exemptions"] = tuple(codes)
        return values if ok else None

    def _existing(self, sheet: Sheet, text: dict[str, str], raw: dict[str, object], ref) -> str | None:
        """The id of the student this row describes, checking duplicates inside the file."""
        found: str | None = None
        keys = (("id", "system_id", text.get("system_id", "")),
                ("pid", "personal_id", personal_id_text(raw.get("personal_id"))),
                ("code", "student_code", text.get("student_code", "")))
        for kind, field, value in keys:
            if not value:
                continue
            where = f"{sheet.title}!{ref(field)}"
            if (kind, value) in self.seen:
                self.plan.problem(sheet.title, ref(field), _("trùng học sinh với ô {w}", w=self.seen[(kind, value)]))
                continue
            self.seen[(kind, value)] = where
            sid = {"id": value if value in self.ctx.known_ids else None, "pid": self.ctx.by_personal_id.get(value),
                   "code": self.ctx.by_code.get(value)}[kind]
            if kind == "id" and sid is None:
                self.plan.problem(sheet.title, ref(field), _("mã hệ thống không có trong cơ sở dữ liệu"))
            elif sid is not None and found is not None and sid != found:
                self.plan.problem(sheet.title, ref(field), _("thuộc một học sinh khác với các cột nhận dạng còn lại"))
            elif sid is not None:
                found = sid
        return found

    def _create(self, values: dict[str, object], school_class: SchoolClass) -> None:
        student = Student(id=str(uuid.uuid4()), **values)  # type: ignore[arg-type]
        self.plan.new_students.append(student)
        self.plan.enrolments.append(self._enrolment(student, school_class))
        self.ctx.remember(student)
        self.ctx.enrol(student, school_class)
        self.plan.changes.append(_("Thêm học sinh {n} vào lớp {c}.", n=student.full_name, c=school_class.name))

    def _update(self, sheet: Sheet, ref, sid: str, values: dict[str, object], text: dict[str, str],
                school_class: SchoolClass) -> None:
        current = self.ctx.student(sid)
        member = self.ctx.membership.get(sid)
        if member is not None and member != school_class.id:
            other = next((c.name for c in self.ctx.classes.values() if c.id == member), "?")
            self.plan.problem(sheet.title, ref("full_name"), _("học sinh {n} thuộc lớp {o}, không phải lớp {c}",
                                                               n=current.full_name, o=other, c=school_class.name))
            return
        if current.read_only:
            self.plan.problem(sheet.title, ref("full_name"), _("hồ sơ của học sinh {n} chỉ đọc (nhận chuyển đến)",
                                                               n=current.full_name))
            return
        updated = replace(current, **values)
        if updated != current:
            changed = sorted(k for k in values if getattr(updated, k) != getattr(current, k))
            self.plan.updated_students.append(updated)
            self.ctx.remember(updated)
            self.plan.changes.append(_("Cập nhật học sinh {n}: {f}.", n=updated.full_name, f=", ".join(changed)))
        if member is None:
            self.plan.enrolments.append(self._enrolment(updated, school_class))
            self.ctx.enrol(updated, school_class)
            self.plan.changes.append(_("Xếp học sinh {n} vào lớp {c}.", n=updated.full_name, c=school_class.name))

    def _enrolment(self, student: Student, school_class: SchoolClass) -> Enrolment:
        return Enrolment(student.id, self.ctx.year, school_class.name, self.ctx.school.name, self.ctx.school.province,
                         EnrolmentEvent.ENROLLED, None, school_class.id)
