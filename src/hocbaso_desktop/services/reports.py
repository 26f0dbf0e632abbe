"""The school report for the principal and the Sở: results by class and grade, level distribution per
subject, students at risk, and teachers' entry completion; as data (for the GUI's charts), written as Excel
(dataio.report_xlsx) or PDF (printing.school_report_pdf).

Results come from the rules (services.record_book → tt27/tt22); completion counts the values our score
templates ask for (templates.score_columns) against what is entered.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter
from pathlib import Path

from hocbaso_desktop.bulk import collector_paused
from hocbaso_desktop.dataio.import_context import ImportContext
from hocbaso_desktop.dataio.report_xlsx import write_report_xlsx
from hocbaso_desktop.dataio.templates import score_columns
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import ABSENCES, PSEUDO_NAMES
from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError
from hocbaso_desktop.domain.i18n import _, shown_name
from hocbaso_desktop.domain.model import Level
from hocbaso_desktop.domain.numbers import parse_decimal
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.private_files import write_private
from hocbaso_desktop.services.changes import Changed, audited
from hocbaso_desktop.services.record_book import class_record_books
from hocbaso_desktop.storage import audit, school_repo

_ENTRY_KEY = attrgetter("subject", "period", "component")

ABSENCE_LIMIT = 45          # TT22 Art 12: more than 45 days absent in the year means repeating the grade
ABSENCE_WARNING = ABSENCE_LIMIT - 5
NOT_YET = "chưa đủ"         # an outcome the rules cannot give yet (missing values)
_BANDS = ((Decimal(8), "8–10"), (Decimal("6.5"), "6,5–<8"), (Decimal(5), "5–<6,5"), (Decimal("3.5"), "3,5–<5"),
          (Decimal(0), "<3,5"))


@dataclass(frozen=True)
class ClassResult:
    """A class's counts of year results (HTXS/HTT/HT/CHT or T/K/Đ/CĐ, and 'chưa đủ')."""

    class_name: str
    grade: int
    students: int
    results: dict[str, int]


@dataclass(frozen=True)
class SubjectDistribution:
    """How many students reached each level (or score band) of a subject at year end, by grade."""

    grade: int
    subject: str
    counts: dict[str, int]


@dataclass(frozen=True)
class StudentAtRisk:
    """A student who needs attention and why."""

    class_name: str
    full_name: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class EntryCompletion:
    """A teacher's entry progress for a subject in a class (percent to one decimal)."""

    class_name: str
    subject: str
    teacher: str
    entered: int
    expected: int
    percent: str


@dataclass(frozen=True)
class SchoolReport:
    """Everything the report shows."""

    year: str
    school: str
    classes: tuple[ClassResult, ...]
    grades: dict[int, dict[str, int]]
    subjects: tuple[SubjectDistribution, ...]
    at_risk: tuple[StudentAtRisk, ...]
    completion: tuple[EntryCompletion, ...]

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly form."""
        return asdict(self)


def school_report(session, year: str | None = None) -> SchoolReport:
    """Build the report of a school year (default: the latest)."""
    require(session.user, Action.VIEW_RESULTS)
    with collector_paused():  # hundreds of thousands of small acyclic objects: see bulk.py
        return _school_report(session, year)


def _school_report(session, year: str | None) -> SchoolReport:
    db = session.db
    chosen = year or school_repo.latest_year(db)
    if not chosen:
        raise InvalidInputError(_("Chưa có năm học nào."), field="namhoc")
    ctx = ImportContext(db, chosen)
    staff = {s.id: s.full_name for s in school_repo.list_staff(db)}
    classes, subjects, at_risk, completion = [], Counter(), [], []
    grades: dict[int, Counter] = {}
    for school_class in school_repo.list_classes(db, chosen):
        books = class_record_books(session, school_class.id, with_history=False)
        results: Counter = Counter()
        for book in books:
            page = book.page(chosen)
            outcome = page.outcome if page else None
            results[_result_of(outcome, ctx.level) or NOT_YET] += 1
            levels = _subject_levels(page, outcome, ctx.level)
            for code, level in levels.items():
                subjects[(school_class.grade, code, level)] += 1
            reasons = _risks(page, outcome, ctx.level, school_class.grade, levels)
            if reasons:
                at_risk.append(StudentAtRisk(school_class.name, book.student.full_name, tuple(reasons)))
        classes.append(ClassResult(school_class.name, school_class.grade, len(books), dict(results)))
        grades.setdefault(school_class.grade, Counter()).update(results)
        completion += _completion(db, ctx, school_class, books, staff)  # from the books: no second read
    distributions = {}
    for (grade, code, level), n in sorted(subjects.items()):
        distributions.setdefault((grade, code), {})[level] = n
    return SchoolReport(chosen, ctx.school.name, tuple(classes), {g: dict(c) for g, c in grades.items()},
                        tuple(SubjectDistribution(g, subject_name(ctx.level, g, s), c)
                              for (g, s), c in distributions.items()),
                        tuple(at_risk), tuple(completion))


def subject_name(level: str, grade: int, code: str) -> str:
    """A subject (or homeroom item) code as people read it, in the interface's language; unknown codes as they are."""
    if code in PSEUDO_NAMES:
        return _(PSEUDO_NAMES[code])  # i18n: table
    try:
        return shown_name(catalogue.subject_by_code(level, grade, code).name)
    except NotFoundError:
        return code


def _result_of(outcome, level: Level) -> str | None:
    if outcome is None:
        return None
    return outcome.result if level is Level.TIEU_HOC else outcome.learning[2]


def _subject_levels(page, outcome, level: Level) -> dict[str, str]:
    if page is None:
        return {}
    if level is Level.TIEU_HOC:
        return {e.subject: e.value for e in page.entries if e.period == "cn" and e.component == "level"
                and not e.subject.startswith("_")}
    out = {}
    for code, result in (outcome.subjects.items() if outcome else ()):
        value = parse_decimal(result.year) if result.year else None
        out[code] = next(name for low, name in _BANDS if value >= low) if value is not None else (result.year or NOT_YET)
    return out


def _risks(page, outcome, level: Level, grade: int, levels: dict[str, str]) -> list[str]:
    if page is None:
        return []
    reasons = []
    result = _result_of(outcome, level)
    if result in ("CHT", "CĐ"):
        reasons.append(_("kết quả cả năm {r}", r=result))
    if level is not Level.TIEU_HOC and outcome is not None and outcome.conduct[2] == "CĐ":
        reasons.append(_("rèn luyện cả năm Chưa đạt"))
    weak = sorted(subject_name(level, grade, code) for code, v in levels.items()
                  if v in ("C", "CĐ", "<3,5"))
    if weak:
        reasons.append(_("môn chưa đạt: {m}", m=", ".join(weak)))
    absences = sum(int(v) for e in page.entries if e.subject == ABSENCES and (v := e.value).isdigit())
    if absences >= ABSENCE_WARNING:
        reasons.append(_("nghỉ {n} buổi (giới hạn {m})", n=absences, m=ABSENCE_LIMIT))
    return reasons


def _completion(db, ctx: ImportContext, school_class, books, staff: dict[str, str]) -> list[EntryCompletion]:
    assessed = {b.student.id for b in books if not b.student.disabled_not_assessed}
    columns = score_columns(ctx, school_class)
    wanted = {(s, p, c) for s, p, c, _codes in columns}  # built once per class, not once per entry
    pages = [page for b in books if b.student.id in assessed and (page := b.page(ctx.year)) is not None]
    # the key of each of a class's ~4,000 entries, made in C (attrgetter) rather than by a tuple display
    entered = Counter(key[0] for page in pages for key in map(_ENTRY_KEY, page.entries) if key in wanted)
    expected = Counter(s for s, _p, _c, _codes in columns)
    teachers = {a.subject_code: staff.get(a.teacher_id, "") for a in school_repo.teaching_assignments(db, school_class.id)}
    out = []
    for subject, per_student in expected.items():
        total = per_student * len(assessed)
        done = min(entered[subject], total)
        percent = (Decimal(100) * done / total).quantize(Decimal("0.1"), ROUND_HALF_UP) if total else Decimal(100)
        out.append(EntryCompletion(school_class.name, subject_name(ctx.level, school_class.grade, subject),
                                   teachers.get(subject, ""), done, total, str(percent)))
    return out


def export_report(session, report: SchoolReport, out: Path | str) -> Changed[Path]:
    """Write the report as PDF (.pdf) or Excel (any other name) and log the export (it names students)."""
    require(session.user, Action.VIEW_RESULTS)
    path = Path(out)
    if path.suffix.lower() == ".pdf":
        # reportlab is loaded only for a PDF
        from hocbaso_desktop.printing import render_school_report

        write_private(path, render_school_report(report, created=session.now()).data)
    else:
        write_report_xlsx(report, path)
    with session.db.transaction():
        audit.append(session.db, actor=session.account.username, action="export.report", entity="year",
                     entity_id=report.year, after={"file": path.name})
    return Changed(path, audited())
