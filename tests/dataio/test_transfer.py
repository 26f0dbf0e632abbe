"""Transfer out → in between two demo schools: issued pages verified and stored read-only, the open year
continued; a tampered or untrusted package is refused and nothing is written."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from hocbaso_desktop.dataio.transfer import read_package, transfer_in, transfer_out
from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.domain.errors import InvalidInputError, VerificationError
from hocbaso_desktop.domain.model import EnrolmentEvent, RecordStatus
from hocbaso_desktop.signing import trust
from hocbaso_desktop.storage import assessments_repo, dataio_repo, records_repo, school_repo, xml_repo
from hocbaso_desktop.storage.session import open_session
from tests.fixtures.dataio import database_snapshot, seal_with_demo_token

pytestmark = pytest.mark.token
ON = date(2026, 11, 2)


@pytest.fixture
def two_schools(issued_pair):
    """A sender whose class 4A is issued (demo tokens) and a receiver (tests/fixtures/dataio.py)."""
    return issued_pair.sender, issued_pair.receiver, issued_pair.root_pem, issued_pair.tokens_conf


def _trust(path, root_pem):
    admin = open_session(path, "quantri", DEFAULT_DEMO_PASSWORD)
    try:
        trust.add_trust_anchor(admin, root_pem.read_bytes())
    finally:
        admin.close()


def test_transfer_out_and_in(two_schools, tmp_path):
    sender, receiver, root_pem, tokens = two_schools
    out = open_session(sender, "hocvu", DEFAULT_DEMO_PASSWORD)
    year = school_repo.latest_year(out.db)
    four_a = school_repo.find_class(out.db, year, "4A")
    moving = school_repo.students_in_class(out.db, four_a.id)[0]
    issued_page = records_repo.latest_for_student(out.db, moving.id, year)
    issued_pdf = issued_page.pdf
    issued_xml = xml_repo.get_xml(out.db, issued_page.record.id, issued_page.record.version)
    assert issued_xml is not None
    five_a = school_repo.find_class(out.db, year, "5A")
    open_year = school_repo.students_in_class(out.db, five_a.id)[0]
    open_values = {(e.subject, e.period, e.component, e.value)
                   for e in assessments_repo.entries_for_student(out.db, open_year.id, year)}
    package = transfer_out(out, moving.id, tmp_path / "chuyen.zip", on=ON, destination="Trường B")
    listed = read_package(package)[0]["hocba"][0]
    with zipfile.ZipFile(package) as z:
        assert z.read(listed["tepxml"]) == issued_xml and listed["tepxml"].endswith(".xml")
    package2 = transfer_out(out, open_year.id, tmp_path / "chuyen2.zip", on=ON)
    seal_with_demo_token(sender, package2, tokens)  # its open-year values count only under the school's seal
    # school_repo.students_in_class still lists them (it ignores transfer_out; reported to the lead).
    assert moving.id not in dataio_repo.class_membership(out.db, year)
    out.close()

    receive = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        before = database_snapshot(receive)
        with pytest.raises(VerificationError):  # the sender's root is not trusted yet
            transfer_in(receive, package, "4A", on=ON)
        assert database_snapshot(receive) == before
        _trust(receiver, root_pem)
        result = transfer_in(receive, package, "4A", on=ON)
        assert result.records == 1 and result.entries == 0
        db = receive.db
        assert moving.id in {s.id for s in school_repo.students_in_class(db, school_repo.find_class(db, year, "4A").id)}
        page = records_repo.latest_for_student(db, moving.id, year)
        assert page.record.status is RecordStatus.ISSUED and page.pdf == issued_pdf
        # the signed XML form travelled beside the PDF, verified, and is the received record's XML
        assert xml_repo.get_xml(db, page.record.id, page.record.version) == issued_xml
        assert [s.role for s in page.record.signatures] == ["gvcn", "principal", "seal"]
        events = [h.event for h in school_repo.history(db, moving.id)]
        assert events == [EnrolmentEvent.ENROLLED] * 4 + [EnrolmentEvent.TRANSFER_IN]
        with pytest.raises(InvalidInputError):  # the same student twice
            transfer_in(receive, package, "4A", on=ON)
        carried = transfer_in(receive, package2, "5A", on=ON)
        assert carried.records == 0 and carried.entries == len(open_values) == 129
        assert {(e.subject, e.period, e.component, e.value)
                for e in assessments_repo.entries_for_student(db, open_year.id, year)} == open_values
    finally:
        receive.close()


def test_tampered_pdf_refused(two_schools, tmp_path):
    sender, receiver, root_pem, _tokens = two_schools
    out = open_session(sender, "hocvu", DEFAULT_DEMO_PASSWORD)
    year = school_repo.latest_year(out.db)
    moving = school_repo.students_in_class(out.db, school_repo.find_class(out.db, year, "4A").id)[0]
    package = transfer_out(out, moving.id, tmp_path / "p.zip", on=ON)
    out.close()
    manifest, _pdfs = read_package(package)
    name = manifest["hocba"][0]["tep"]
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.namelist():
            data = src.read(item)
            dst.writestr(item, data.replace(b"/Producer", b"/Produxer") if item == name else data)
    _trust(receiver, root_pem)
    receive = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        before = database_snapshot(receive)
        with pytest.raises(VerificationError):
            transfer_in(receive, bad, "4A", on=ON)
        assert database_snapshot(receive) == before
    finally:
        receive.close()


def test_another_students_signed_page_is_refused(two_schools, tmp_path):
    """A validly signed page of student B placed in student A's package is not taken as A's."""
    import hashlib
    import json

    sender, receiver, root_pem, _tokens = two_schools
    out = open_session(sender, "hocvu", DEFAULT_DEMO_PASSWORD)
    year = school_repo.latest_year(out.db)
    roll = school_repo.students_in_class(out.db, school_repo.find_class(out.db, year, "4A").id)
    pack_a = transfer_out(out, roll[0].id, tmp_path / "a.zip", on=ON)
    pack_b = transfer_out(out, roll[1].id, tmp_path / "b.zip", on=ON)
    out.close()
    manifest_a, _pdfs_a = read_package(pack_a)
    manifest_b, pdfs_b = read_package(pack_b)
    page_b = manifest_b["hocba"][0]
    swapped = dict(manifest_a["hocba"][0], madinhdanhhocba=page_b["madinhdanhhocba"],
                   sha256=hashlib.sha256(pdfs_b[page_b["tep"]]).hexdigest())
    del swapped["tepxml"], swapped["sha256xml"]       # a package without the XML form (as made before it existed)
    manifest_a["hocba"] = [swapped]
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest_a, ensure_ascii=False))
        dst.writestr(swapped["tep"], pdfs_b[page_b["tep"]])
    _trust(receiver, root_pem)
    receive = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        before = database_snapshot(receive)
        with pytest.raises(VerificationError, match="không phải của học sinh"):
            transfer_in(receive, forged, "4A", on=ON)
        assert database_snapshot(receive) == before
    finally:
        receive.close()


def _with_member(package, target, replace: dict[str, bytes]):
    """A copy of the package with members replaced and the manifest's hashes made to match (a careful forger)."""
    import hashlib
    import json

    manifest, _pdfs = read_package(package)
    for r in manifest["hocba"]:
        if r["tepxml"] in replace:
            r["sha256xml"] = hashlib.sha256(replace[r["tepxml"]]).hexdigest()
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.namelist():
            data = json.dumps(manifest, ensure_ascii=False).encode() if item == "manifest.json" else src.read(item)
            dst.writestr(item, replace.get(item, data))
    return target


def test_changed_or_foreign_xml_form_is_refused(two_schools, tmp_path):
    """The XML form is verified like the PDF: an edited value, or another student's signed XML, is refused."""
    sender, receiver, root_pem, _tokens = two_schools
    out = open_session(sender, "hocvu", DEFAULT_DEMO_PASSWORD)
    year = school_repo.latest_year(out.db)
    roll = school_repo.students_in_class(out.db, school_repo.find_class(out.db, year, "4A").id)
    pack_a = transfer_out(out, roll[0].id, tmp_path / "a.zip", on=ON)
    pack_b = transfer_out(out, roll[1].id, tmp_path / "b.zip", on=ON)
    out.close()
    xml_name = read_package(pack_a)[0]["hocba"][0]["tepxml"]
    with zipfile.ZipFile(pack_a) as z:
        xml_a = z.read(xml_name)
    with zipfile.ZipFile(pack_b) as z:
        xml_b = z.read(read_package(pack_b)[0]["hocba"][0]["tepxml"])
    edited = xml_a.replace(b"<nghikhongphep>0<", b"<nghikhongphep>9<", 1)
    assert edited != xml_a
    _trust(receiver, root_pem)
    receive = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        before = database_snapshot(receive)
        for n, forged_xml in enumerate((edited, xml_b)):
            forged = _with_member(pack_a, tmp_path / f"forged{n}.zip", {xml_name: forged_xml})
            with pytest.raises(VerificationError, match="Dạng XML"):
                transfer_in(receive, forged, "4A", on=ON)
            assert database_snapshot(receive) == before
        assert transfer_in(receive, pack_a, "4A", on=ON).records == 1    # the untouched package is received
    finally:
        receive.close()
