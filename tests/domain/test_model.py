"""School years and partial dates of birth: accepted forms, and clear refusals."""

from __future__ import annotations

import datetime
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.model import PartialDate, parse_school_year, school_year_of


@pytest.mark.parametrize("text,expected", [("05/03/2015", PartialDate(2015, 3, 5)), ("2015-03-05", PartialDate(2015, 3, 5)),
                                           ("3/2015", PartialDate(2015, 3)), ("2015", PartialDate(2015))])
def test_parse_forms(text, expected):
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize("text", ["31/02/2015", "01/13/2015", "5-3-15", "abc", "", "2015/03/05", "00/2015", "3/15",
                                  "2015x", "13/2015", "2015-13-01", "05.03.2015"])
def test_impossible_or_malformed_dates_are_refused(text):
    with pytest.raises(InvalidInputError):
        PartialDate.parse(text)


def test_display_and_iso():
    assert PartialDate(2015, 3, 5).display() == "05/03/2015" and PartialDate(2015, 3).iso() == "2015-03"


def test_school_years():
    assert school_year_of(date(2026, 11, 23)) == "2026-2027"
    assert school_year_of(date(2027, 5, 20)) == "2026-2027"
    assert parse_school_year("2025-2026") == "2025-2026"
    with pytest.raises(InvalidInputError):
        parse_school_year("2025-2027")


def _expected_partial_date(text: str) -> tuple[int, int | None, int | None] | None:
    """An oracle written apart from the parser: (year, month, day) for a real date in an accepted form, else None."""
    t = text.strip()
    forms = ((r"(\d{4})-(\d{1,2})-(\d{1,2})", (1, 2, 3)), (r"(\d{1,2})/(\d{1,2})/(\d{4})", (3, 2, 1)),
             (r"(\d{1,2})/(\d{4})", (2, 1, None)), (r"(\d{4})", (1, None, None)))
    for pattern, (yi, mi, di) in forms:
        found = re.fullmatch(pattern, t)
        if found:
            y = int(found.group(yi))
            m = None if mi is None else int(found.group(mi))
            d = None if di is None else int(found.group(di))
            try:
                datetime.date(y, 1 if m is None else m, 1 if d is None else d)
            except ValueError:
                return None
            return y, m, d
    return None


@st.composite
def _date_like(draw: st.DrawFn) -> str:
    """Text shaped like a date, so that the accepted forms come up as often as their near misses: a day, a month and
    a year (four digits or two; zero-padded or not; some out of range) in one of several orders, joined by one
    separator, now and then with a space around or a letter after."""
    parts = {"d": draw(st.integers(0, 33)), "m": draw(st.integers(0, 13)),
             "y": draw(st.one_of(st.integers(1000, 2100), st.integers(0, 99)))}
    shape = draw(st.sampled_from(["dmy", "my", "y", "ymd", "dm", "mdy"]))
    texts = [f"{parts[p]:02d}" if draw(st.booleans()) else str(parts[p]) for p in shape]
    text = draw(st.sampled_from("//--. ")).join(texts)
    return draw(st.sampled_from(["", "", " "])) + text + draw(st.sampled_from(["", "", "", " ", "x", "/"]))


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=12), _date_like()))
def test_parse_gives_the_date_the_text_names_or_refuses_with_invalid_input(text):
    expected = _expected_partial_date(text)
    if expected is None:
        with pytest.raises(InvalidInputError):
            PartialDate.parse(text)
    else:
        assert PartialDate.parse(text) == PartialDate(*expected)


@given(st.dates(min_value=datetime.date(1000, 1, 1)), st.booleans())
def test_every_real_date_in_each_accepted_form_parses_to_what_it_names(day, padded):
    """The accepting side, for every form (the property above meets real dates only now and then)."""
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    assert PartialDate.parse(f"{d}/{m}/{day.year}") == PartialDate(day.year, day.month, day.day)
    assert PartialDate.parse(f"{day.year}-{m}-{d}") == PartialDate(day.year, day.month, day.day)
    assert PartialDate.parse(f"{m}/{day.year}") == PartialDate(day.year, day.month)
    assert PartialDate.parse(f" {day.year} ") == PartialDate(day.year)
