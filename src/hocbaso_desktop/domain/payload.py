"""The canonical data payload of a học bạ page: field names of the national data dictionary, RFC 8785 bytes.

Pure: the caller passes every value (no clock, no I/O). The payload is what `payload.json` inside the
issued PDF holds, what the outbox envelope carries and what its SHA-256 names (central-api.md).
Field names follow /work/shared/data/national-data-dictionary.tsv (domain.md §4.4); values that the
dictionary codes (status 1/2, sex 0/1/2, level code) use its codes. Entered assessment values that have
no dictionary field of their own are kept under ``danhgia`` as ``"<period>.<component>"`` so that nothing
shown on the page is missing from the signed data.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import rfc8785

from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.model import Enrolment, School, SchoolClass, Staff, Student, YearRecord

PAYLOAD_FORMAT = "hocbaso-payload/1"
STATUS_VALID = "1"      # trangthaithongtinhocba: 1 = Có hiệu lực
STATUS_REVOKED = "2"    # 2 = Thu hồi


@dataclass(frozen=True)
class SubjectRow:
    """One subject line of the page: dictionary fields plus the raw entries that produced them."""

    code: str
    name: str
    fields: Mapping[str, str] = field(default_factory=dict)     # e.g. mucdatduoc, diemkiemtradinhky
    entries: Mapping[str, str] = field(default_factory=dict)    # "<period>.<component>" -> value


@dataclass(frozen=True)
class PayloadInput:
    """Everything one page's payload is built from."""

    school: School
    student: Student
    school_class: SchoolClass
    record: YearRecord
    homeroom_teacher: Staff | None
    leader: Staff | None
    leader_title: str
    subjects: tuple[SubjectRow, ...]
    summary: Mapping[str, Any]              # year-level fields (nxetgvcn, hocky1, xeploai, duoclenlop: bool|None, ...)
    history: tuple[Enrolment, ...] = ()
    created_on: str = ""                    # ngaytao, yyyy-mm-dd


def _nfc(value: Any) -> Any:
    """NFC-normalise every string inside `value` (hashes must not depend on the input method)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [_nfc(v) for v in value]
    return value


def _birth_fields(student: Student) -> dict[str, str]:
    """ngaythangnamsinh / thangnamsinh / namsinh, whichever the partial date allows."""
    b = student.birth
    if b.day is not None:
        return {"ngaythangnamsinh": b.iso()}
    if b.month is not None:
        return {"thangnamsinh": b.iso()}
    return {"namsinh": b.iso()}


def build_payload(data: PayloadInput) -> dict[str, Any]:
    """Build the payload dictionary of one page version (dictionary field names, NFC text)."""
    s, st, rec, cls = data.school, data.student, data.record, data.school_class
    primary = s.level is Level.TIEU_HOC
    payload: dict[str, Any] = {
        "dinhdang": PAYLOAD_FORMAT,
        "bang": "thongtinsohocbasotieuhoc" if primary else "thongtinsohocbasothcsthpt",
        "madinhdanhhocba": rec.id,
        "phienbanthongtinhocba": str(rec.version),
        "trangthaithongtinhocba": STATUS_VALID,
        "trichluc": rec.converted_from_paper,
        "thongtu": rec.regulation,
        "namhoc": rec.year,
        "masogd": s.so_code, "tensogd": s.so_name,
        "matruong": s.code, "tentruong": s.name,
        "thongtintruong_diachi_tenxa": s.commune, "thongtintruong_diachi_tentinh": s.province,
        "macaphoc": s.level.caphoc_code,
        "sosodangbo": st.registry_number,
        "hovaten": st.full_name,
        "sodinhdanh": st.personal_id,
        "mahocsinh": st.student_code,
        "gioitinh": st.sex.value,
        **_birth_fields(st),
        "noisinh_diachichitiet": st.birthplace, "quequan_diachichitiet": st.hometown,
        "noiohiennay_diachichitiet": st.residence,
        "dantoc": st.ethnicity, "quoctich": st.nationality,
        "doituongchinhsach": st.policy_group,
        "cokhuyettatkhongdanhgia": st.disabled_not_assessed,
        "hotencha": st.father_name, "hotenme": st.mother_name, "hotennguoigiamho": st.guardian_name,
        "makhoi": str(cls.grade), "tenlop": cls.name,
        "tengvcn": data.homeroom_teacher.full_name if data.homeroom_teacher else "",
        "soddcngvcn": data.homeroom_teacher.personal_id if data.homeroom_teacher else "",
        "tengiamhieu": data.leader.full_name if data.leader else "",
        "soddcngiamhieu": data.leader.personal_id if data.leader else "",
        "chucvugiamhieu": data.leader_title,
        "diadanhphathanh": rec.issued_place,
        "ngaytao": data.created_on,
        "bangdiem": [
            {"mamonhoc": row.code, "tenmonhoc": row.name, **dict(row.fields), "danhgia": dict(row.entries)}
            for row in data.subjects
        ],
        "quatrinhhoctap": [
            {"namhoc": e.year, "tenlop": e.class_name, "tentruong": e.school_name, "tentinh": e.province}
            for e in data.history
        ],
    }
    if not primary:
        payload.update({"nghenghiepcha": st.father_job, "nghenghiepme": st.mother_job,
                        "nghenghiepnguoigiamho": st.guardian_job})
    payload.update(dict(data.summary))
    return _nfc(payload)


def canonical_bytes(payload: Mapping[str, Any]) -> bytes:
    """The RFC 8785 (JCS) bytes of `payload`: what is embedded, hashed and sent."""
    return rfc8785.dumps(_nfc(payload))


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()
