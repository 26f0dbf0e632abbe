"""The national data dictionary's field names (../shared/data/national-data-dictionary.tsv) on our spreadsheets.

Every dictionary field that the program *stores* has a spreadsheet column under the dictionary's name: the
importer reads it (as a synonym of our header) and the Excel export writes it when asked for dictionary
names (`export-data --format xlsx --dictionary-names`). `NOT_REPRESENTED` says, for every other field of the
dictionary, why it has no column; a test checks that the two lists cover the whole dictionary.
"""

from __future__ import annotations

from dataclasses import replace

from hocbaso_desktop.dataio.column_mapping import STUDENT_FIELDS, assessment_header, header_key
from hocbaso_desktop.dataio.xlsx_reader import Sheet
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import ABSENCES, COMPETENCY, CONDUCT, GENERAL, PSEUDO_NAMES, QUALITY
from hocbaso_desktop.domain.model import Level

# Dictionary field → our student field (a column of the class list).
STUDENT_COLUMNS: dict[str, str] = {
    "hovaten": "full_name", "sodinhdanh": "personal_id", "mahocsinh": "student_code", "gioitinh": "sex",
    "ngaythangnamsinh": "birth", "sosodangbo": "registry_number", "noisinh_diachichitiet": "birthplace",
    "quequan_diachichitiet": "hometown", "noiohiennay_diachichitiet": "residence", "dantoc": "ethnicity",
    "quoctich": "nationality", "doituongchinhsach": "policy_group", "cokhuyettatkhongdanhgia": "disabled_not_assessed",
    "hotencha": "father_name", "nghenghiepcha": "father_job", "hotenme": "mother_name", "nghenghiepme": "mother_job",
    "hotennguoigiamho": "guardian_name", "nghenghiepnguoigiamho": "guardian_job", "tenlop": "class_name",
}
# Dictionary field → the assessment it is stored as: (pseudo-subject, period, component), year-end values.
ASSESSMENT_COLUMNS: dict[str, tuple[str, str, str]] = {
    **{field: (QUALITY if any(code == c for c, _n in catalogue.PRIMARY_QUALITIES) else COMPETENCY, "cn", code)
       for code, field in catalogue.PRIMARY_ITEM_FIELDS.items()},
    "nghicophep": (ABSENCES, "cn", "excused"), "nghikhongphep": (ABSENCES, "cn", "unexcused"),
    "sobuoinghi": (ABSENCES, "cn", "total"), "nxetgvcn": (GENERAL, "cn", "comment"),
    "nxetphamchat": (QUALITY, "cn", "comment"), "nxetnanglucchung": (COMPETENCY, "cn", "comment_general"),
    "nxetnanglucdacthu": (COMPETENCY, "cn", "comment_specific"), "ndungkquarenluyen": (CONDUCT, "summer", "comment"),
}
_SECONDARY_ONLY = {"sobuoinghi", "ndungkquarenluyen"}
_BOTH = {"nxetgvcn"}

_COMPUTED = "computed from the entered assessments by the TT27/TT22 rules (in the payload, the printed page and the JSON export)"
_RECORD = "set when a record is issued, revoked or synced (in the signed payload and the sync envelope), not entered"
_SCHOOL = "one value for the whole school (school settings), not a per-student column"
_CODE = "administrative unit codes are not stored: the program keeps the address as text (…_diachichitiet)"
_HEALTH = "not kept by the program (not on the TT27/TT22 forms the program prints)"
NOT_REPRESENTED: dict[str, str] = {
    **{f: _RECORD for f in ("keythongtinsohocbasotieuhoc", "keythongtinsohocbasothcsthpt", "trangthaithongtinhocba",
                            "trichluc", "phienbanthongtinhocba", "madinhdanhhocba", "thongtu", "macaphoc",
                            "tengiamhieu", "soddcngiamhieu", "chucvugiamhieu", "diadanhphathanh", "ngaykyphathanh",
                            "ngaytao", "tengvcn", "soddcngvcn", "makhoi", "idbanghi", "sukien", "phienban",
                            "thoigiancapnhat", "ngaycapnhat", "namhoc",
                            "keythongtinsohocbasotieuhoc_quatrinhhoctap", "keythongtinsohocbasothcsthpt_quatrinhhoctap",
                            "keythongtinsohocbasotieuhoc_dsbangdiem", "keythongtinsohocbasothcsthpt_bangdiem",
                            "keythongtinsohocbasothcsthpt_chungchi", "soddcngvbm", "gvbm", "mamonhoc", "tenmonhoc",
                            "tentruong", "tentinh", "ngaytrangthaichuyenden")},
    **{f: _COMPUTED for f in ("xeploai", "duoclenlop", "ndunghoanthanh", "dahthanhctrinhlophoc",
                              "dahthanhctrinhtieuhoc", "ndungduoclenlop", "hocky1", "hocky2", "canam",
                              "renluyenhocky1", "renluyenhocky2", "renluyencanam", "renluyenlai", "kqhoctaplai",
                              "mucdatduoc", "diemkiemtradinhky", "diemhocky1", "diemhocky2", "diemcanam",
                              "diemkttralai", "thangnamsinh", "namsinh")},
    **{f: _SCHOOL for f in ("masogd", "tensogd", "matruong", "tenhuyen", "thongtintruong_diachi_tenxa",
                            "thongtintruong_diachi_tentinh", "thongtintruong_diachi_maxa",
                            "thongtintruong_diachi_matinh")},
    **{f: _CODE for f in ("noisinh_maxa", "noisinh_matinh", "quequan_maxa", "quequan_matinh", "noiohiennay_maxa",
                          "noiohiennay_matinh")},
    **{f: _HEALTH for f in ("cannang", "chieucao", "tenchungchi", "loaichungchi", "kquathamgiacuocthi")},
    **{f: "the award text is built from the result (the title) and the class's commendation entry; the "
          "commendation itself is the column “Nhận xét chung | cuối năm | Khen thưởng”"
       for f in ("ndungkhenthuong", "ndungkhenthuongdotxuat")},
    "nxetmonhoc": "one per subject: the column “<môn> | cuối năm | Nhận xét” of the score sheet",
}

DICTIONARY_NAME: dict[str, str] = {field: name for name, field in STUDENT_COLUMNS.items()}


def student_header(field: str, dictionary_names: bool) -> str:
    """The class-list header of one of our student fields: ours, or the dictionary's name when asked."""
    if dictionary_names and field in DICTIONARY_NAME:
        return DICTIONARY_NAME[field]
    return STUDENT_FIELDS[field][0]


def assessment_fields(level: str) -> dict[str, tuple[str, str, str]]:
    """The dictionary's stored assessment fields of a school level (primary items and absences, or absences)."""
    if level == Level.TIEU_HOC:
        return {f: v for f, v in ASSESSMENT_COLUMNS.items() if f not in _SECONDARY_ONLY}
    return {f: v for f, v in ASSESSMENT_COLUMNS.items() if f in _SECONDARY_ONLY | _BOTH}


def is_assessment_field(header: object) -> bool:
    """True for a header that is a dictionary name of a stored assessment (phamchatyeunuoc, nghicophep…)."""
    return header_key(header).replace(" ", "_") in ASSESSMENT_COLUMNS


def expand_dictionary_headers(sheet: Sheet, row_index: int) -> Sheet:
    """Rewrite dictionary-named assessment headers to ours ("Phẩm chất | cuối năm | Yêu nước")."""
    row = list(sheet.rows[row_index])
    changed = False
    for c, header in enumerate(row):
        found = ASSESSMENT_COLUMNS.get(header_key(header).replace(" ", "_"))
        if found:
            subject, period, component = found
            row[c] = assessment_header(PSEUDO_NAMES[subject], period, component)
            changed = True
    if not changed:
        return sheet
    rows = list(sheet.rows)
    rows[row_index] = tuple(row)
    return replace(sheet, rows=tuple(rows))
