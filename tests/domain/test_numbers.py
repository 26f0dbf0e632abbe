"""Decimal parsing and half-up rounding (domain.md §3.5 rounding traps, §7 item 2)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hocbaso_desktop.domain.numbers import (
    decimal_places,
    format_average,
    format_score,
    parse_decimal,
    round_half_up,
    to_decimal,
)


@pytest.mark.parametrize(("raw", "rounded"), [("8.25", "8.3"), ("6.45", "6.5"), ("7.84", "7.8"), ("4.999", "5.0"),
                                              ("6.65", "6.7"), ("5.4875", "5.5"), ("8.95", "9.0"), ("6.35", "6.4")])
def test_half_up_vectors_of_section_7(raw: str, rounded: str) -> None:
    """§7.2: 8.25 → 8.3, 6.45 → 6.5, 7.84 → 7.8, 4.999 → 5.0 (and the §3.5 traps built from strings)."""
    assert str(round_half_up(Decimal(raw))) == rounded


def test_float_round_would_differ_which_is_why_decimal_is_used() -> None:
    """§3.5: round(8.25, 1) == 8.2 with floats; the học bạ must show 8.3."""
    assert round(8.25, 1) == 8.2
    assert format_average(Decimal("8.25")) == "8.3"


@pytest.mark.parametrize(("text", "value"), [("7", "7"), ("7.5", "7.5"), ("7,5", "7.5"), (" 7.50 ", "7.50"),
                                             ("10", "10"), ("0", "0"), (".5", "0.5")])
def test_parse_decimal_accepts_plain_scores(text: str, value: str) -> None:
    """Scores typed with a point or a Vietnamese decimal comma parse exactly."""
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", " ", "abc", "1e1", "NaN", "Infinity", "7.5.1", "٣", "-", "7 5"])
def test_parse_decimal_rejects_non_scores(text: str) -> None:
    """Exponents, NaN, non-ASCII digits and words are not scores."""
    assert parse_decimal(text) is None


def test_decimal_places_and_format_score() -> None:
    """"7.50" has one significant decimal and is stored as "7.5"; "8.0" as "8"."""
    assert decimal_places(Decimal("7.50")) == 1
    assert decimal_places(Decimal("8.0")) == 0
    assert decimal_places(Decimal("7.55")) == 2
    assert format_score(Decimal("7.50")) == "7.5"
    assert format_score(Decimal("8.0")) == "8"
    assert format_score(Decimal("10")) == "10"
    assert format_average(Decimal("6")) == "6.0"


def test_to_decimal_refuses_floats() -> None:
    """A float never becomes a score: Decimal(8.95) would round to 8.9 (§3.5)."""
    assert to_decimal("8.95") == Decimal("8.95")
    assert to_decimal(7) == Decimal(7)
    with pytest.raises(ValueError):
        to_decimal(8.95)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        to_decimal("x")
