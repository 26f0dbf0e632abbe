"""Transfer packages encrypted for the receiving school's seal certificate (issue 21): CMS, as openssl reads it.

The sealed package (a zip) becomes the content of a CMS AuthEnvelopedData (RFC 5083): a fresh AES-256-GCM
key (RFC 5084, 12-byte nonce, 16-byte tag) encrypts it, and that key is encrypted for the receiving school's
seal certificate with RSAES-OAEP (RFC 8017; default parameters SHA-1 / MGF1-SHA-1, which SoftHSM2 and most
vendor tokens support). The recipient is named by the certificate's issuer and serial number, so
`openssl cms -decrypt -inform DER -inkey KEY` opens the file as well as this program does.

The certificate is the one the receiving school hands over (a file the clerk picks, possibly with its CA
chain: a PEM bundle or .p7b): it must chain to a root of this school's trust store today, be an RSA key, and allow key encipherment (keyUsage keyEncipherment, when
the certificate says what it may be used for). A seal certificate issued for signing only is refused with a
message that says so: the package then stays sealed and not encrypted.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import algos, cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hocbaso_desktop.domain.errors import InvalidInputError, VerificationError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing.certificates import common_name
from hocbaso_desktop.signing.chain import ChainError, school_chain
from hocbaso_desktop.signing.trust import is_ca_der, read_certificates

MAX_CERT_FILE = 64 * 1024
# RSAES-OAEP with SHA-1 and MGF1-SHA-1 and an empty label, written out as openssl writes it
_OAEP_SHA1 = {"hash_algorithm": {"algorithm": "sha1", "parameters": None},
              "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": "sha1", "parameters": None}},
              "p_source_algorithm": {"algorithm": "p_specified", "parameters": b""}}


@dataclass(frozen=True)
class Recipient:
    """A receiving school's certificate, checked: its DER, the holder's name and organisation."""

    cert_der: bytes
    name: str
    organisation: str
    chain_der: tuple[bytes, ...] = ()   # the CA certificates that came with it (kept with it in the package)


def recipient_from_bytes(db, data: bytes, *, at: datetime, what: str = "") -> Recipient:
    """Check a receiving school's certificate (PEM or DER) for encryption; InvalidInputError with the reason."""
    if len(data) > MAX_CERT_FILE:
        raise InvalidInputError(_("Tệp chứng thư “{f}” quá lớn.", f=what), field="to_cert")
    found = read_certificates(data)  # the certificate, possibly with its CA chain (PEM bundle or .p7b)
    leaves = [d for d in found if not is_ca_der(d)]
    if len(leaves) != 1:
        raise InvalidInputError(_("Tệp “{f}” phải chứa đúng một chứng thư của trường nhận (có thể kèm chứng thư các "
                                  "tổ chức cấp).", f=what), field="to_cert")
    der = leaves[0]
    cert = x509.load_der_x509_certificate(der)
    name = common_name(cert)
    orgs = cert.subject.get_attributes_for_oid(x509.oid.NameOID.ORGANIZATION_NAME)
    if not isinstance(cert.public_key(), rsa.RSAPublicKey):
        raise InvalidInputError(_("Chứng thư của “{n}” không phải khoá RSA nên không mã hoá gói cho nó được; gói chỉ "
                                  "được niêm phong.", n=name), field="to_cert")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not usage.key_encipherment:
        raise InvalidInputError(_("Chứng thư của “{n}” chỉ dùng để ký (không có mục đích mã hoá khoá — "
                                  "keyEncipherment), nên không mã hoá gói cho trường nhận được. Gói vẫn được niêm "
                                  "phong; hãy xin trường nhận chứng thư dùng được để mã hoá, hoặc gửi gói chỉ niêm "
                                  "phong.", n=name), field="to_cert")
    try:
        school_chain(db, der, at=at, cms_certs=[d for d in found if d != der])
    except ChainError as exc:
        raise InvalidInputError(_("Chứng thư của “{n}” không xác minh được theo danh sách tin cậy của trường (hết hạn, "
                                  "hoặc do tổ chức chưa được tin cậy cấp): không mã hoá cho chứng thư này.", n=name),
                                field="to_cert") from exc
    return Recipient(der, name, str(orgs[0].value) if orgs else "", tuple(d for d in found if d != der))


def _gcm_parameters(nonce: bytes) -> algos.CcmParams:
    """RFC 5084 GCMParameters (aes-nonce, aes-ICVlen): asn1crypto names the same structure only for CCM."""
    return algos.CcmParams({"aes_nonce": nonce, "aes_icvlen": 16})


def is_enveloped(data: bytes) -> bool:
    """Whether a file is a CMS AuthEnvelopedData (an encrypted package) rather than a zip."""
    try:
        return data[:1] == b"\x30" and cms.ContentInfo.load(data)["content_type"].native == \
            "authenticated_enveloped_data"
    except (ValueError, TypeError, KeyError):
        return False


def encrypt_for(plain: bytes, recipient_der: bytes) -> bytes:
    """The DER ContentInfo of an AuthEnvelopedData of `plain` for the certificate `recipient_der`."""
    cert = asn1_x509.Certificate.load(recipient_der)
    public_key = x509.load_der_x509_certificate(recipient_der).public_key()
    cek, nonce = AESGCM.generate_key(256), os.urandom(12)
    sealed = AESGCM(cek).encrypt(nonce, plain, None)
    ciphertext, tag = sealed[:-16], sealed[-16:]
    wrapped = public_key.encrypt(cek, padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(),
                                                   label=None))
    oaep = _OAEP_SHA1
    recipient = cms.KeyTransRecipientInfo({
        "version": "v0",
        "rid": cms.RecipientIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber(
            {"issuer": cert.issuer, "serial_number": cert.serial_number})}),
        "key_encryption_algorithm": cms.KeyEncryptionAlgorithm({"algorithm": "rsaes_oaep", "parameters": oaep}),
        "encrypted_key": wrapped,
    })
    gcm = algos.EncryptionAlgorithm({"algorithm": "aes256_gcm",
                                     "parameters": _gcm_parameters(nonce)})
    data = cms.AuthEnvelopedData({
        "version": "v0",
        "recipient_infos": [cms.RecipientInfo({"ktri": recipient})],
        "auth_encrypted_content_info": cms.EncryptedContentInfo({
            "content_type": "data", "content_encryption_algorithm": gcm, "encrypted_content": ciphertext}),
        "mac": tag,
    })
    return cms.ContentInfo({"content_type": "authenticated_enveloped_data", "content": data}).dump()


def decrypt_with(data: bytes, cert_der: bytes, decrypt_key: Callable[[bytes], bytes], *, what: str = "") -> bytes:
    """The plain package: the recipient entry for `cert_der`, its key decrypted by `decrypt_key` (the token's
    RSA-OAEP), then AES-256-GCM (VerificationError when the file was changed or is not for this certificate)."""
    cert = asn1_x509.Certificate.load(cert_der)
    try:
        env = cms.ContentInfo.load(data)["content"]
        mine = None
        for info in env["recipient_infos"]:
            ktri = info.chosen
            rid = ktri["rid"].chosen
            if (isinstance(rid, cms.IssuerAndSerialNumber) and rid["issuer"] == cert.issuer
                    and rid["serial_number"].native == cert.serial_number):
                mine = ktri
        if mine is None:
            raise VerificationError(_("Gói “{f}” được mã hoá cho một chứng thư khác, không phải con dấu của trường "
                                      "này: không mở được.", f=what))
        if mine["key_encryption_algorithm"]["algorithm"].native != "rsaes_oaep" or \
                mine["key_encryption_algorithm"]["parameters"].native != _OAEP_SHA1:
            raise VerificationError(_("Gói “{f}” dùng thuật toán mã hoá khoá không hỗ trợ.", f=what))
        content = env["auth_encrypted_content_info"]
        algorithm = content["content_encryption_algorithm"]
        params = algos.CcmParams.load(algorithm["parameters"].dump())  # GCMParameters: the same two fields
        if algorithm["algorithm"].native != "aes256_gcm" or params["aes_icvlen"].native != 16:
            raise VerificationError(_("Gói “{f}” dùng thuật toán mã hoá nội dung không hỗ trợ.", f=what))
        if env["auth_attrs"].native:  # we write none; authenticated attributes would change the associated data
            raise VerificationError(_("Gói “{f}” có thuộc tính xác thực không hỗ trợ.", f=what))
        nonce = params["aes_nonce"].native
        ciphertext, tag = content["encrypted_content"].native, env["mac"].native
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise VerificationError(_("Gói “{f}” không đọc được (tệp mã hoá bị hỏng).", f=what)) from exc
    cek = decrypt_key(bytes(mine["encrypted_key"].native))
    try:
        return AESGCM(cek).decrypt(nonce, ciphertext + tag, None)
    except (InvalidTag, ValueError) as exc:
        raise VerificationError(_("Gói “{f}” đã bị sửa sau khi mã hoá, hoặc khoá giải mã không đúng.", f=what)) \
            from exc
