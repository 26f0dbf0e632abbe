"""The canonical payload: dictionary field names, NFC, RFC 8785 bytes."""

from __future__ import annotations

import json
import unicodedata

from hocbaso_desktop.domain.model import (
    Level,
    PartialDate,
    RecordStatus,
    School,
    SchoolClass,
    Sex,
    Staff,
    StaffTitle,
    Student,
    YearRecord,
)
from hocbaso_desktop.domain.payload import (
    PayloadInput,
    SubjectRow,
    build_payload,
    canonical_bytes,
    sha256_hex,
)


def _input(name: str, level: Level = Level.TIEU_HOC) -> PayloadInput:
    school = School("79000701", "Trường Tiểu học Hòa Bình", level, "79", "Sở GD&ĐT", "Bến Thành", "TP. HCM")
    return PayloadInput(
        school=school, student=Student("s1", name, Sex.FEMALE, PartialDate(2017, 12)),
        school_class=SchoolClass("c1", "2026-2027", 4, "4A"),
        record=YearRecord("r1", 3, RecordStatus.DRAFT, "s1", "c1", "2026-2027", "27/2020"),
        homeroom_teacher=Staff("t1", "Nguyễn Thị Hoa", StaffTitle.TEACHER, "079080000002"),
        leader=Staff("p1", "Trần Văn Đức", StaffTitle.PRINCIPAL), leader_title="Hiệu trưởng",
        subjects=(SubjectRow("TOAN", "Toán", {"mucdatduoc": "T"}, {"cn.level": "T", "cn.test": "9"}),),
        summary={"nxetgvcn": "Chăm ngoan"}, created_on="2026-11-23")


def test_field_names_follow_the_data_dictionary():
    p = build_payload(_input("Trần Phương Anh"))
    assert p["bang"] == "thongtinsohocbasotieuhoc" and p["madinhdanhhocba"] == "r1"
    assert p["phienbanthongtinhocba"] == "3" and p["trangthaithongtinhocba"] == "1"
    assert p["thangnamsinh"] == "2017-12" and "ngaythangnamsinh" not in p
    assert p["gioitinh"] == "2" and p["macaphoc"] == "02" and p["tengvcn"] == "Nguyễn Thị Hoa"
    assert p["bangdiem"][0] == {"mamonhoc": "TOAN", "tenmonhoc": "Toán", "mucdatduoc": "T",
                                "danhgia": {"cn.level": "T", "cn.test": "9"}}
    assert p["nxetgvcn"] == "Chăm ngoan"
    assert "nghenghiepcha" in build_payload(_input("A", Level.THCS))


def test_canonical_bytes_are_rfc8785_and_nfc_independent():
    nfc = canonical_bytes(build_payload(_input("Trần Phương Anh")))
    nfd = canonical_bytes(build_payload(_input(unicodedata.normalize("NFD", "Trần Phương Anh"))))
    assert nfc == nfd and sha256_hex(nfc) == sha256_hex(nfd)
    # JCS for this payload (strings, booleans, no numbers): sorted keys, no whitespace, UTF-8 not escaped
    assert nfc == json.dumps(json.loads(nfc), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
