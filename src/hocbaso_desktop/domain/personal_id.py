"""The 12-digit personal identification number (số định danh cá nhân), domain.md §4.3.

Digits 1–3: province/country code of birth registration; digit 4: century and sex (1900s male 0 /
female 1, 2000s 2/3, 2100s 4/5, …); digits 5–6: last two digits of the birth year; 7–12 random.
There is no check digit, so validation checks the structure and its consistency with the person.
"""

from __future__ import annotations

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Sex

# Province codes of birth registration (NĐ 137/2015 appendix, pre-2025 provinces; 001–096), as
# digits 1–3. Citizens born abroad are registered under these too, so any code outside is refused.
_PROVINCE_CODES = frozenset({
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38,
    40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80,
    82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
})


def mask(personal_id: str) -> str:
    """Return the ID with all but the last three digits hidden, for logs and messages."""
    return "*" * max(0, len(personal_id) - 3) + personal_id[-3:]


def validate_personal_id(value: str, *, sex: Sex | None = None, birth_year: int | None = None) -> str:
    """Check a personal ID's structure (and, when given, its sex and birth year); return it stripped.

    Raises `InvalidInputError` with a Vietnamese message that never repeats the full number.
    """
    pid = value.strip()
    if len(pid) != 12 or not pid.isascii() or not pid.isdigit():
        raise InvalidInputError(_("Số định danh cá nhân phải gồm đúng 12 chữ số."), field="sodinhdanh")
    if int(pid[:3]) not in _PROVINCE_CODES:
        raise InvalidInputError(
            _("Số định danh cá nhân có mã tỉnh “{c}” không tồn tại.", c=pid[:3]), field="sodinhdanh"
        )
    century_sex = int(pid[3])
    century = 1900 + (century_sex // 2) * 100
    if century > 2300:
        raise InvalidInputError(_("Chữ số thứ 4 của số định danh không hợp lệ."), field="sodinhdanh")
    if sex in (Sex.MALE, Sex.FEMALE):
        expected_female = sex is Sex.FEMALE
        if bool(century_sex % 2) != expected_female:
            raise InvalidInputError(
                _("Số định danh cá nhân không khớp giới tính ({s}).", s=sex.label), field="sodinhdanh"
            )
    if birth_year is not None:
        year = century + int(pid[4:6])
        if year != birth_year:
            raise InvalidInputError(
                _("Số định danh cá nhân không khớp năm sinh {y}.", y=birth_year), field="sodinhdanh"
            )
    return pid


def century_sex_digit(sex: Sex, birth_year: int) -> int:
    """The 4th digit for a person of this sex born in this year (used to make demo IDs)."""
    base = (birth_year // 100 - 19) * 2
    return base + (1 if sex is Sex.FEMALE else 0)
