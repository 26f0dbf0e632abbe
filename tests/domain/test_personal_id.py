"""The 12-digit personal ID: structure and consistency with sex and birth year (domain.md §4.3)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.model import Sex
from hocbaso_desktop.domain.personal_id import century_sex_digit, mask, validate_personal_id


def test_valid_ids():
    assert validate_personal_id("079215000123", sex=Sex.MALE, birth_year=2015) == "079215000123"
    assert validate_personal_id(" 001316123456 ", sex=Sex.FEMALE, birth_year=2016) == "001316123456"
    assert validate_personal_id("079090123456", sex=Sex.MALE, birth_year=1990)


@pytest.mark.parametrize("pid", ["07921500012", "0792150001234", "07921500012a", "０７９２１５０００１２３", ""])
def test_wrong_shape(pid):
    with pytest.raises(InvalidInputError):
        validate_personal_id(pid)


def test_unknown_province():
    with pytest.raises(InvalidInputError, match="mã tỉnh"):
        validate_personal_id("003215000123")


def test_sex_must_match_the_fourth_digit():
    with pytest.raises(InvalidInputError, match="giới tính"):
        validate_personal_id("079215000123", sex=Sex.FEMALE)


def test_birth_year_must_match():
    with pytest.raises(InvalidInputError, match="năm sinh"):
        validate_personal_id("079215000123", birth_year=2014)
    with pytest.raises(InvalidInputError, match="năm sinh"):
        validate_personal_id("079015000123", birth_year=2015)  # digit 4 = 0 means the 1900s


def test_message_never_repeats_the_number():
    with pytest.raises(InvalidInputError) as err:
        validate_personal_id("079215000123", sex=Sex.FEMALE, birth_year=2014)
    assert "079215000123" not in err.value.message
    assert mask("079215000123") == "*********123"


@given(st.sampled_from([Sex.MALE, Sex.FEMALE]), st.integers(1900, 2099), st.integers(0, 999999))
def test_generated_ids_validate(sex, year, tail):
    pid = f"079{century_sex_digit(sex, year)}{year % 100:02d}{tail:06d}"
    assert validate_personal_id(pid, sex=sex, birth_year=year) == pid
