"""Results of past school years transcribed from paper học bạ pages (trích lục), validated, never re-evaluated.

A page is kept under the regulation it was written under (domain.md §3.1, §7.1: "never recompute old
pages under new rules"): TT58/2011 pages carry per-subject year averages or Đ/CĐ, học lực
(Giỏi/Khá/Trung bình/Yếu/Kém), hạnh kiểm (Tốt/Khá/Trung bình/Yếu) and the titles "Học sinh giỏi" /
"Học sinh tiên tiến"; TT22/2021 pages their final T/K/Đ/CĐ results; TT27/2020 pages their T/H/C levels,
year-end test scores and HTXS/HTT/HT/CHT. `validate_legacy` only checks and normalises what was
written on paper; it never derives a result from the scores.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from hocbaso_desktop.domain.catalogue import name_key
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import N_, _
from hocbaso_desktop.domain.model import parse_school_year
from hocbaso_desktop.domain.numbers import (
    TEN,
    ZERO,
    decimal_places,
    parse_decimal,
    round_half_up,
)

TT58 = "58/2011"
TT22 = "22/2021"
TT27 = "27/2020"
REGULATIONS = (TT58, TT22, TT27)
EXEMPT = "M"

# The categories are the values stored and printed (Vietnamese); N_ marks them for the screen's label in English.
LEARNING_58 = (N_("Giỏi"), N_("Khá"), N_("Trung bình"), N_("Yếu"), N_("Kém"))      # học lực
CONDUCT_58 = (N_("Tốt"), N_("Khá"), N_("Trung bình"), N_("Yếu"))              # hạnh kiểm
TITLES_58 = (N_("Học sinh giỏi"), N_("Học sinh tiên tiến"))
LEVELS_22 = ("T", "K", "Đ", "CĐ")                              # kết quả học tập / rèn luyện
TITLES_22 = (N_("Học sinh Xuất sắc"), N_("Học sinh Giỏi"))
RESULTS_27 = ("HTXS", "HTT", "HT", "CHT")
TITLES_27 = (N_("Học sinh Xuất sắc"), N_("Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện"))
SUBJECT_LEVELS_27 = ("T", "H", "C")
COMMENT_RESULTS = ("Đ", "CĐ")

# Short forms seen on paper and in spreadsheets → the full category.
_ALIASES = {
    "g": "Giỏi", "gioi": "Giỏi", "k": "Khá", "kha": "Khá", "tb": "Trung bình", "trung binh": "Trung bình",
    "y": "Yếu", "yeu": "Yếu", "kem": "Kém", "t": "Tốt", "tot": "Tốt",
    "dat": "Đ", "d": "Đ", "cd": "CĐ", "chua dat": "CĐ",
    "hsg": "Học sinh giỏi", "hstt": "Học sinh tiên tiến", "tien tien": "Học sinh tiên tiến",
}
_PRIMARY_CELL = re.compile(r"^(?P<level>[THCM])\s*(?:[/(;,]\s*|\s+)?(?P<test>\d{1,2})?\s*\)?$")

# TT58/2011 secondary subjects (codes follow the TT22 catalogue where the subject continued).
SUBJECTS_58: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("TOAN", "Toán", ()), ("VL", "Vật lí", ("Vật lý",)), ("HH", "Hoá học", ("Hóa học",)),
    ("SH", "Sinh học", ()), ("NV", "Ngữ văn", ("Văn",)), ("LS", "Lịch sử", ("Sử",)),
    ("DL", "Địa lí", ("Địa lý", "Địa")), ("NN1", "Ngoại ngữ", ("Tiếng Anh", "Ngoại ngữ 1")),
    ("GDCD", "Giáo dục công dân", ("GDCD",)), ("CN", "Công nghệ", ()), ("TD", "Thể dục", ()),
    ("AN", "Âm nhạc", ()), ("MT", "Mĩ thuật", ("Mỹ thuật",)), ("TH", "Tin học", ()),
    ("TDT", "Tiếng dân tộc", ()), ("NN2", "Ngoại ngữ 2", ()), ("GDQPAN", "Giáo dục quốc phòng - an ninh",
                                                                     ("GDQP", "GDQP-AN")),
)


@dataclass(frozen=True)
class LegacySubject:
    """One subject line of a paper page: the year value ("8.5", "Đ", "CĐ", "M", or T/H/C) and a primary test score."""

    code: str
    name: str
    value: str
    test: str = ""


@dataclass(frozen=True)
class LegacyYearResult:
    """A past school year's page as written on paper, under the regulation of that year."""

    regulation: str
    year: str
    grade: int
    class_name: str
    subjects: tuple[LegacySubject, ...]
    learning: str = ""          # học lực (TT58) / kết quả học tập cả năm (TT22) / HTXS… (TT27)
    conduct: str = ""           # hạnh kiểm (TT58) / kết quả rèn luyện cả năm (TT22); empty for TT27
    average: str = ""           # TT58: điểm trung bình các môn cả năm (one decimal)
    absences: int | None = None
    promoted: bool | None = None
    title: str = ""
    comment: str = ""
    school_name: str = ""       # the school that wrote the paper page, when not this one
    homeroom_teacher: str = ""
    principal: str = ""


def legacy_subject_code(name_or_code: str) -> tuple[str, str] | None:
    """(code, name) of a TT58/2011 subject named by code, name or alias (any case, NFC/NFD), or None."""
    key = _key(name_or_code)
    for code, name, aliases in SUBJECTS_58:
        if key in {_key(code), _key(name), *(_key(a) for a in aliases)}:
            return code, name
    return None


def _key(text: str) -> str:
    """Matching key without diacritics (đ → d), for the short forms typed without accents."""
    folded = name_key(text).replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def canonical_category(text: str, allowed: tuple[str, ...]) -> str | None:
    """The category of `allowed` that `text` names (full or short form, with or without diacritics), or None."""
    key = _key(text)
    for value in allowed:
        if key == _key(value):
            return value
    alias = _ALIASES.get(key)
    return alias if alias in allowed else None


def _score(text: str, field: str) -> str:
    value = parse_decimal(text)
    if value is None or not ZERO <= value <= TEN:
        raise InvalidInputError(_("{f}: “{v}” không phải điểm từ 0 đến 10.", f=field, v=text), field=field)
    if decimal_places(value) > 1:
        raise InvalidInputError(_("{f}: điểm trung bình “{v}” chỉ ghi một chữ số thập phân.", f=field, v=text),
                                field=field)
    return str(round_half_up(value))


def _subject(subject: LegacySubject, regulation: str) -> LegacySubject:
    field = subject.name or subject.code
    raw = subject.value.strip()
    if regulation == TT27:
        match = _PRIMARY_CELL.match(raw.upper())
        level = match.group("level") if match else None
        test = (match.group("test") or "") if match else ""
        test = test or subject.test.strip()
        if level is None:
            raise InvalidInputError(_("{f}: “{v}” không phải mức T/H/C (hoặc M nếu miễn).", f=field, v=raw),
                                    field=field)
        if test and not (test.isdigit() and 0 <= int(test) <= 10):
            raise InvalidInputError(_("{f}: điểm kiểm tra “{v}” phải là số nguyên từ 0 đến 10.", f=field, v=test),
                                    field=field)
        return replace(subject, value=level, test=str(int(test)) if test else "")
    if raw.upper() == EXEMPT:
        return replace(subject, value=EXEMPT, test="")
    comment = canonical_category(raw, COMMENT_RESULTS)
    if comment is not None and parse_decimal(raw) is None:
        return replace(subject, value=comment, test="")
    return replace(subject, value=_score(raw, field), test="")


def _category(value: str, allowed: tuple[str, ...], field: str, label: str) -> str:
    if not value.strip():
        return ""
    found = canonical_category(value, allowed)
    if found is None:
        raise InvalidInputError(_("{l} “{v}” không hợp lệ; chọn một trong: {a}.", l=label, v=value,
                                  a=", ".join(allowed)), field=field)
    return found


def validate_legacy(result: LegacyYearResult) -> LegacyYearResult:
    """Check a transcribed page and return it normalised (categories in full, averages to one decimal).

    Raises InvalidInputError (Vietnamese, naming the field) at the first value that cannot stand.
    """
    if result.regulation not in REGULATIONS:
        raise InvalidInputError(_("Thông tư “{t}” không hợp lệ; chọn một trong: {a}.", t=result.regulation,
                                  a=", ".join(REGULATIONS)), field="thongtu")
    year = parse_school_year(result.year)
    grades = range(1, 6) if result.regulation == TT27 else range(6, 13)
    if result.grade not in grades:
        raise InvalidInputError(_("Khối {k} không thuộc cấp học của Thông tư {t}.", k=result.grade,
                                  t=result.regulation), field="makhoi")
    if not result.class_name.strip():
        raise InvalidInputError(_("Thiếu tên lớp."), field="tenlop")
    if not result.subjects:
        raise InvalidInputError(_("Chưa có kết quả môn học nào."), field="bangdiem")
    codes = [s.code for s in result.subjects]
    duplicate = next((c for c in codes if codes.count(c) > 1), None)
    if duplicate:
        raise InvalidInputError(_("Môn {m} được ghi hai lần.", m=duplicate), field="bangdiem")
    subjects = tuple(_subject(s, result.regulation) for s in result.subjects)
    if result.regulation == TT58:
        learning = _category(result.learning, LEARNING_58, "hocluc", _("Học lực"))
        conduct = _category(result.conduct, CONDUCT_58, "hanhkiem", _("Hạnh kiểm"))
        titles = TITLES_58
    elif result.regulation == TT22:
        learning = _category(result.learning, LEVELS_22, "canam", _("Kết quả học tập"))
        conduct = _category(result.conduct, LEVELS_22, "renluyencanam", _("Kết quả rèn luyện"))
        titles = TITLES_22
    else:
        learning = _category(result.learning, RESULTS_27, "xeploai", _("Kết quả giáo dục"))
        if result.conduct.strip():
            raise InvalidInputError(_("Thông tư 27/2020 không xếp loại hạnh kiểm/rèn luyện."), field="hanhkiem")
        conduct, titles = "", TITLES_27
    average = ""
    if result.average.strip():
        if result.regulation != TT58:
            raise InvalidInputError(_("Điểm trung bình các môn chỉ có ở học bạ theo Thông tư 58/2011."),
                                    field="diemtongket")
        average = _score(result.average, _("Điểm trung bình các môn"))
    if result.absences is not None and not 0 <= result.absences <= 366:
        raise InvalidInputError(_("Số buổi nghỉ “{n}” phải từ 0 đến 366.", n=result.absences), field="sobuoinghi")
    title = _category(result.title, titles, "ndungkhenthuong", _("Danh hiệu"))
    return replace(result, year=year, subjects=subjects, learning=learning, conduct=conduct, average=average,
                   title=title, class_name=result.class_name.strip(), comment=result.comment.strip())


def payload_fields(result: LegacyYearResult) -> tuple[list[tuple[str, str, dict[str, str]]], dict[str, object]]:
    """The data-dictionary fields of a validated page: subject rows (code, name, fields) and year-level fields."""
    primary = result.regulation == TT27
    rows = []
    for s in result.subjects:
        if primary:
            fields = {"mucdatduoc": s.value, **({"diemkiemtradinhky": s.test} if s.test else {})}
        else:
            fields = {"diemcanam": s.value}
        rows.append((s.code, s.name, fields))
    summary: dict[str, object] = {}
    if result.learning:
        summary["xeploai" if primary else "canam"] = result.learning
    if result.conduct:
        summary["renluyencanam"] = result.conduct
    if result.average:
        summary["diemtongket"] = result.average
    if result.absences is not None:
        summary["sobuoinghi"] = str(result.absences)
    if result.promoted is not None:
        summary["duoclenlop"] = result.promoted
    if result.title:
        summary["ndungkhenthuong"] = result.title
    if result.comment:
        summary["nxetgvcn"] = result.comment
    return rows, summary
