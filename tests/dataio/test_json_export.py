"""JSON export → import into a new installation gives the same data; bad files are refused whole."""

from __future__ import annotations

import json

import pytest

from hocbaso_desktop.dataio.json_export import (
    export_json,
    import_json,
    read_export,
    school_data,
    school_of_export,
)
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.services.accounts import add_user
from hocbaso_desktop.storage import school_repo
from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.storage.session import open_session
from tests.fixtures.dataio import database_snapshot

PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture
def empty_target(primary_session, tmp_path):
    """A new installation for the same school, with an academic officer signed in."""
    data = school_data(primary_session.db)
    path = tmp_path / "moi.hocbaso"
    db, _recovery = SchoolDatabase.create(path, school=school_of_export(data), admin_username="quantri",
                                          admin_full_name="Quản trị", admin_password=PASSWORD)
    db.close()
    admin = open_session(path, "quantri", PASSWORD)
    add_user(admin, username="hocvu", full_name="Học vụ", role=Role.ACADEMIC, password=PASSWORD)
    admin.close()
    session = open_session(path, "hocvu", PASSWORD)
    yield session
    session.close()


def test_round_trip_gives_the_same_data(primary_session, empty_target, tmp_path):
    out = export_json(primary_session, tmp_path / "truong.json")
    text = out.read_text(encoding="utf-8")
    assert '"hovaten"' in text and '"sodinhdanh"' in text and '"namhoc"' in text and '"mamonhoc"' in text
    summary = import_json(empty_target, out)
    exported = read_export(out)
    assert (summary.students, summary.entries) == (len(exported["hocsinh"]), len(exported["danhgia"])) == (30, 9918)
    assert school_data(empty_target.db) == school_data(primary_session.db)
    # the national dictionary's names, written out here apart from the exporter's table: each means what it says
    meaning = {"hovaten": "full_name", "sodinhdanh": "personal_id", "hotencha": "father_name",
               "nghenghiepcha": "father_job", "hotenme": "mother_name", "nghenghiepme": "mother_job",
               "noisinh_diachichitiet": "birthplace", "quequan_diachichitiet": "hometown",
               "noiohiennay_diachichitiet": "residence", "dantoc": "ethnicity"}
    for row in exported["hocsinh"]:
        held = school_repo.get_student(primary_session.db, row["id"])
        assert {k: row[k] for k in meaning} == {k: getattr(held, field) for k, field in meaning.items()}
        birth_key = "ngaythangnamsinh" if held.birth.day else "thangnamsinh" if held.birth.month else "namsinh"
        assert (row["gioitinh"], row[birth_key]) == (held.sex.value, held.birth.iso())
    with pytest.raises(InvalidInputError):  # a second import of the same students is refused
        import_json(empty_target, out)


def test_invalid_entry_refuses_the_whole_file(primary_session, empty_target, tmp_path):
    data = school_data(primary_session.db)
    data["danhgia"][-1]["giatri"] = "11"
    path = tmp_path / "hong.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = database_snapshot(empty_target)
    with pytest.raises(InvalidInputError, match="danhgia"):
        import_json(empty_target, path)
    assert database_snapshot(empty_target) == before


def test_other_school_and_foreign_files_refused(primary_session, empty_target, tmp_path):
    data = school_data(primary_session.db)
    data["truong"]["matruong"] = "01999999"
    other = tmp_path / "khac.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInputError):
        import_json(empty_target, other)
    junk = tmp_path / "junk.json"
    junk.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(InvalidInputError):
        import_json(empty_target, junk)


def test_values_of_a_student_not_in_the_file_are_refused(primary_session, empty_target, tmp_path):
    data = school_data(primary_session.db)
    data["danhgia"].append(dict(data["danhgia"][0], hocsinh="khong-co-trong-tep"))
    path = tmp_path / "la.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = database_snapshot(empty_target)
    with pytest.raises(InvalidInputError, match="không có trong tệp"):
        import_json(empty_target, path)
    assert database_snapshot(empty_target) == before
