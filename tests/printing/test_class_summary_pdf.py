"""Class summary sheets: landscape A4, every student once, rows never split, columns per checkpoint."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import nfc
from hocbaso_desktop.domain.model import Level
from hocbaso_desktop.domain.record_book import PrimaryOutcome
from hocbaso_desktop.printing import SummaryRow, render_class_summary
from tests.fixtures.printing import CREATED, HOMEROOM, pdf_fonts, pdf_info, pdf_words, record_book


def _class_rows(level: Level, grade: int, count: int) -> list[SummaryRow]:
    books = [record_book(i, level, grade) for i in range(1, count + 1)]
    return [SummaryRow(b.student, b.pages[0]) for b in books]


@pytest.fixture(scope="module")
def primary_class() -> list[SummaryRow]:
    """40 grade-4 students: more than one landscape page."""
    return _class_rows(Level.TIEU_HOC, 4, 40)


def _render(rows: list[SummaryRow], period: str):
    page = rows[0].page
    book = record_book(1, Level(page.level), page.grade)
    return render_class_summary(book.school, page.school_class, rows, page.subjects, period, created=CREATED,
                                homeroom_teacher=HOMEROOM, prefer_system_font=False)


def _student_rows(data: bytes) -> dict[str, list[tuple[float, str]]]:
    """Each row by its STT number (the first column): the words level with it on its page, left to right."""
    words = pdf_words(data)
    rows: dict[str, list[tuple[float, str]]] = {}
    for page, _pw, _ph, x1, y1, _x2, y2, word in words:
        if x1 < 45 and word.isdigit():
            middle = (y1 + y2) / 2
            assert word not in rows, f"STT {word} printed twice"
            rows[word] = sorted((w[3], w[7]) for w in words
                                if w[0] == page and abs((w[4] + w[6]) / 2 - middle) < 4)
    return rows


@pytest.mark.parametrize("period", ["gk1", "ck1", "gk2", "cn"])
def test_primary_sheet_is_landscape_embedded_with_every_student(primary_class: list[SummaryRow], period: str) -> None:
    rendered = _render(primary_class, period)
    info = pdf_info(rendered.data)
    assert rendered.page_count == 2
    assert all(info[f"Page {n:4d} size"].startswith("841.89 x 595.276") for n in range(1, rendered.page_count + 1))
    assert all(embedded for _n, embedded in pdf_fonts(rendered.data))
    words = pdf_words(rendered.data)
    assert all(w[3] >= 0 and w[5] <= w[1] and w[4] >= 0 and w[6] <= w[2] for w in words)
    rows = _student_rows(rendered.data)
    assert sorted(rows, key=int) == [str(n) for n in range(1, len(primary_class) + 1)]
    for number, row in enumerate(primary_class, start=1):
        # the name, date of birth and levels on the same page and line as the STT: no row is split
        texts = [w for _x, w in rows[str(number)]]
        assert " ".join(texts[1:4]) == nfc(row.student.full_name), texts
        assert row.student.birth.display() in texts
        values = row.page.values()
        assert texts.count(values.get("TV", period, "level")) >= 1


def test_year_end_sheet_ticks_the_result_of_each_student(primary_class: list[SummaryRow]) -> None:
    rendered = _render(primary_class, "cn")
    rows = _student_rows(rendered.data)
    words = pdf_words(rendered.data)
    heads = {w[7]: (w[3] + w[5]) / 2 for w in words if w[7] in ("HTXS", "HTT", "HT", "CHT") and w[0] == 0}
    for number, row in enumerate(primary_class, start=1):
        outcome = row.page.outcome
        assert isinstance(outcome, PrimaryOutcome)
        ticks = [x for x, w in rows[str(number)] if w == "x"]
        # The tick is under its result's (vertical) heading: nearest heading column wins.
        nearest = min(heads, key=lambda code: min(abs(heads[code] - x - 2) for x in ticks))
        assert nearest == outcome.result


def test_secondary_sheet_has_subject_results_and_levels() -> None:
    rows = _class_rows(Level.THCS, 7, 8)
    rendered = _render(rows, "hk1")
    printed = _student_rows(rendered.data)
    for number, row in enumerate(rows, start=1):
        texts = [w for _x, w in printed[str(number)]]
        first = row.page.subjects[0].code
        assert row.page.outcome.subjects[first].hk1 in texts
        assert row.page.outcome.learning[0] in texts


def test_unknown_period_is_refused(primary_class: list[SummaryRow]) -> None:
    with pytest.raises(InvalidInputError):
        _render(primary_class[:2], "hk1")
