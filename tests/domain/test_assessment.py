"""AssessmentEntry validation and the ĐĐGtx count (domain.md §2.4–§2.6, §3.2–§3.4, §4.4, §7 items 3 and 9)."""

from __future__ import annotations

import unicodedata

import pytest

from hocbaso_desktop.domain.assessment import (
    AssessmentEntry,
    regular_assessment_count,
    validate_entry,
)
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.settings import EvaluationSettings


def entry(subject: str, period: str, component: str, value: str) -> AssessmentEntry:
    return AssessmentEntry("hs1", subject, period, component, value)


@pytest.mark.parametrize(("periods", "count"), [(35, 2), (36, 3), (70, 3), (71, 4), (105, 4), (140, 4), (1, 2)])
def test_regular_assessment_count_section_3_3(periods: int, count: int) -> None:
    """§3.3 / §7.3: 35 → 2, 36 → 3, 70 → 3, 71 → 4, 105 → 4."""
    assert regular_assessment_count(periods) == count


@pytest.mark.parametrize("periods", [0, -35, True])
def test_regular_assessment_count_refuses_non_positive(periods: int) -> None:
    """A subject without periods has no ĐĐGtx count."""
    with pytest.raises(InvalidInputError):
        regular_assessment_count(periods)


@pytest.mark.parametrize(("level", "grade", "given", "expected"), [
    ("thcs", 6, entry("toan", "HK1", "TX1", "7,50"), entry("TOAN", "hk1", "tx1", "7.5")),
    ("thcs", 6, entry("TOAN", "hk1", "gk", "8.0"), entry("TOAN", "hk1", "gk", "8")),
    ("thcs", 6, entry("GDTC", "hk1", "result", "cd"), entry("GDTC", "hk1", "result", "CĐ")),
    ("thcs", 6, entry("GDTC", "hk2", "tx2", "D"), entry("GDTC", "hk2", "tx2", "Đ")),
    ("thcs", 6, entry("_conduct", "summer", "level", "Chưa đạt"), entry("_conduct", "summer", "level", "CĐ")),
    ("thcs", 6, entry("_conduct", "hk1", "level", "khá"), entry("_conduct", "hk1", "level", "K")),
    ("thcs", 6, entry("TOAN", "retest", "retest", "5.5"), entry("TOAN", "retest", "retest", "5.5")),
    ("thcs", 6, entry("_absences", "cn", "total", "46"), entry("_absences", "cn", "total", "46")),
    ("tieuhoc", 4, entry("TV", "gk1", "level", "t"), entry("TV", "gk1", "level", "T")),
    ("tieuhoc", 4, entry("TV", "gk1", "test", "9"), entry("TV", "gk1", "test", "9")),
    ("tieuhoc", 4, entry("KH", "cn", "test", "m"), entry("KH", "cn", "test", "M")),
    ("tieuhoc", 4, entry("TOAN", "cn", "retest", "6"), entry("TOAN", "cn", "retest", "6")),
    ("tieuhoc", 1, entry("_quality", "cn", "trungthuc", "d"), entry("_quality", "cn", "trungthuc", "Đ")),
    ("tieuhoc", 1, entry("_competency", "gk1", "tinhtoan", "C"), entry("_competency", "gk1", "tinhtoan", "C")),
    ("tieuhoc", 1, entry("_absences", "cn", "excused", "3"), entry("_absences", "cn", "excused", "3")),
    ("tieuhoc", 1, entry("_general", "cn", "reassessed", "ht"), entry("_general", "cn", "reassessed", "HT")),
    ("thpt", 10, entry("VL", "hk1", "cd1", "9"), entry("VL", "hk1", "cd1", "9")),
])
def test_validate_entry_normalises(level: str, grade: int, given: AssessmentEntry, expected: AssessmentEntry) -> None:
    """Codes upper-case (D → Đ, CD → CĐ, full names), decimal comma, "7.50" → "7.5", periods lower-case."""
    assert validate_entry(level, grade, given) == expected


def test_comments_are_nfc_and_limited_to_the_dictionary_length() -> None:
    """§4.4: nxetgvcn 2000, nxetphamchat 500; NFD input is stored NFC."""
    nfd = unicodedata.normalize("NFD", "Em chăm chỉ, tiến bộ rõ rệt.")
    result = validate_entry("tieuhoc", 2, entry("_general", "cn", "comment", nfd))
    assert result.value == unicodedata.normalize("NFC", nfd)
    assert validate_entry("thcs", 7, entry("TOAN", "cn", "comment", "x" * 2000)).value == "x" * 2000
    with pytest.raises(InvalidInputError) as err:
        validate_entry("thcs", 7, entry("TOAN", "cn", "comment", "x" * 2001))
    assert "2000" in err.value.message
    with pytest.raises(InvalidInputError):
        validate_entry("tieuhoc", 2, entry("_quality", "cn", "comment", "x" * 501))


@pytest.mark.parametrize(("level", "grade", "bad", "field", "words"), [
    ("thcs", 6, entry("HOAHOC", "hk1", "tx1", "7"), "subject", "không có môn"),
    ("tieuhoc", 2, entry("KH", "cn", "level", "T"), "subject", "không có môn"),
    ("tieuhoc", 3, entry("TV", "gk1", "test", "9"), "component", "không có bài kiểm tra"),
    ("tieuhoc", 4, entry("DD", "cn", "test", "9"), "component", "không có bài kiểm tra"),
    ("tieuhoc", 4, entry("NN1", "gk2", "test", "9"), "component", "giữa học kì II"),
    ("tieuhoc", 4, entry("TV", "ck1", "retest", "9"), "component", "Điểm kiểm tra lại"),
    ("thcs", 6, entry("TOAN", "hk1", "tx5", "7"), "component", "4 điểm"),
    ("thcs", 6, entry("GDCD", "hk1", "tx3", "7"), "component", "2 điểm"),
    ("thcs", 6, entry("TOAN", "hk1", "gk", "10.5"), "value", "từ 0 đến 10"),
    ("thcs", 6, entry("TOAN", "hk1", "gk", "-1"), "value", "từ 0 đến 10"),
    ("thcs", 6, entry("TOAN", "hk1", "gk", "7.55"), "value", "một chữ số thập phân"),
    ("thcs", 6, entry("TOAN", "hk1", "gk", "bảy"), "value", "không phải là điểm"),
    ("thcs", 6, entry("TOAN", "hk1", "result", "Đ"), "value", "chỉ nhận M"),
    ("thcs", 6, entry("GDTC", "hk1", "gk", "7"), "value", "Đ (Đạt), CĐ (Chưa đạt)"),
    ("thcs", 6, entry("GDTC", "hk1", "tx3", "Đ"), "component", "tx3"),
    ("thcs", 6, entry("TOAN", "cn", "gk", "7"), "component", "cuối năm"),
    ("thcs", 6, entry("TOAN", "hk1", "cd1", "7"), "component", "Chuyên đề 1"),
    ("thcs", 6, entry("_conduct", "hk1", "level", "Giỏi"), "value", "T (Tốt), K (Khá), Đ (Đạt), CĐ (Chưa đạt)"),
    ("thcs", 6, entry("_absences", "cn", "total", "2.5"), "value", "số nguyên"),
    ("thcs", 6, entry("_absences", "hk1", "total", "2"), "period", "cuối năm"),
    ("thcs", 6, entry("_quality", "hk1", "yeunuoc", "T"), "subject", "không có môn"),
    ("thcs", 6, entry("TOAN", "gk1", "tx1", "7"), "period", "kì đánh giá"),
    ("tieuhoc", 4, entry("TV", "cn", "test", "9.5"), "value", "số nguyên"),
    ("tieuhoc", 4, entry("TV", "cn", "test", "0"), "value", "từ 1 đến 10"),
    ("tieuhoc", 4, entry("TV", "cn", "test", "11"), "value", "từ 1 đến 10"),
    ("tieuhoc", 4, entry("TV", "cn", "level", "Đ"), "value", "T (Hoàn thành tốt), H (Hoàn thành), C (Chưa hoàn thành), M (miễn học)"),
    ("tieuhoc", 4, entry("_quality", "cn", "yeunuoc", "H"), "value", "T (Tốt), Đ (Đạt), C (Cần cố gắng)"),
    ("tieuhoc", 4, entry("_quality", "cn", "tuhoc", "T"), "component", "Tự chủ và tự học"),
    ("tieuhoc", 4, entry("_absences", "cn", "excused", "201"), "value", "0 đến 200"),
    ("tieuhoc", 4, entry("_general", "cn", "principal_decision", "yes"), "value", "lenlop"),
    ("tieuhoc", 4, entry("TV", "summer", "level", "T"), "period", "kì đánh giá"),
])
def test_validate_entry_rejects(level: str, grade: int, bad: AssessmentEntry, field: str, words: str) -> None:
    """Unknown subjects, components not due (untested checkpoint, tx5 of 4), ranges, decimals and codes."""
    with pytest.raises(InvalidInputError) as err:
        validate_entry(level, grade, bad)
    assert err.value.field == field
    assert words in err.value.message
    assert bad.value in err.value.message  # the message names the value…


def test_error_message_names_subject_and_period() -> None:
    """The Vietnamese message names the subject and the period, e.g. for a primary decimal test score."""
    with pytest.raises(InvalidInputError) as err:
        validate_entry("tieuhoc", 5, entry("TOAN", "gk2", "test", "8.5"))
    assert err.value.message.startswith("Toán, giữa học kì II, Điểm KTĐK “8.5”")


def test_zero_test_score_is_a_setting_section_2_5() -> None:
    """§2.5 / §8.7: a KTĐK score of 0 is refused by default and accepted by primary_allow_zero_score."""
    zero = entry("TV", "cn", "test", "0")
    with pytest.raises(InvalidInputError):
        validate_entry("tieuhoc", 3, zero)
    assert validate_entry("tieuhoc", 3, zero, EvaluationSettings(primary_allow_zero_score=True)).value == "0"


def test_chuyen_de_counting_is_a_setting_section_3_3() -> None:
    """§3.3: THPT chuyên đề results are accepted as extra ĐĐGtx only while the setting is on."""
    topic = entry("TOAN", "hk2", "cd2", "8.5")
    assert validate_entry("thpt", 12, topic).value == "8.5"
    with pytest.raises(InvalidInputError):
        validate_entry("thpt", 12, topic, EvaluationSettings(chuyen_de_counts_as_regular=False))
    with pytest.raises(InvalidInputError):
        validate_entry("thpt", 12, entry("TOAN", "hk2", "cd4", "8"))


def test_split_thcn_changes_the_accepted_codes() -> None:
    """§2.2 setting: with split_thcn the parts TIN and CNG take tests; THCN no longer exists."""
    split = EvaluationSettings(split_thcn=True)
    assert validate_entry("tieuhoc", 4, entry("TIN", "cn", "test", "8"), split).subject == "TIN"
    with pytest.raises(InvalidInputError):
        validate_entry("tieuhoc", 4, entry("THCN", "cn", "test", "8"), split)


def test_class_subjects_override_periods_per_year() -> None:
    """§3.2 [design]: periods per year come from the class; 35 periods allow only tx1–tx2."""
    toan35 = (SubjectSpec("TOAN", "Toán", "score", (), 35),)
    assert validate_entry("thcs", 6, entry("TOAN", "hk1", "tx2", "7"), subjects=toan35).value == "7"
    with pytest.raises(InvalidInputError):
        validate_entry("thcs", 6, entry("TOAN", "hk1", "tx3", "7"), subjects=toan35)


@pytest.mark.parametrize(("level", "grade"), [("daihoc", 1), ("thcs", 3), ("tieuhoc", "4")])
def test_bad_level_or_grade_is_invalid_input(level: str, grade: object) -> None:
    """Even a wrong level or grade surfaces as InvalidInputError (never NotFoundError or ValueError)."""
    with pytest.raises(InvalidInputError):
        validate_entry(level, grade, entry("TV", "cn", "level", "T"))  # type: ignore[arg-type]


def test_missing_student_id() -> None:
    """An entry must name its student."""
    with pytest.raises(InvalidInputError) as err:
        validate_entry("tieuhoc", 1, AssessmentEntry(" ", "TV", "cn", "level", "T"))
    assert err.value.field == "student_id"
