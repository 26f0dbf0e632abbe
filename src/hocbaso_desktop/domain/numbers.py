"""Decimal helpers for scores: the ONE place where scores are parsed and rounded.

Every score and average is a `decimal.Decimal` built from a string or an integer (never a float: the
float nearest 8.95 is 8.9499…, which would round down), and averages are quantised to 0.1 with
ROUND_HALF_UP (domain.md §3.5: Python's ``round(8.25, 1)`` gives 8.2, the học bạ must show 8.3).
"""

from __future__ import annotations

import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ONE_DECIMAL = Decimal("0.1")
ZERO = Decimal(0)
TEN = Decimal(10)


def parse_decimal(text: str) -> Decimal | None:
    """Parse a score written as "7", "7.5", "7,5", " 7.50 " or full-width "７，５"; None if not a finite number."""
    # NFKC: a Vietnamese IME in full-width mode types U+FF10–FF19 digits and U+FF0C/FF0E comma and point.
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", ".")
    body = cleaned[1:] if cleaned[:1] in ("+", "-") else cleaned
    digits = body.replace(".", "", 1)
    # Decimal() also accepts "NaN", "Infinity", exponents and non-ASCII digits; a score is plain ASCII.
    if not digits.isascii() or not digits.isdigit():
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value


def decimal_places(value: Decimal) -> int:
    """Return how many significant decimal places `value` has ("7.50" → 1, "8.0" → 0)."""
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    assert isinstance(exponent, int)  # finite by construction (parse_decimal)
    return max(0, -exponent)


def round_half_up(value: Decimal) -> Decimal:
    """Round to one decimal place, half-up (8.25 → 8.3, 4.999 → 5.0)."""
    return value.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def format_average(value: Decimal) -> str:
    """Show an average as printed in the học bạ: always one decimal ("6.0", "7.6")."""
    return str(round_half_up(value))


def format_score(value: Decimal) -> str:
    """Show an entered score in its shortest exact form ("7.50" → "7.5", "8.0" → "8", "0" → "0")."""
    normal = value.normalize()
    if decimal_places(normal) == 0:
        return str(int(normal))
    return f"{normal:f}"


def to_decimal(value: str | int | Decimal) -> Decimal:
    """Convert a stored score (string, int or Decimal, never float) to Decimal; raise ValueError otherwise."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"not a score: {value!r}")
    parsed = parse_decimal(str(value))
    if parsed is None:
        raise ValueError(f"not a score: {value!r}")
    return parsed
