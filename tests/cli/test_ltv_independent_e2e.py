"""Issue 16's "How it will be checked", through the command line, checked by verifiers that are not the program's.

The PKI, the TSA, the OCSP responder and the CRLs are made and run only by openssl (tests/fixtures/openssl_ltv.py);
the tokens hold only each person's key and certificate. `trust add`, `certs bind`, `config set signing.tsa_url`,
`sign` (GVCN, principal, seal) of class 4A, `timestamp-upgrade`, `export`; then every PDF: PDF/A-3b identification
and output intent, a DSS with revocation data and a VRI for each signature, a document timestamp, pyHanko's AdES
LTA validation offline now and after the teacher's certificate has expired, poppler's pdfsig; every XML: the
shipped schema, xmlsec1 for each signature with the test root and the issuing CA, and the PDF's payload.json.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp, pem
from asn1crypto import x509 as asn1_x509
from lxml import etree
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESPassed
from pyhanko.sign.validation.ades import ades_lta_validation
from pyhanko.sign.validation.policy_decl import (
    CertificateFetchingRule,
    PdfSignatureValidationSpec,
    RevinfoOnlineFetchingRule,
    RevocationInfoGatheringSpec,
    SignatureValidationSpec,
)
from pyhanko_certvalidator.context import CertValidationPolicySpec
from pyhanko_certvalidator.ltv.types import ValidationTimingInfo
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    FreshnessReqType,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)
from pyhanko_certvalidator.registry import SimpleTrustManager

from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures.pdfa import pdfa3b_problems
from tests.fixtures.pdfsig import make_pdfsig
from tests.fixtures.real_pki import SOFTHSM, USER_PIN
from tests.fixtures.school import SMALL_CLASS_SIZE

SIGNERS = (("gvcn.4a", "gvcn", "teacher"), ("hieutruong", "principal", "principal"), ("vanthu", "seal", "seal"))
XSD = Path(__file__).resolve().parents[2] / "src/hocbaso_desktop/resources/xml/hocba.xsd"
DS = "http://www.w3.org/2000/09/xmldsig#"
PDFAID = "http://www.aiim.org/pdfa/ns/id/"


def _der(path: Path) -> bytes:
    data = path.read_bytes()
    return pem.unarmor(data)[2] if pem.detect(data) else data


def _issue_and_export(school, pki, tmp_path: Path) -> Path:
    """The whole flow through the command line; returns the export folder."""
    db = ("--db", str(school.path))
    added = hocbaso("trust", "add", str(pki.root_pem), *db, user="quantri", stdin="có\n")
    assert added.returncode == 0, added.stderr
    issuing_sha = hashlib.sha256(_der(pki.issuing_pem)).hexdigest()
    added = hocbaso("trust", "add", str(pki.issuing_pem), "--fingerprint", issuing_sha, *db, user="quantri")
    assert added.returncode == 0, added.stderr
    for account, role, person in SIGNERS:
        bound = hocbaso("certs", "bind", "--user", account, "--role", role, "--module", SOFTHSM, "--token-serial",
                        pki.serials[person], "--accept-name-mismatch", *db,
                        extra_env={**pki.env, "HOCBASO_USER": "quantri"})
        assert bound.returncode == 0, bound.stdout + bound.stderr
    configured = hocbaso("config", "set", "signing.tsa_url", pki.tsa_url, *db, user="quantri")
    assert configured.returncode == 0, configured.stderr
    shown = hocbaso("config", "get", "signing.tsa_url", *db, user="quantri")
    assert shown.returncode == 0 and pki.tsa_url in shown.stdout
    pin = tmp_path / "pin.txt"
    pin.write_text(USER_PIN + "\n", encoding="utf-8")
    for account, role, _person in SIGNERS:
        signed = hocbaso("sign", "--class", "4A", "--year", school.year, "--as", role, "--pin-file", str(pin), *db,
                         user=account, extra_env=pki.env)
        assert signed.returncode == 0, signed.stdout + signed.stderr
        assert USER_PIN not in signed.stdout + signed.stderr
    tsa_before = pki.requests["/tsa"]
    upgraded = hocbaso("timestamp-upgrade", *db, user="hieutruong")
    assert upgraded.returncode == 0, upgraded.stdout + upgraded.stderr
    no_traceback(upgraded)
    assert pki.requests["/tsa"] > tsa_before
    out = tmp_path / "xuat"
    exported = hocbaso("export", "--class", "4A", "--year", school.year, "--out", str(out), *db, user="hieutruong")
    assert exported.returncode == 0, exported.stderr
    return out



def _lta_spec(root: asn1_x509.Certificate) -> PdfSignatureValidationSpec:
    """pyHanko's AdES validation, revocation data required for every certificate, nothing fetched.

    The newest document timestamp is validated at the (moved) clock with the revocation data the file holds;
    a verifier that cannot fetch accepts that data for 60 days (its freshness policy), which covers the
    30 days the tests move the clock.
    """
    required = RevocationCheckingPolicy(ee_certificate_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED,
                                        intermediate_ca_cert_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED)
    policy = CertValidationPolicySpec(
        trust_manager=SimpleTrustManager.build(trust_roots=[root]),
        revinfo_policy=CertRevTrustPolicy(required, freshness=timedelta(days=60),
                                          freshness_req_type=FreshnessReqType.MAX_DIFF_REVOCATION_VALIDATION))
    offline = RevocationInfoGatheringSpec(online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY,
                                          certificate_fetching_rule=CertificateFetchingRule.NEVER_FETCH)
    return PdfSignatureValidationSpec(SignatureValidationSpec(cert_validation_policy=policy,
                                                              revinfo_gathering_policy=offline))


def _lta_results(reader: PdfFileReader, spec: PdfSignatureValidationSpec, at: datetime) -> list:
    """AdES LTA validation of every signature at `at`; one reader serves both moments (pyHanko keeps the objects
    it has read, so the second validation does not parse the signatures' hex strings again)."""
    timing = ValidationTimingInfo(validation_time=at, best_signature_time=at, point_in_time_validation=False)
    return [asyncio.run(ades_lta_validation(sig, spec, timing)) for sig in reader.embedded_regular_signatures]


def _pdfa_identification(reader: PdfFileReader) -> None:
    """XMP pdfaid:part=3 / conformance=B and one GTS_PDFA1 output intent with an ICC profile."""
    xmp = etree.fromstring(reader.root["/Metadata"].get_object().data)
    desc = {k: v for d in xmp.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description")
            for k, v in [*d.attrib.items(), *((c.tag, c.text) for c in d)]}
    assert desc.get(f"{{{PDFAID}}}part") == "3" and desc.get(f"{{{PDFAID}}}conformance") == "B", desc
    intents = [i.get_object() for i in reader.root["/OutputIntents"]]
    assert [str(i["/S"]) for i in intents] == ["/GTS_PDFA1"]
    assert len(intents[0]["/DestOutputProfile"].get_object().data) > 128


def _ocsp_serials(der: bytes) -> set[int]:
    basic = ocsp.OCSPResponse.load(der).basic_ocsp_response
    return {r["cert_id"]["serial_number"].native for r in basic["tbs_response_data"]["responses"]
            if r["cert_status"].name == "good"}


def _dss_checks(reader: PdfFileReader) -> None:
    """Revocation data for each signature's signer and a VRI keyed by the signature (ISO 32000-2, 12.8.4.4)."""
    dss = reader.root["/DSS"]
    ocsps = [o.get_object().data for o in dss.get("/OCSPs", ())]
    crls = [asn1_crl.CertificateList.load(c.get_object().data) for c in dss.get("/CRLs", ())]
    vri = dss["/VRI"].get_object()
    for sig in reader.embedded_regular_signatures:
        signer = sig.signer_cert
        good = set().union(*(_ocsp_serials(o) for o in ocsps)) if ocsps else set()
        by_crl = any(c.issuer == signer.issuer for c in crls)
        # this PKI answers for its end entities by OCSP and for its issuing CA by the root's CRL
        assert signer.serial_number in good and not by_crl, sig.field_name
        # the key: upper-case hex SHA-1 of the signature's /Contents bytes (what Acrobat, iText and EU DSS compute)
        key = "/" + hashlib.sha1(bytes(sig.sig_object["/Contents"])).hexdigest().upper()
        assert key in vri, (sig.field_name, list(vri))
        entry = vri[key].get_object()
        vri_ocsps = [o.get_object().data for o in entry.get("/OCSP", ())]
        assert any(signer.serial_number in _ocsp_serials(o) for o in vri_ocsps), sig.field_name
        assert entry.get("/CRL"), sig.field_name   # the issuing CA's CRL, for the rest of the chain
    assert reader.embedded_timestamp_signatures, "no document timestamp"


def _xmlsec(path: Path, pki, node_id: str, table: str) -> subprocess.CompletedProcess:
    """xmlsec1 --verify of one signature, the test root trusted and the issuing CA given as intermediate."""
    ns = etree.parse(str(path)).getroot().nsmap[None]
    return subprocess.run(
        ["xmlsec1", "--verify", "--trusted-pem", str(pki.root_pem), "--untrusted-pem", str(pki.issuing_pem),
         "--id-attr:Id", f"{ns}:{table}", "--id-attr:Id", "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
         "--id-attr:Id", f"{DS}:Signature", "--node-id", node_id, str(path)],
        capture_output=True, text=True, timeout=60, check=False)


def _attachment(reader: PdfFileReader, name: str) -> bytes:
    specs = {str(s.get_object()["/UF"]): s.get_object() for s in reader.root["/AF"]}
    return specs[name]["/EF"]["/F"].get_object().data


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _payload_matches_xml(payload: dict, record: etree._Element) -> None:
    """Every value of payload.json is in the XML: as the element of the same name, or in <bosung> as JSON."""
    ns = etree.QName(record).namespace
    extra = {t.get("ten"): json.loads(t.text) for t in record.iterfind(f"{{{ns}}}bosung/{{{ns}}}truong")}

    def check(path: str, value, element) -> None:
        if path in extra:
            assert extra[path] == value, path
            return
        assert element is not None, f"{path} is not in the XML"
        if isinstance(value, dict):
            for key, inner in value.items():
                check(f"{path}.{key}", inner, element.find(f"{{{ns}}}{key}"))
        elif isinstance(value, list):
            assert len(element) == len(value), path
            for n, (item, child) in enumerate(zip(value, element, strict=True)):
                check(f"{path}[{n}]", item, child)
        else:
            assert (element.text or "") == _text(value), (path, element.text, value)

    for key, value in payload.items():
        if key == "nguoikybatbuoc":
            roles = [e.get("vaitro") for e in record.iterfind(f"{{{ns}}}dsnguoiky/{{{ns}}}nguoiky")]
            assert roles == value
            continue
        element = record.find(f"{{{ns}}}{key}")
        if isinstance(value, list) and element is None:
            element = record.find(f"{{{ns}}}ds{key}")
        check(key, value, element)


# A whole class of 9 (27 token signatures, 9 upgrades, 54 AdES validations, 9 pdfsig, 27 xmlsec1): about 10 s on a
# quiet machine; a hang guard, not a performance bound.
@pytest.mark.timeout(900)
def test_issue_16_check_through_the_cli_with_independent_verifiers(small_demo_school, openssl_ltv, tmp_path):
    if shutil.which("xmlsec1") is None:
        pytest.skip("xmlsec1 is not installed (Debian package xmlsec1, tools/install-system-deps.sh)")
    pki = openssl_ltv
    out = _issue_and_export(small_demo_school, pki, tmp_path)
    pdfs, xmls = sorted(out.glob("*.pdf")), sorted(out.glob("*.xml"))
    assert len(pdfs) == SMALL_CLASS_SIZE and [p.stem for p in pdfs] == [x.stem for x in xmls]
    assert pki.requests["/ocsp"] and pki.requests["/crl/root.crl"]          # the responders were really asked
    root = asn1_x509.Certificate.load(_der(pki.root_pem))
    spec = _lta_spec(root)
    now = datetime.now(UTC)
    later = pki.not_after("teacher") + timedelta(days=27)             # the teacher's 3-day certificate has expired
    assert later > now + timedelta(days=29)
    pdfsig = make_pdfsig(tmp_path / "nss", pki.root_pem)
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    for pdf_path, xml_path in zip(pdfs, xmls, strict=True):
        data = pdf_path.read_bytes()
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        _pdfa_identification(reader)
        assert pdfa3b_problems(data, attachments=("payload.json", "hocba.xml"), reader=reader) == [], pdf_path.name
        _dss_checks(reader)
        lta_reader = PdfFileReader(io.BytesIO(data), strict=False)  # pyHanko's diff analysis wants a fresh one
        for at in (now, later):
            results = _lta_results(lta_reader, spec, at)
            assert len(results) == 3, pdf_path.name
            assert all(r.ades_subindic == AdESPassed.OK and r.api_status.bottom_line for r in results), \
                (pdf_path.name, at, [r.ades_subindic for r in results])
        checked = pdfsig.check(pdf_path)
        # poppler 22.12 checks the three signatures; it lists the document timestamp (ETSI.RFC3161) without
        # verifying it ("Signature Type: unknown"), so pyHanko's validation above is what covers the timestamp
        assert len(checked) == 4 and all(s.ok for s in checked[:3]), checked
        assert checked[3].field_name == reader.embedded_timestamp_signatures[-1].field_name and checked[3].total_document
        # the XML form: the shipped schema, xmlsec1 for each signature, the PDF's payload.json
        doc = etree.parse(str(xml_path))
        assert schema.validate(doc), schema.error_log
        record = doc.getroot()[0]
        sigs = doc.getroot().findall(f"{{{DS}}}Signature")
        assert [s.get("Id") for s in sigs] == ["sig-gvcn", "sig-principal", "sig-seal"]
        for sig in sigs:
            done = _xmlsec(xml_path, pki, sig.get("Id"), etree.QName(record).localname)
            assert done.returncode == 0 and "OK" in done.stdout + done.stderr, done.stderr
            ref = sig.find(f"{{{DS}}}SignedInfo/{{{DS}}}Reference")
            assert ref.get("URI") == "#" + record.get("Id")                    # each signer signs the record
        payload = json.loads(_attachment(reader, "payload.json"))
        _payload_matches_xml(payload, record)
        inner = etree.fromstring(_attachment(reader, "hocba.xml"))[0]
        assert etree.tostring(inner, method="c14n") == etree.tostring(record, method="c14n")
