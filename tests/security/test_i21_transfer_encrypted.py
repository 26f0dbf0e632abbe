"""Issue 21, transfer packages encrypted for the receiving school's seal certificate.

The receiving school's seal is an independent one (`tests/fixtures/receiving_pki.py`: openssl and pkcs11-tool,
root → issuing CA → seal, the key generated on its SoftHSM2 token, always-authenticate, allowed to decrypt).
The sender checks the certificate against its trust store and encrypts the sealed package to it (CMS
AuthEnvelopedData, RSA-OAEP + AES-256-GCM); the file shows no name and no PDF; `transfer in` refuses it
until the receiving school's clerk opens it with the seal's token (C_Decrypt in the token worker); openssl
opens a package encrypted for a certificate whose private key it holds. A signing-only certificate is refused
with a message that says so (the package stays sealed, not encrypted), and a token key that may only sign
is named as such.
"""

from __future__ import annotations

import subprocess
import zipfile

import pytest

from hocbaso_desktop.dataio.transfer import transfer_in
from hocbaso_desktop.dataio.transfer_seal import open_package, recipient_from_file, seal_package
from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.signing import trust
from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.signing.demo_issue import SOFTHSM_MODULE, _DemoPin
from hocbaso_desktop.signing.token_signing import bound_token_signer, warm_token_client
from hocbaso_desktop.storage.session import open_session
from hocbaso_desktop.token import TokenClient
from hocbaso_desktop.token.errors import KeyCannotDecryptError
from tests.fixtures.dataio import database_snapshot
from tests.fixtures.real_pki import SOFTHSM, USER_PIN
from tests.fixtures.receiving_pki import KEY_ID, SIGN_ONLY_ID
from tests.security.i21_helpers import hocbaso, no_traceback
from tests.security.test_i21_transfer import ON, open_year_package, schools  # noqa: F401  (fixture)

pytestmark = pytest.mark.token


class _Pin:
    def ask_pin(self, token, remaining_tries):
        return USER_PIN

    def show_message(self, message: str) -> None:
        """Nothing to show in a test."""


def _trust_real_root(db_path, pem) -> None:
    admin = open_session(db_path, "quantri", DEFAULT_DEMO_PASSWORD)
    try:
        trust.add_trust_anchor(admin, pem.read_bytes())
    finally:
        admin.close()


def _bind_seal(db_path, cert_der: bytes, chain_pem, key_id: str, serial: str) -> None:
    from hocbaso_desktop.signing.certificates import load_certificate

    admin = open_session(db_path, "quantri", DEFAULT_DEMO_PASSWORD)
    try:
        bind_certificate(admin, username="vanthu", role="seal", cert_der=cert_der,
                         chain_der=[load_certificate(chain_pem.read_bytes())], key_id=key_id, token_serial=serial,
                         module_path=SOFTHSM, accept_name_mismatch=True)
    finally:
        admin.close()


def _seal_for(sender, package, tokens_conf, cert_pem) -> None:
    """The sending school's clerk seals with the demo seal token and encrypts for `cert_pem`."""
    from pathlib import Path

    env = {"SOFTHSM2_CONF": str(tokens_conf)}
    client = warm_token_client(SOFTHSM_MODULE, env, Path(sender).with_name(Path(sender).name + ".data"))
    session = open_session(sender, "vanthu", DEFAULT_DEMO_PASSWORD)
    try:
        recipient = recipient_from_file(session, cert_pem)
        with bound_token_signer(session, "seal", _DemoPin(), client=client) as signer:
            seal_package(session, package, signer, recipient=recipient)
    finally:
        session.close()
        client.close()


def _open_as_receiver(receiver, package, out, env):
    session = open_session(receiver, "vanthu", DEFAULT_DEMO_PASSWORD)
    client = TokenClient(SOFTHSM, env=env)
    try:
        with bound_token_signer(session, "seal", _Pin(), client=client) as signer:
            return open_package(session, package, out, signer)
    finally:
        client.close()
        session.close()


def test_a_package_for_the_receiving_seal_opens_only_on_its_token(schools, receiving_seal, tmp_path):  # noqa: F811
    sender, receiver, tokens = schools
    for school in (sender, receiver):
        _trust_real_root(school, receiving_seal.real.root_pem)
    _bind_seal(receiver, receiving_seal.cert_der, receiving_seal.real.issuing_pem, KEY_ID, receiving_seal.serial)
    package = open_year_package(sender, tmp_path)
    with zipfile.ZipFile(package) as zf:
        name = zf.read("manifest.json").decode()
    student = name.split('"hovaten": "')[1].split('"')[0]
    _seal_for(sender, package, tokens, receiving_seal.cert_pem)
    raw = package.read_bytes()
    assert raw[:1] == b"\x30" and not zipfile.is_zipfile(package)
    assert student.encode() not in raw and b"%PDF" not in raw and b"manifest" not in raw
    printed = subprocess.run(["openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", str(package)],
                             capture_output=True, text=True, check=True).stdout
    assert "rsaesOaep" in printed and "aes-256-gcm" in printed and "id-smime-ct-authEnvelopedData" in printed

    session = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        before = database_snapshot(session)
        with pytest.raises(InvalidInputError) as refused:
            transfer_in(session, package, "5A", on=ON)
        assert "transfer open" in refused.value.message
        assert database_snapshot(session) == before
    finally:
        session.close()
    opened = tmp_path / "opened.zip"
    _open_as_receiver(receiver, package, opened, receiving_seal.env)
    assert zipfile.is_zipfile(opened) and (opened.stat().st_mode & 0o777) == 0o600
    session = open_session(receiver, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        result = transfer_in(session, opened, "5A", on=ON)   # the seal inside is checked as for any package
        assert result.entries == 129   # the open year's values
    finally:
        session.close()


def test_openssl_opens_a_package_encrypted_for_its_key(schools, receiving_seal, tmp_path):  # noqa: F811
    sender, _receiver, tokens = schools
    _trust_real_root(sender, receiving_seal.real.root_pem)
    package = open_year_package(sender, tmp_path)
    _seal_for(sender, package, tokens, receiving_seal.software_pem)
    plain = tmp_path / "plain.zip"
    subprocess.run(["openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", str(package), "-inkey",
                    str(receiving_seal.software_key), "-recip", str(receiving_seal.software_pem), "-out", str(plain)],
                   check=True, capture_output=True)
    with zipfile.ZipFile(plain) as zf:
        assert {"manifest.json", "seal.json"} <= set(zf.namelist())


def test_a_signing_only_or_untrusted_certificate_is_refused_and_the_package_stays_sealed(
        schools, receiving_seal, tmp_path):  # noqa: F811
    sender, _receiver, _tokens = schools
    package = open_year_package(sender, tmp_path)
    before = package.read_bytes()
    # not yet trusted: the receiving school's CA is not in the sender's trust store
    untrusted = hocbaso("transfer", "seal", str(package), "--to-cert", str(receiving_seal.cert_pem), "--db",
                        str(sender), user="vanthu", password=DEFAULT_DEMO_PASSWORD)
    no_traceback(untrusted)
    assert untrusted.returncode == 3 and "tin cậy" in untrusted.stderr
    _trust_real_root(sender, receiving_seal.real.root_pem)
    sign_only = hocbaso("transfer", "seal", str(package), "--to-cert", str(receiving_seal.sign_only_pem), "--db",
                        str(sender), user="vanthu", password=DEFAULT_DEMO_PASSWORD)
    no_traceback(sign_only)
    assert sign_only.returncode == 3 and "chỉ dùng để ký" in sign_only.stderr
    assert package.read_bytes() == before      # nothing sealed, nothing encrypted: the clerk decides again


def test_a_token_key_that_may_only_sign_is_named(schools, receiving_seal, tmp_path):  # noqa: F811
    sender, receiver, tokens = schools
    real = receiving_seal.real
    for school in (sender, receiver):
        _trust_real_root(school, real.root_pem)
    from hocbaso_desktop.signing.certificates import load_certificate

    claiming = load_certificate(receiving_seal.claiming_pem.read_bytes())   # keyEncipherment, sign-only token key
    _bind_seal(receiver, claiming, real.issuing_pem, SIGN_ONLY_ID, receiving_seal.serial)
    package = open_year_package(sender, tmp_path)
    _seal_for(sender, package, tokens, receiving_seal.claiming_pem)
    with pytest.raises(KeyCannotDecryptError) as refused:
        _open_as_receiver(receiver, package, tmp_path / "never.zip", receiving_seal.env)
    assert "chỉ dùng để ký" in refused.value.message
    assert not (tmp_path / "never.zip").exists()


def test_the_command_line_addresses_the_package_and_the_clerk_seals_it_encrypted(
        schools, receiving_seal, tmp_path):  # noqa: F811
    """`transfer out --to-cert` keeps the certificate with its CA; `transfer seal` (no --to-cert) encrypts for it, with
    only the receiving root in the sender's trust store (before, the clerk's check of the kept leaf failed)."""
    from hocbaso_desktop.storage import school_repo

    sender, _receiver, tokens = schools
    _trust_real_root(sender, receiving_seal.real.root_pem)
    session = open_session(sender, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        year = school_repo.latest_year(session.db)
        student = school_repo.students_in_class(session.db, school_repo.find_class(session.db, year, "5A").id)[0]
    finally:
        session.close()
    db, package, pin = ("--db", str(sender)), tmp_path / "goi.zip", tmp_path / "pin.txt"
    pin.write_text("123456\n", encoding="utf-8")
    made = hocbaso("transfer", "out", "--student", student.id, "--to", "Trường Tiểu học Nơi Nhận", "--date",
                   "2026-11-02", "--out", str(package), "--to-cert", str(receiving_seal.cert_pem), *db, user="hocvu", password=DEFAULT_DEMO_PASSWORD)
    assert made.returncode == 0, made.stderr
    assert "Nơi Nhận" in made.stdout and zipfile.is_zipfile(package)
    sealed = hocbaso("transfer", "seal", str(package), "--pin-file", str(pin), *db, user="vanthu",
                     password=DEFAULT_DEMO_PASSWORD, extra_env={"SOFTHSM2_CONF": str(tokens)})
    no_traceback(sealed)
    assert sealed.returncode == 0, sealed.stderr
    assert "mã hoá cho" in sealed.stdout
    assert package.read_bytes()[:1] == b"\x30" and not zipfile.is_zipfile(package)
    assert student.full_name.encode() not in package.read_bytes()
