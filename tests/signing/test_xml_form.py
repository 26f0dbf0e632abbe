"""The XML form of the record (hocba.xml): one element per dictionary field, valid against the shipped schema,
XAdES-BES signed by each signer in order, verified by an independent verifier (xmlsec1, Debian) against the test
root, matched with the PDF's payload.json, and written beside the PDF by export."""

from __future__ import annotations

import io
import json
import shutil
import subprocess

import pytest
from lxml import etree
from pyhanko.pdf_utils.reader import PdfFileReader
from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures.dictionary import dictionary_rows
from tests.fixtures.pdfa import pdfa3b_problems
from tests.signing.test_issuance import _bind_all, _sign

from hocbaso_desktop.signing import export, xades, xml_form
from hocbaso_desktop.signing.verify import payload_of_pdf as payload_of
from hocbaso_desktop.storage import records_repo, xml_repo

DS = "http://www.w3.org/2000/09/xmldsig#"


def _xmlsec(path, pki_dir, node_id: str) -> subprocess.CompletedProcess:
    """xmlsec1 --verify of one signature (by Id) with the test root trusted and the issuing CA as intermediate."""
    table = "thongtinsohocbasotieuhoc"
    return subprocess.run(
        ["xmlsec1", "--verify", "--trusted-pem", str(pki_dir / "root.pem"), "--untrusted-pem",
         str(pki_dir / "issuing-ca.pem"), "--id-attr:Id", f"{xml_form.NS}:{table}",
         "--id-attr:Id", f"{xades.XADES}:SignedProperties", "--id-attr:Id", f"{DS}:Signature",
         "--id-attr:Id", f"{DS}:KeyInfo", "--node-id", node_id, str(path)],
        capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def issued(test_school, demo_pki, software_signer):
    _bind_all(test_school, demo_pki)
    for role, person in (("gvcn", "giaovien"), ("principal", "hieutruong"), ("seal", "condau")):
        _sign(test_school, role, software_signer(person))
    return test_school


def test_issued_xml_is_valid_signed_in_order_and_matches_the_pdf(issued, demo_pki, tmp_path):
    if shutil.which("xmlsec1") is None:
        pytest.skip("xmlsec1 is not installed (Debian package xmlsec1, tools/install-system-deps.sh)")
    db = issued.db
    for stored in records_repo.latest_for_class(db, issued.class_id):
        data = xml_repo.get_xml(db, stored.record.id, stored.record.version)
        doc = xml_form.parse(data)
        assert xml_form.schema_errors(doc) == []
        sigs = doc.findall(f"{{{DS}}}Signature")
        assert [s.get("Id") for s in sigs] == ["sig-gvcn", "sig-principal", "sig-seal"]
        report = xades.verify_xml(data, [demo_pki.root_der], payload=json.loads(stored.payload))
        assert report.ok and report.matches_pdf, xades.format_xml_report(report)
        assert [s.role for s in report.signatures] == ["gvcn", "principal", "seal"]
        path = tmp_path / f"{stored.record.id}.xml"
        path.write_bytes(data)
        for sig in sigs:   # the independent verifier, each signature with its chain to the test root
            done = _xmlsec(path, demo_pki.out_dir, sig.get("Id"))
            assert done.returncode == 0 and "OK" in done.stdout + done.stderr, done.stderr
        # the PDF carries the same record as hocba.xml (associated file, /Data) next to payload.json (/Source)
        reader = PdfFileReader(io.BytesIO(stored.pdf), strict=False)
        specs = {str(s.get_object()["/UF"]): s.get_object() for s in reader.root["/AF"]}
        assert str(specs["hocba.xml"]["/AFRelationship"]) == "/Data"
        assert str(specs["payload.json"]["/AFRelationship"]) == "/Source"
        embedded = specs["hocba.xml"]["/EF"]["/F"].get_object()
        assert "xml" in str(embedded["/Subtype"])
        inner = xml_form.record_element(xml_form.parse(embedded.data))
        assert etree.tostring(inner, method="c14n") == etree.tostring(xml_form.record_element(doc), method="c14n")
        assert pdfa3b_problems(stored.pdf, attachments=("payload.json", "hocba.xml")) == []


def test_one_element_per_dictionary_field(issued):
    stored = records_repo.latest_for_class(issued.db, issued.class_id)[0]
    record = xml_form.record_element(xml_form.parse(xml_repo.get_xml(issued.db, stored.record.id, 1)))
    fields = [r[1] for r in dictionary_rows() if r[0] == "thongtinsohocbasotieuhoc"]
    assert len(fields) == 86
    children = [etree.QName(c).localname for c in record]
    assert children[:len(fields)] == fields
    assert record.findtext(f"{{{xml_form.NS}}}madinhdanhhocba") == stored.record.id
    assert record.findtext(f"{{{xml_form.NS}}}sodinhdanh") is not None
    subjects = record.find(f"{{{xml_form.NS}}}dsbangdiem")
    assert len(subjects) == len(json.loads(stored.payload)["bangdiem"]) > 0


def test_tampered_reordered_or_foreign_xml_fails(issued, demo_pki, tmp_path):
    db = issued.db
    first, second = records_repo.latest_for_class(db, issued.class_id)[:2]
    data = xml_repo.get_xml(db, first.record.id, 1)
    name = json.loads(first.payload)["hovaten"].encode()
    tampered = data.replace(name, name[:-1] + b"X", 1)
    report = xades.verify_xml(tampered, [demo_pki.root_der])
    assert not report.ok and all(not s.ok for s in report.signatures)
    path = tmp_path / "t.xml"
    path.write_bytes(tampered)
    if shutil.which("xmlsec1"):
        assert _xmlsec(path, demo_pki.out_dir, "sig-gvcn").returncode != 0
    doc = xml_form.parse(data)
    doc.remove(doc.findall(f"{{{DS}}}Signature")[1])          # the principal's signature dropped
    assert not xades.verify_xml(etree.tostring(doc), [demo_pki.root_der]).ok
    assert not xades.verify_xml(data, []).ok                   # nothing trusted
    other = xades.verify_xml(data, [demo_pki.root_der], payload=json.loads(second.payload))
    assert other.matches_pdf is False and not other.ok


def test_export_writes_pdf_and_xml_and_cli_verifies_both(issued, demo_pki, tmp_path):
    db = issued.db
    stored = records_repo.latest_for_class(db, issued.class_id)[0]
    principal = issued.session("hieutruong")
    out = export.export_record(principal, stored.record.id, tmp_path / "hocba.pdf")
    xml_path = out.with_suffix(".xml")
    assert xml_path.read_bytes() == xml_repo.get_xml(db, stored.record.id, 1)
    assert json.loads(payload_of(out.read_bytes())) == json.loads(stored.payload)
    written = export.export_class(principal, issued.class_id, tmp_path / "lop")
    assert sorted(p.suffix for p in (tmp_path / "lop").iterdir()) == [".pdf"] * 3 + [".xml"] * 3
    root = demo_pki.out_dir / "root.pem"
    both = hocbaso("verify", str(xml_path), str(out), "--trust", str(root), password=None)
    assert both.returncode == 0, both.stdout + both.stderr
    assert "Khớp với dữ liệu học bạ (payload.json) của tệp PDF: có" in both.stdout and "TỆP XML HỢP LỆ" in both.stdout
    other_pdf = next(p for p in written if p.read_bytes() != out.read_bytes())
    mismatch = hocbaso("verify", str(xml_path), str(other_pdf), "--trust", str(root), "--json", password=None)
    assert mismatch.returncode == 1 and json.loads(mismatch.stdout)["xml"]["matches_pdf"] is False
    junk = tmp_path / "junk.xml"
    junk.write_bytes(b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>")
    refused = hocbaso("verify", str(junk), "--trust", str(root), password=None)
    assert refused.returncode == 3 and "không phải học bạ số" in refused.stderr   # entity never expanded
    no_traceback(refused)
