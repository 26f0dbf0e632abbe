"""School years and partial dates of birth: accepted forms, and clear refusals."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hocbaso_desktop.domain.model import PartialDate, parse_school_year, school_year_of
from hocbaso_desktop.errors import InvalidInputError


@pytest.mark.parametrize("text,expected", [("05/03/2015", PartialDate(2015, 3, 5)), ("2015-03-05", PartialDate(2015, 3, 5)),
                                           ("3/2015", PartialDate(2015, 3)), ("2015", PartialDate(2015))])
def test_parse_forms(text, expected):
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize("text", ["31/02/2015", "01/13/2015", "5-3-15", "abc", "", "2015/03/05", "00/2015"])
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


@given(st.text(max_size=12))
def test_parse_never_raises_anything_but_invalid_input(text):
    with contextlib.suppress(InvalidInputError):
        PartialDate.parse(text)
