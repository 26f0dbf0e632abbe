"""The trust store: PEM, DER and PKCS#7 files made by openssl, anchors and intermediates apart, confirmation."""

from __future__ import annotations

import hashlib
import subprocess
import unicodedata

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError
from hocbaso_desktop.signing import trust
from hocbaso_desktop.signing.identity import check_organisation, check_person, names_match
from hocbaso_desktop.storage import audit, trust_repo


def _der(pem_path) -> bytes:
    return x509.load_pem_x509_certificate(pem_path.read_bytes()).public_bytes(Encoding.DER)


def test_every_file_shape_a_ca_publishes(real_pki_template, tmp_path):
    pki = real_pki_template
    root, issuing = _der(pki.root_pem), _der(pki.issuing_pem)
    pem_p7b = tmp_path / "bundle.p7c"
    subprocess.run(["openssl", "crl2pkcs7", "-nocrl", "-certfile", str(pki.root_pem), "-certfile",
                    str(pki.issuing_pem), "-out", str(pem_p7b)], check=True, capture_output=True)
    pem_bundle = pki.root_pem.read_bytes() + pki.issuing_pem.read_bytes()
    for data in (pki.bundle_p7b.read_bytes(), pem_p7b.read_bytes(), pem_bundle):
        assert sorted(trust.read_certificates(data)) == sorted([root, issuing])
    assert trust.read_certificates(issuing) == [issuing]
    kinds = {c.sha256: c.kind for c in trust.trust_candidates(pki.bundle_p7b.read_bytes())}
    assert kinds == {hashlib.sha256(root).hexdigest(): trust.ANCHOR, hashlib.sha256(issuing).hexdigest():
                     trust.INTERMEDIATE}
    with pytest.raises(InvalidInputError, match="người ký"):           # a person's certificate is never trusted
        trust.trust_candidates(pki.cert_pem("teacher").read_bytes())
    with pytest.raises(InvalidInputError):
        trust.read_certificates(b"\x30\x03xyz")                     # neither a certificate nor PKCS#7
    with pytest.raises(InvalidInputError, match="quá lớn"):
        trust.read_certificates(b"0" * (trust.MAX_TRUST_FILE_BYTES + 1))


def test_nothing_is_stored_before_the_fingerprint_is_confirmed(test_school, real_pki_template):
    admin = test_school.session("quantri")
    data = real_pki_template.bundle_p7b.read_bytes()
    root_sha = hashlib.sha256(_der(real_pki_template.root_pem)).hexdigest()
    issuing_sha = hashlib.sha256(_der(real_pki_template.issuing_pem)).hexdigest()
    before = len(trust_repo.list_anchors(test_school.db))
    with pytest.raises(InvalidInputError, match="xác nhận"):
        trust.add_trusted(admin, data, confirmed={root_sha})          # the issuing CA was not confirmed
    assert len(trust_repo.list_anchors(test_school.db)) == before and not trust_repo.list_intermediates(test_school.db)
    with pytest.raises(PermissionDeniedError):
        trust.add_trusted(test_school.session("gvcn.4a"), data, confirmed={root_sha, issuing_sha})
    trust.add_trusted(admin, data, confirmed={root_sha.upper(), issuing_sha})
    entries = {e.sha256: e.kind for e in trust.trust_entries(test_school.db)}
    assert entries[root_sha] == trust.ANCHOR and entries[issuing_sha] == trust.INTERMEDIATE
    actions = [e.action for e in audit.recent(test_school.db)]
    assert "trust.add" in actions and "trust.add_intermediate" in actions
    with pytest.raises(InvalidInputError, match="Chỉ thêm được chứng thư gốc"):
        trust.add_trust_anchor(admin, _der(real_pki_template.issuing_pem))


def test_names_compare_the_vietnamese_way(real_pki_template):
    teacher = _der(real_pki_template.cert_pem("teacher"))         # CN Đặng Thị Thu Trang, UID CCCD:079085001234
    decomposed = unicodedata.normalize("NFD", "đặng  thị THU trang")
    assert check_person(teacher, decomposed).matches                  # NFC, case and spacing do not matter
    assert check_person(teacher, "Đặng Thị Thu Trang", "079085001234").matches
    assert not check_person(teacher, "Đặng Thị Thu Trang", "079085009999").matches    # another person's ID
    assert not check_person(teacher, "Dang Thi Thu Trang").matches    # diacritics are part of the name
    assert names_match("Trần Văn Đức", "Trần Văn Đức – Hiệu trưởng")
    assert not names_match("Trần Văn Đức", "Trần Văn Đức Anh")
    seal = _der(real_pki_template.cert_pem("seal"))
    assert check_organisation(seal, "trường tiểu học ngoài đời").matches
    refused = check_organisation(seal, "Trường Tiểu học Hòa Bình")
    assert not refused.matches and "Hòa Bình" in refused.problems[0] and "Ngoài Đời" in refused.problems[0]
