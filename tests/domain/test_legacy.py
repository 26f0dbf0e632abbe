"""domain/legacy.py: paper pages are checked and normalised as written, never re-evaluated."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.legacy import (
    LegacySubject,
    LegacyYearResult,
    legacy_subject_code,
    payload_fields,
    validate_legacy,
)


def _tt58(**kw) -> LegacyYearResult:
    base = dict(regulation="58/2011", year="2019-2020", grade=7, class_name=" 7A ",
                subjects=(LegacySubject("TOAN", "Toán", "8,3"), LegacySubject("TD", "Thể dục", "đ"),
                          LegacySubject("NV", "Ngữ văn", "M")),
                learning="tb", conduct="K", average="6.0", absences=4, promoted=True, title="hstt")
    base.update(kw)
    return LegacyYearResult(**base)


def test_tt58_values_are_normalised_not_recomputed():
    r = validate_legacy(_tt58())
    assert [s.value for s in r.subjects] == ["8.3", "Đ", "M"]          # "8,3" (comma) → "8.3"
    # học lực is kept as written: a TB student with an 8.3 is not "corrected" from the scores
    assert (r.learning, r.conduct, r.title, r.class_name) == ("Trung bình", "Khá", "Học sinh tiên tiến", "7A")
    rows, summary = payload_fields(r)
    assert rows[0] == ("TOAN", "Toán", {"diemcanam": "8.3"})
    assert summary == {"canam": "Trung bình", "renluyencanam": "Khá", "diemtongket": "6.0", "sobuoinghi": "4",
                       "duoclenlop": True, "ndungkhenthuong": "Học sinh tiên tiến"}


@pytest.mark.parametrize(("change", "field"), [
    ({"learning": "Xuất sắc"}, "hocluc"),
    ({"conduct": "Kém"}, "hanhkiem"),                  # Kém is a học lực category, not a hạnh kiểm one
    ({"subjects": (LegacySubject("TOAN", "Toán", "10.5"),)}, "Toán"),
    ({"subjects": (LegacySubject("TOAN", "Toán", "7.25"),)}, "Toán"),   # year averages have one decimal
    ({"subjects": (LegacySubject("TOAN", "Toán", "8"), LegacySubject("TOAN", "Toán", "9"))}, "bangdiem"),
    ({"subjects": ()}, "bangdiem"),
    ({"year": "2019-2021"}, "namhoc"),
    ({"grade": 4}, "makhoi"),
    ({"regulation": "26/2020"}, "thongtu"),
    ({"title": "Học sinh Xuất sắc"}, "ndungkhenthuong"),
    ({"absences": 400}, "sobuoinghi"),
    ({"average": "abc"}, "Điểm trung bình các môn"),
])
def test_tt58_refusals_name_the_field(change, field):
    with pytest.raises(InvalidInputError) as info:
        validate_legacy(_tt58(**change))
    assert info.value.field == field and info.value.message


def test_tt22_and_tt27_pages_keep_their_own_categories():
    tt22 = validate_legacy(LegacyYearResult("22/2021", "2022-2023", 6, "6B", (LegacySubject("NV", "Ngữ văn", "7.5"),
                                            LegacySubject("GDTC", "Giáo dục thể chất", "Đ")), learning="K",
                                            conduct="T", title="Học sinh Giỏi"))
    assert (tt22.learning, tt22.conduct) == ("K", "T")
    with pytest.raises(InvalidInputError):
        validate_legacy(LegacyYearResult("22/2021", "2022-2023", 6, "6B", (LegacySubject("NV", "Ngữ văn", "7"),),
                                         learning="Giỏi"))
    tt27 = validate_legacy(LegacyYearResult("27/2020", "2021-2022", 3, "3A", (
        LegacySubject("TV", "Tiếng Việt", "t (10)"), LegacySubject("DD", "Đạo đức", "H")), learning="HTXS"))
    assert [(s.value, s.test) for s in tt27.subjects] == [("T", "10"), ("H", "")]
    rows, summary = payload_fields(tt27)
    assert rows[0][2] == {"mucdatduoc": "T", "diemkiemtradinhky": "10"} and summary == {"xeploai": "HTXS"}
    for bad in ({"subjects": (LegacySubject("TV", "Tiếng Việt", "Giỏi"),)}, {"conduct": "Tốt"},
                {"subjects": (LegacySubject("TV", "Tiếng Việt", "T 11"),)}, {"average": "8.0"}):
        with pytest.raises(InvalidInputError):
            validate_legacy(LegacyYearResult(**{**dict(regulation="27/2020", year="2021-2022", grade=3,
                                                        class_name="3A", subjects=tt27.subjects), **bad}))


def test_legacy_subject_names_with_or_without_diacritics():
    assert legacy_subject_code("Vật lý") == ("VL", "Vật lí")
    assert legacy_subject_code("hoa hoc") == ("HH", "Hoá học")
    assert legacy_subject_code("Tiếng Anh") == ("NN1", "Ngoại ngữ")
    assert legacy_subject_code("Khoa học tự nhiên") is None
