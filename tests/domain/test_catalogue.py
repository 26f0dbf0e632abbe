"""The subject catalogue (domain.md §2.2 primary, §3.2 secondary, §2.6 qualities and competencies)."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.catalogue import find_subject, legacy_codes, subject_by_code, subjects_for
from hocbaso_desktop.domain.errors import NotFoundError


def codes(level: str, grade: int, **kw: bool) -> list[str]:
    return [s.code for s in subjects_for(level, grade, **kw)]


def test_primary_subjects_per_grade_follow_section_2_2() -> None:
    """§2.2: TNXH in grades 1–3, LS&ĐL and Khoa học in 4–5, Tin học và Công nghệ from grade 3."""
    assert codes("tieuhoc", 1) == ["TV", "TOAN", "NN1", "DD", "TNXH", "GDTC", "NT", "HDTN", "TDT"]
    assert codes("tieuhoc", 3) == ["TV", "TOAN", "NN1", "DD", "TNXH", "THCN", "GDTC", "NT", "HDTN", "TDT"]
    assert codes("tieuhoc", 5) == ["TV", "TOAN", "NN1", "DD", "LSDL", "KH", "THCN", "GDTC", "NT", "HDTN", "TDT"]


def test_primary_tested_checkpoints_art_7_1_b() -> None:
    """§2.2: tests at end HK1 and end of year; grades 4–5 add mid HK1/HK2 for TV and Toán; Khoa học is tested."""
    g3 = {s.code: s.tested_periods for s in subjects_for("tieuhoc", 3)}
    g4 = {s.code: s.tested_periods for s in subjects_for("tieuhoc", 4)}
    assert g3["TV"] == ("ck1", "cn") and g3["TOAN"] == ("ck1", "cn")
    assert g4["TV"] == ("gk1", "ck1", "gk2", "cn") and g4["TOAN"] == ("gk1", "ck1", "gk2", "cn")
    assert g4["NN1"] == g4["LSDL"] == g4["KH"] == g4["THCN"] == ("ck1", "cn")
    assert g4["DD"] == g4["GDTC"] == g4["NT"] == g4["HDTN"] == g4["TDT"] == ()
    assert all(s.kind == "level" for s in subjects_for("tieuhoc", 4))


def test_foreign_language_is_optional_and_untested_in_grades_1_2() -> None:
    """§2.2: Ngoại ngữ 1 is optional (tự chọn) in grades 1–2; the Art 7.1.b test list is for compulsory subjects."""
    nn1 = subject_by_code("tieuhoc", 2, "NN1")
    assert nn1.optional and nn1.tested_periods == ()
    nn3 = subject_by_code("tieuhoc", 3, "nn1")
    assert not nn3.optional and nn3.tested_periods == ("ck1", "cn")


def test_split_thcn_setting_gives_two_tested_parts() -> None:
    """§2.2 setting: Tin học và Công nghệ split into two parts, each with a level and a KTĐK score."""
    split = {s.code: s for s in subjects_for("tieuhoc", 4, split_thcn=True)}
    assert "THCN" not in split
    assert split["TIN"].name == "Tin học" and split["CNG"].name == "Công nghệ"
    assert split["TIN"].tested_periods == split["CNG"].tested_periods == ("ck1", "cn")


def test_secondary_subjects_and_periods_section_3_2() -> None:
    """§3.2: THCS kinds and periods; Công nghệ 35 periods in grades 6–7 and 52 in 8–9."""
    thcs6 = {s.code: s for s in subjects_for("thcs", 6)}
    assert [c for c, s in thcs6.items() if s.kind == "comment"] == ["GDTC", "NTAN", "NTMT", "HDTN", "GDDP"]
    assert thcs6["NV"].periods_per_year == 140 and thcs6["GDCD"].periods_per_year == 35
    assert thcs6["CN"].periods_per_year == 35
    assert subject_by_code("thcs", 8, "CN").periods_per_year == 52
    assert thcs6["NN2"].optional and thcs6["TDT"].optional


def test_thpt_electives_are_optional() -> None:
    """§3.2: THPT compulsory subjects plus electives (4 of 9 chosen), Âm nhạc and Mĩ thuật comment-assessed."""
    thpt = {s.code: s for s in subjects_for("thpt", 11)}
    compulsory = [c for c, s in thpt.items() if not s.optional]
    assert compulsory == ["NV", "TOAN", "NN1", "LS", "GDQPAN", "GDTC", "HDTN", "GDDP"]
    assert thpt["LS"].periods_per_year == 52 and thpt["GDQPAN"].periods_per_year == 35
    assert thpt["AN"].kind == thpt["MT"].kind == "comment"
    assert {c for c in ("DL", "GDKTPL", "VL", "HH", "SH", "CN", "TH") if thpt[c].kind == "score"} == {
        "DL", "GDKTPL", "VL", "HH", "SH", "CN", "TH"}


def test_unknown_codes_grades_and_levels_raise_not_found() -> None:
    """A subject missing from the grade, a grade outside the level and an unknown level are NotFoundError."""
    with pytest.raises(NotFoundError) as err:
        subject_by_code("tieuhoc", 2, "KH")
    assert "KH" in err.value.message and err.value.field == "subject"
    with pytest.raises(NotFoundError):
        subjects_for("thcs", 10)
    with pytest.raises(NotFoundError):
        subjects_for("daihoc", 1)


def test_qualities_and_competencies_section_2_6() -> None:
    """§2.6 and §4.4.1: 5 qualities, 3 general and 7 specific competencies, codes = dictionary suffixes."""
    assert [c for c, _n in catalogue.PRIMARY_QUALITIES] == ["yeunuoc", "nhanai", "chamchi", "trungthuc", "trachnhiem"]
    assert [c for c, _n in catalogue.PRIMARY_GENERAL_COMPETENCIES] == ["tuhoc", "giaotiep", "giaiquyet"]
    assert [c for c, _n in catalogue.PRIMARY_SPECIFIC_COMPETENCIES] == [
        "ngonngu", "tinhtoan", "khoahoc", "congnghe", "tinhoc", "thammi", "thechat"]
    assert catalogue.PRIMARY_ITEM_FIELDS["trungthuc"] == "phamchattrungthuc"
    assert catalogue.PRIMARY_ITEM_FIELDS["tuhoc"] == "nangluctuhoc"
    assert dict(catalogue.PRIMARY_GENERAL_COMPETENCIES)["giaiquyet"] == "Giải quyết vấn đề và sáng tạo"


def test_catalogue_text_is_nfc_and_codes_fit_the_dictionary() -> None:
    """Every name is NFC; every code is short ASCII (data dictionary mamonhoc is varchar 3…6 here, stable)."""
    text = resources.files("hocbaso_desktop").joinpath("resources/subjects.json").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    data = json.loads(text)
    for level in catalogue.LEVELS:
        for raw in data[level]["subjects"]:
            assert raw["code"].isascii() and raw["code"].isupper() and len(raw["code"]) <= 6


def test_find_subject_accepts_nfd_case_and_aliases() -> None:
    """Names match in NFC or NFD, any case, by code or alias."""
    specs = subjects_for("tieuhoc", 4)
    nfd = unicodedata.normalize("NFD", "TIẾNG VIỆT")
    assert find_subject(specs, nfd).code == "TV"  # type: ignore[union-attr]
    assert find_subject(specs, "toan").code == "TOAN"  # type: ignore[union-attr]
    assert find_subject(specs, "Âm nhạc").code == "NT"  # type: ignore[union-attr]
    assert find_subject(specs, "Lịch sử và Địa lý").code == "LSDL"  # type: ignore[union-attr]
    assert find_subject(specs, "Hoá học") is None


def test_thcs_art_is_two_parts_primary_keeps_one_thpt_two_electives() -> None:
    """§3.2: THCS Nghệ thuật (Âm nhạc) and (Mĩ thuật), each 35 periods, comment; primary one NT; THPT AN, MT."""
    for grade in (6, 7, 8, 9):
        specs = subjects_for("thcs", grade)
        an, mt = find_subject(specs, "Âm nhạc"), find_subject(specs, "Mỹ thuật")
        assert an is not None and mt is not None
        assert (an.code, an.name, an.kind, an.periods_per_year) == ("NTAN", "Nghệ thuật (Âm nhạc)", "comment", 35)
        assert (mt.code, mt.name, mt.kind, mt.periods_per_year) == ("NTMT", "Nghệ thuật (Mĩ thuật)", "comment", 35)
        assert find_subject(specs, "Nghệ thuật (Mĩ thuật)") is mt
        assert "NT" not in {s.code for s in specs}
    assert find_subject(subjects_for("tieuhoc", 4), "Mĩ thuật").code == "NT"  # type: ignore[union-attr]
    thpt = subjects_for("thpt", 10)
    assert find_subject(thpt, "Âm nhạc").code == "AN" and find_subject(thpt, "Mĩ thuật").code == "MT"  # type: ignore[union-attr]


def test_a_class_assessed_before_the_split_keeps_the_single_art_subject() -> None:
    """combined_art: the legacy "Nghệ thuật" (NT, 70 periods) in place of the two parts, same position."""
    codes_new = [s.code for s in subjects_for("thcs", 8)]
    old = subjects_for("thcs", 8, combined_art=True)
    codes_old = [s.code for s in old]
    at = codes_new.index("NTAN")
    assert codes_old[:at] == codes_new[:at] and codes_old[at] == "NT" and codes_old[at + 1:] == codes_new[at + 2:]
    assert old[at].name == "Nghệ thuật" and old[at].kind == "comment" and old[at].periods_per_year == 70
    assert subject_by_code("thcs", 8, "NT").name == "Nghệ thuật"  # old data stays readable by code
    assert legacy_codes("thcs") == {"NT"} and legacy_codes("tieuhoc") == frozenset()
