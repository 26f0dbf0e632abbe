"""Matching spreadsheet headers to fields: by name, Vietnamese with or without diacritics, any case, NFC/NFD.

Our templates write headers the importer reads back; files of other layouts work when their headers
use any of the accepted names below (including the national data dictionary's field names).
Assessment columns are headed ``<subject> | <period> | <component>`` (names or codes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import PERIOD_NAMES, PSEUDO_NAMES
from hocbaso_desktop.domain.catalogue import SubjectSpec

_NON_WORD = re.compile(r"[^0-9a-z]+")


def header_key(text: object) -> str:
    """The matching key of a header: no diacritics (đ → d), lower case, words separated by one space."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFC", str(text)).replace("đ", "d").replace("Đ", "D")
    stripped = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


# Field → the header shown in our templates, then other accepted names (matched through header_key): the
# national data dictionary's field name, the headers of vnEdu, SMAS, MISA EMIS and the CSDL ngành templates,
# and what teachers write. "Mã định danh" alone is the Ministry's student ID (CSDL ngành), not the citizen's.
STUDENT_FIELDS: dict[str, tuple[str, ...]] = {
    "system_id": ("Mã hệ thống",),
    "class_name": ("Lớp", "Tên lớp", "tenlop", "Lớp học", "Mã lớp"),
    "full_name": ("Họ và tên", "Họ tên", "hovaten", "Họ và tên học sinh", "Tên học sinh", "Họ tên học sinh",
                  "Họ và tên HS", "Họ tên HS", "hoten", "Học sinh"),
    "sex": ("Giới tính", "gioitinh", "Nam/Nữ", "GT", "Phái"),
    "birth": ("Ngày sinh", "ngaythangnamsinh", "Ngày tháng năm sinh", "Ngày sinh (dd/mm/yyyy)", "NS",
              "Ngày/tháng/năm sinh", "ngaysinh", "Ngày, tháng, năm sinh"),
    "personal_id": ("Số định danh cá nhân", "sodinhdanh", "Số định danh", "Số CCCD", "CCCD", "Số ĐDCN",
                    "Mã định danh cá nhân", "Số căn cước", "Căn cước công dân", "Số căn cước công dân", "sodinhdanhcanhan"),
    "student_code": ("Mã học sinh", "mahocsinh", "Mã HS", "Mã định danh Bộ GD&ĐT", "Mã định danh", "Mã định danh HS",
                     "Mã định danh học sinh", "Mã số học sinh", "Mã số HS", "Mã CSDL", "Mã HS CSDL ngành"),
    "registry_number": ("Số đăng bộ", "sosodangbo", "Số sổ đăng bộ", "Số ĐB"),
    "birthplace": ("Nơi sinh", "noisinh_diachichitiet"),
    "hometown": ("Quê quán", "quequan_diachichitiet"),
    "residence": ("Nơi ở hiện nay", "noiohiennay_diachichitiet", "Chỗ ở hiện nay", "Địa chỉ", "Địa chỉ thường trú",
                  "Nơi thường trú", "Hộ khẩu thường trú", "Chỗ ở hiện tại"),
    "ethnicity": ("Dân tộc", "dantoc", "DT"),
    "nationality": ("Quốc tịch", "quoctich"),
    "father_name": ("Họ tên cha", "hotencha", "Họ và tên cha", "Họ tên bố", "Họ và tên bố", "Tên cha", "Tên bố"),
    "father_job": ("Nghề nghiệp cha", "nghenghiepcha", "Nghề nghiệp bố", "Nghề cha"),
    "mother_name": ("Họ tên mẹ", "hotenme", "Họ và tên mẹ", "Tên mẹ"),
    "mother_job": ("Nghề nghiệp mẹ", "nghenghiepme", "Nghề mẹ"),
    "guardian_name": ("Họ tên người giám hộ", "hotennguoigiamho", "Người giám hộ"),
    "guardian_job": ("Nghề nghiệp người giám hộ", "nghenghiepnguoigiamho"),
    "policy_group": ("Đối tượng chính sách", "doituongchinhsach", "Diện chính sách"),
    "disabled_not_assessed": ("Khuyết tật không đánh giá", "cokhuyettatkhongdanhgia"),
    "exemptions": ("Môn miễn", "Miễn học", "Miễn môn"),
}
ASSIGNMENT_FIELDS: dict[str, tuple[str, ...]] = {
    "class_name": STUDENT_FIELDS["class_name"],
    "subject": ("Môn học", "Môn", "mamonhoc", "tenmonhoc"),
    "teacher": ("Giáo viên", "Giáo viên bộ môn", "gvbm", "Họ tên giáo viên", "GVBM", "Giáo viên giảng dạy",
                "Họ và tên giáo viên", "GV dạy", "Giáo viên dạy"),
    "periods_per_year": ("Số tiết/năm", "Số tiết", "Số tiết một năm"),
}
ROW_NUMBER_HEADERS = ("STT", "Số thứ tự", "TT")
_ACCEPTED = {
    kind: {header_key(name): field for field, names in fields.items() for name in names}
    for kind, fields in (("students", STUDENT_FIELDS), ("assignments", ASSIGNMENT_FIELDS))
}

# Component codes of the assessment columns and their template labels.
COMPONENT_LABELS: dict[str, str] = {
    "level": "Mức đạt được", "test": "Điểm KTĐK", "retest": "Điểm kiểm tra lại", "comment": "Nhận xét",
    "gk": "ĐĐGgk", "ck": "ĐĐGck", "result": "Kết quả", "excused": "Có phép", "unexcused": "Không phép",
    "total": "Tổng số buổi nghỉ", "commendation": "Khen thưởng", "reassessed": "Đánh giá bổ sung",
    "principal_decision": "Quyết định của hiệu trưởng", "comment_general": "Nhận xét năng lực chung",
    "comment_specific": "Nhận xét năng lực đặc thù",
    **{f"tx{n}": f"ĐĐGtx{n}" for n in range(1, 10)},
    **{code: name for code, name in catalogue.PRIMARY_QUALITIES + catalogue.PRIMARY_COMPETENCIES},
}
_COMPONENT_KEYS = {header_key(k): k for k in COMPONENT_LABELS} | {header_key(v): k for k, v in COMPONENT_LABELS.items()}
_PERIOD_KEYS = {header_key(k): k for k in PERIOD_NAMES} | {header_key(v): k for k, v in PERIOD_NAMES.items()}


def field_of(header: object, kind: str) -> str | None:
    """The field a header names for a sheet kind ("students" or "assignments"), or None."""
    return _ACCEPTED[kind].get(header_key(header))


def is_row_number(header: object) -> bool:
    """True for the running-number column (STT), which is ignored."""
    return header_key(header) in {header_key(h) for h in ROW_NUMBER_HEADERS}


@dataclass(frozen=True)
class AssessmentColumn:
    """What an assessment column holds: subject code (or pseudo-subject), period and component."""

    subject: str
    period: str
    component: str


def looks_like_assessment(header: object) -> bool:
    """True when a header has the ``subject | period | component`` shape."""
    return isinstance(header, str) and header.count("|") == 2


def parse_assessment_header(header: str, specs: tuple[SubjectSpec, ...]) -> AssessmentColumn | str:
    """Read an assessment header against a grade's subjects; return the column or the reason it is refused."""
    subject_text, period_text, component_text = (part.strip() for part in header.split("|"))
    spec = catalogue.find_subject(specs, subject_text) or _subject_without_diacritics(specs, subject_text)
    if spec is not None:
        subject = spec.code
    else:
        pseudo = {header_key(code): code for code in PSEUDO_NAMES} | {
            header_key(name): code for code, name in PSEUDO_NAMES.items()}
        found = pseudo.get(header_key(subject_text))
        if found is None:
            return f"môn học “{subject_text}” không có trong chương trình của khối"
        subject = found
    period = _PERIOD_KEYS.get(header_key(period_text))
    if period is None:
        return f"kì đánh giá “{period_text}” không rõ"
    component = _COMPONENT_KEYS.get(header_key(component_text))
    if component is None:
        return f"thành phần “{component_text}” không rõ"
    return AssessmentColumn(subject, period, component)


def _subject_without_diacritics(specs: tuple[SubjectSpec, ...], text: str) -> SubjectSpec | None:
    key = header_key(text)
    for spec in specs:
        if key in {header_key(spec.code), header_key(spec.name), *(header_key(a) for a in spec.aliases)}:
            return spec
    return None


def assessment_header(subject_name: str, period: str, component: str) -> str:
    """The header our templates write for an assessment column."""
    return f"{subject_name} | {PERIOD_NAMES.get(period, period)} | {COMPONENT_LABELS.get(component, component)}"


def cell_text(value: object) -> str:
    """A cell's value as NFKC text: numbers in their shortest form, dates as dd/mm/yyyy, None as "".

    NFKC folds what an IME in full-width mode types (８, ，, ．) into plain digits and punctuation; it leaves
    Vietnamese letters as NFC does.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        # Excel keeps 15 significant digits (7.3 computed as 7.300000000000001 shows as 7.3); repr of that
        # is the shortest text that reads back the same.
        text = repr(float(f"{value:.15g}"))
        return text[:-2] if text.endswith(".0") else text
    return unicodedata.normalize("NFKC", str(value)).strip()
