"""Issue 21, transfer packages (item 3): values without a signature are refused; a seal is checked.

The forged package of the issue is made by hand here (a zip with a manifest whose `hocba` list is empty
and whose `danhgia` holds invented grades); the seal is made with the demo school's SoftHSM seal token
(root → issuing CA → seal) and checked against the receiving school's trust store.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from hocbaso_desktop.dataio.transfer import transfer_in, transfer_out
from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD, create_demo_school
from hocbaso_desktop.domain.errors import InvalidInputError, VerificationError
from hocbaso_desktop.services.assessment_entry import open_entry_window
from hocbaso_desktop.signing import trust
from hocbaso_desktop.storage import assessments_repo, school_repo
from hocbaso_desktop.storage.session import open_session
from tests.fixtures.dataio import database_snapshot, seal_with_demo_token
from tests.fixtures.school import DEMO_TODAY
from tests.security.i21_helpers import hocbaso, no_traceback

pytestmark = pytest.mark.token
ON = date(2026, 11, 2)


@pytest.fixture
def schools(issued_pair):
    """The sender (class 4A issued with the demo tokens) and the receiver trusting the sender's root."""
    admin = open_session(issued_pair.receiver, "quantri", DEFAULT_DEMO_PASSWORD)
    try:
        trust.add_trust_anchor(admin, issued_pair.root_pem.read_bytes())
    finally:
        admin.close()
    return issued_pair.sender, issued_pair.receiver, issued_pair.tokens_conf


def open_year_package(sender, tmp_path, name="p.zip"):
    out = open_session(sender, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        year = school_repo.latest_year(out.db)
        student = school_repo.students_in_class(out.db, school_repo.find_class(out.db, year, "5A").id)[0]
        return transfer_out(out, student.id, tmp_path / name, on=ON)
    finally:
        out.close()


def forge(package, target, *, grades: list[dict]) -> None:
    """The issue's attack: no signed page, invented grades."""
    with zipfile.ZipFile(package) as src:
        manifest = json.loads(src.read("manifest.json"))
    manifest["hocba"] = []
    manifest["danhgia"] = grades
    with zipfile.ZipFile(target, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))


def test_forged_package_with_invented_grades_is_refused(schools, tmp_path):
    sender, receiver, _tokens = schools
    package = open_year_package(sender, tmp_path)
    with zipfile.ZipFile(package) as src:
        real = json.loads(src.read("manifest.json"))["danhgia"]
    invented = [{**d, "giatri": "10" if str(d["giatri"]).replace(".", "").isdigit() else d["giatri"]} for d in real]
    forged = tmp_path / "forged.zip"
    forge(package, forged, grades=invented)
    session = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        before = database_snapshot(session)
        with pytest.raises(VerificationError):
            transfer_in(session, forged, "5A", on=ON)
        assert database_snapshot(session) == before
    finally:
        session.close()
    result = hocbaso("transfer", "in", str(forged), "--class", "5A", "--db", str(receiver), user="hocvu",
                     password=DEFAULT_DEMO_PASSWORD)
    no_traceback(result)
    assert result.returncode == 3 and "niêm phong" in result.stderr


def test_a_sealed_package_is_taken_and_a_changed_one_refused(schools, tmp_path):
    sender, receiver, tokens = schools
    package = open_year_package(sender, tmp_path)
    seal_with_demo_token(sender, package, tokens)
    with zipfile.ZipFile(package) as src:
        members = {n: src.read(n) for n in src.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["danhgia"][0]["giatri"] = "10"
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(changed, "w") as dst:
        for name, data in members.items():
            dst.writestr(name, json.dumps(manifest).encode() if name == "manifest.json" else data)
    session = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        before = database_snapshot(session)
        with pytest.raises(VerificationError):
            transfer_in(session, changed, "5A", on=ON)
        assert database_snapshot(session) == before
        result = transfer_in(session, package, "5A", on=ON)
        year = school_repo.latest_year(session.db)
        assert result.entries == len([d for d in manifest["danhgia"] if d["namhoc"] == year]) > 0
    finally:
        session.close()


def test_a_seal_the_receiver_does_not_trust_is_refused(schools, tmp_path, dataio_demo_files):
    sender, _receiver, tokens = schools
    stranger = create_demo_school(tmp_path / "c.hocbaso", seed=7, students_per_class=2, classes_per_grade=1,
                                  today=DEMO_TODAY).path  # trusts no root
    package = open_year_package(sender, tmp_path)
    seal_with_demo_token(sender, package, tokens)
    session = open_session(stranger, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        before = database_snapshot(session)
        with pytest.raises(VerificationError):
            transfer_in(session, package, "5A", on=ON)
        assert database_snapshot(session) == before
    finally:
        session.close()


def test_unsigned_values_only_as_audited_manual_entry_in_an_open_window(schools, tmp_path):
    sender, receiver, _tokens = schools
    package = open_year_package(sender, tmp_path)
    session = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        year = school_repo.latest_year(session.db)
        for period, is_open in assessments_repo.window_states(session.db, year).items():
            if is_open:
                assessments_repo.set_window(session.db, year, period, False, actor="test")
        before = database_snapshot(session)
        with pytest.raises(InvalidInputError):  # every window closed: not even by hand
            transfer_in(session, package, "5A", on=ON, manual_entry=True)
        assert database_snapshot(session) == before
    finally:
        session.close()
    principal = open_session(receiver, "hieutruong", DEFAULT_DEMO_PASSWORD)
    try:
        with zipfile.ZipFile(package) as src:
            periods = {d["ky"] for d in json.loads(src.read("manifest.json"))["danhgia"]}
        for period in periods:
            open_entry_window(principal, school_repo.latest_year(principal.db), period, True)
    finally:
        principal.close()
    result = hocbaso("transfer", "in", str(package), "--class", "5A", "--nhap-tay", "--db", str(receiver),
                     user="hocvu", password=DEFAULT_DEMO_PASSWORD)
    assert result.returncode == 0, result.stderr
    session = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        rows = session.db.query("SELECT after FROM audit_log WHERE action = 'transfer.in'")
        assert json.loads(rows[-1][0])["manual_entry"] is True
    finally:
        session.close()
