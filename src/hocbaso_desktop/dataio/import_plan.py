"""What an import found and would do: problems (sheet, cell, reason), and the changes, as plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Enrolment, SchoolClass, Student, TeachingAssignment


@dataclass(frozen=True)
class Problem:
    """One reason the file cannot be imported: where it is and why (Vietnamese)."""

    sheet: str
    cell: str
    reason: str

    def __str__(self) -> str:
        return _("[{s}!{c}] {r}", s=self.sheet, c=self.cell, r=self.reason)


@dataclass(frozen=True)
class ImportReport:
    """The result of a dry run or of a real import (applied=True only when everything was written)."""

    file: str
    year: str
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    new_classes: tuple[str, ...]
    new_students: int
    updated_students: int
    new_enrolments: int
    new_entries: int
    changed_entries: int
    unchanged_entries: int
    assignments: int
    changes: tuple[str, ...]          # one line per created/changed student, class, assignment or changed value
    applied: bool = False
    unmapped: tuple[Problem, ...] = ()  # columns not recognised (reason = the header): the mapping step
    mapped: int = 0                   # columns read through a mapping (given now or remembered)

    @property
    def ok(self) -> bool:
        """True when there is nothing that prevents the import."""
        return not self.problems

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly form (for scripts and the interface)."""
        data = asdict(self)
        data["ok"] = self.ok
        return data

    def summary(self) -> str:
        """A one-paragraph Vietnamese summary."""
        return _(
            "Năm học {y}: {nc} lớp mới, {ns} học sinh mới, {us} học sinh cập nhật, {ne} mục điểm mới, "
            "{ce} mục điểm thay đổi, {ue} không đổi, {a} phân công; {p} lỗi, {w} cảnh báo.",
            y=self.year, nc=len(self.new_classes), ns=self.new_students, us=self.updated_students,
            ne=self.new_entries, ce=self.changed_entries, ue=self.unchanged_entries, a=self.assignments,
            p=len(self.problems), w=len(self.warnings))


class ImportRejectedError(InvalidInputError):
    """A real import refused because the file has problems; nothing was written. Carries the report."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(_("Không nhập tệp vì có {n} lỗi; không có gì được ghi. Chạy thử (--dry-run) để xem chi tiết.",
                           n=len(report.problems)))
        self.report = report


@dataclass
class ImportPlan:
    """The changes being collected while the sheets are checked (mutable while planning only)."""

    year: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    new_classes: list[SchoolClass] = field(default_factory=list)
    new_students: list[Student] = field(default_factory=list)
    updated_students: list[Student] = field(default_factory=list)
    enrolments: list[Enrolment] = field(default_factory=list)
    new_entries: list[AssessmentEntry] = field(default_factory=list)
    changed_entries: list[AssessmentEntry] = field(default_factory=list)
    unchanged_entries: int = 0
    assignments: list[TeachingAssignment] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    unmapped: list[Problem] = field(default_factory=list)
    remember: dict[str, dict[str, str]] = field(default_factory=dict)  # header shape → mapping to keep
    mapped: int = 0

    def problem(self, sheet: str, cell: str, reason: str) -> None:
        """Record a problem."""
        self.problems.append(Problem(sheet, cell, reason))

    def warning(self, sheet: str, cell: str, reason: str) -> None:
        """Record a warning (the import may still go ahead)."""
        self.warnings.append(Problem(sheet, cell, reason))

    def report(self, file: str, *, applied: bool) -> ImportReport:
        """Freeze into a report."""
        return ImportReport(
            file, self.year, tuple(self.problems), tuple(self.warnings), tuple(c.name for c in self.new_classes),
            len(self.new_students), len(self.updated_students), len(self.enrolments), len(self.new_entries),
            len(self.changed_entries), self.unchanged_entries, len(self.assignments), tuple(self.changes),
            applied, tuple(self.unmapped), self.mapped)
