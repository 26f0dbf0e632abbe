"""Token provisioning inside the worker: initialise a SoftHSM2 token and import keys and certificates.

Only used for test and demo tokens (`token.softhsm`). It initialises a slot only when that slot's token
is not initialised yet, so it can never wipe a real token.
"""

from __future__ import annotations

import PyKCS11
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from hocbaso_desktop.token._pkcs11 import Pkcs11Module, _text
from hocbaso_desktop.token.types import CKF_TOKEN_INITIALIZED


def _int_bytes(value: int) -> bytes:
    """Big-endian bytes of a non-negative integer, as PKCS#11 big integers are stored."""
    return value.to_bytes((value.bit_length() + 7) // 8 or 1, "big")


def init_token(module: Pkcs11Module, label: str, so_pin: str, user_pin: str) -> str:
    """Initialise the first uninitialised token with `label` and PINs; return its serial."""
    for slot in module.lib.getSlotList(tokenPresent=True):
        info = module.lib.getTokenInfo(slot)
        if not info.flags & CKF_TOKEN_INITIALIZED:
            break
    else:
        raise RuntimeError("no free (uninitialised) slot")
    # Pad with spaces ourselves: PyKCS11 pads with NULs, which then never match a stripped label.
    module.lib.initToken(slot, so_pin, label.ljust(32))
    session = module.lib.openSession(slot, PyKCS11.CKF_RW_SESSION)
    try:
        session.login(so_pin, PyKCS11.CKU_SO)
        session.initPin(user_pin)
        session.logout()
    finally:
        session.closeSession()
    return _text(module.lib.getTokenInfo(slot).serialNumber)


def import_keys(module: Pkcs11Module, serial: str, user_pin: str,
                keys: list[tuple[bytes, bytes, bytes, str, str, bytes]]) -> None:
    """Import (key id, PKCS#8 DER, certificate DER, cert label, key label, cert id) tuples as token objects."""
    session = module.open_session(serial, rw=True)
    try:
        session.login(user_pin)
        for key_id, pkcs8, cert_der, cert_label, key_label, cert_id in keys:
            key = serialization.load_der_private_key(pkcs8, password=None)
            if not isinstance(key, rsa.RSAPrivateKey):
                raise ValueError("only RSA keys are imported into demo tokens")
            _import_rsa(session, key, key_id, key_label)
            if cert_der:
                cert = x509.load_der_x509_certificate(cert_der)
                session.createObject([
                    (PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE),
                    (PyKCS11.CKA_CERTIFICATE_TYPE, PyKCS11.CKC_X_509),
                    (PyKCS11.CKA_TOKEN, True),
                    (PyKCS11.CKA_PRIVATE, False),
                    (PyKCS11.CKA_ID, cert_id),
                    (PyKCS11.CKA_LABEL, cert_label),
                    (PyKCS11.CKA_SUBJECT, cert.subject.public_bytes()),
                    (PyKCS11.CKA_ISSUER, cert.issuer.public_bytes()),
                    (PyKCS11.CKA_SERIAL_NUMBER, _int_bytes(cert.serial_number)),
                    (PyKCS11.CKA_VALUE, cert_der),
                ])
        session.logout()
    finally:
        session.closeSession()


def _import_rsa(session: PyKCS11.Session, key: rsa.RSAPrivateKey, key_id: bytes, label: str) -> None:
    """Create the private key (non-extractable) and its public key on the token."""
    priv = key.private_numbers()
    pub = priv.public_numbers
    common = [(PyKCS11.CKA_KEY_TYPE, PyKCS11.CKK_RSA), (PyKCS11.CKA_TOKEN, True), (PyKCS11.CKA_ID, key_id),
              (PyKCS11.CKA_LABEL, label), (PyKCS11.CKA_MODULUS, _int_bytes(pub.n)),
              (PyKCS11.CKA_PUBLIC_EXPONENT, _int_bytes(pub.e))]
    session.createObject([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY), *common,
                          (PyKCS11.CKA_PRIVATE, True), (PyKCS11.CKA_SENSITIVE, True),
                          (PyKCS11.CKA_EXTRACTABLE, False), (PyKCS11.CKA_SIGN, True),
                          (PyKCS11.CKA_PRIVATE_EXPONENT, _int_bytes(priv.d)),
                          (PyKCS11.CKA_PRIME_1, _int_bytes(priv.p)), (PyKCS11.CKA_PRIME_2, _int_bytes(priv.q)),
                          (PyKCS11.CKA_EXPONENT_1, _int_bytes(priv.dmp1)),
                          (PyKCS11.CKA_EXPONENT_2, _int_bytes(priv.dmq1)),
                          (PyKCS11.CKA_COEFFICIENT, _int_bytes(priv.iqmp))])
    session.createObject([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PUBLIC_KEY), *common,
                          (PyKCS11.CKA_PRIVATE, False), (PyKCS11.CKA_VERIFY, True)])


def generate_session_keypair(module: Pkcs11Module, serial: str, bits: int) -> int:
    """Generate a throw-away RSA key pair as session objects (test op: a slow call that holds the GIL)."""
    session = module.sessions[serial]
    public, private = session.generateKeyPair(
        [(PyKCS11.CKA_CLASS, PyKCS11.CKO_PUBLIC_KEY), (PyKCS11.CKA_TOKEN, False),
         (PyKCS11.CKA_MODULUS_BITS, bits), (PyKCS11.CKA_PUBLIC_EXPONENT, (1, 0, 1)), (PyKCS11.CKA_VERIFY, True)],
        [(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY), (PyKCS11.CKA_TOKEN, False), (PyKCS11.CKA_SIGN, True)])
    session.destroyObject(private)
    session.destroyObject(public)
    return bits
