"""PyKCS11 operations run inside the token worker process (never import this in the app process).

One `Pkcs11Module` owns one loaded module. Tokens are addressed by serial and the slot is looked up
again before every operation, because slot ids change (SoftHSM renumbers them after a reload, readers
after a replug). Sessions are kept per serial only between `login` and `logout`; when the token is gone
or the session is invalid, every session of that serial is dropped and the error is reported: the
caller asks the person for the PIN again, nothing is retried silently.
"""

from __future__ import annotations

import hashlib
import logging

import PyKCS11

from hocbaso_desktop.token.errors import (
    CKR_KEY_FUNCTION_NOT_PERMITTED,
    CKR_USER_ALREADY_LOGGED_IN,
    KeyNotFoundError,
    NotLoggedInError,
    TokenNotFoundError,
    TokenRemovedError,
    is_removal,
)
from hocbaso_desktop.token.types import CKF_TOKEN_INITIALIZED, TokenInfo

log = logging.getLogger(__name__)

# Signing mechanisms per digest, and the DER DigestInfo prefixes for the CKM_RSA_PKCS fallback (RFC 8017 §9.2).
_RSA_MECHANISMS = {
    "sha1": PyKCS11.CKM_SHA1_RSA_PKCS,
    "sha256": PyKCS11.CKM_SHA256_RSA_PKCS,
    "sha384": PyKCS11.CKM_SHA384_RSA_PKCS,
    "sha512": PyKCS11.CKM_SHA512_RSA_PKCS,
}
DIGEST_INFO_PREFIX = {
    "sha1": bytes.fromhex("3021300906052b0e03021a05000414"),
    "sha256": bytes.fromhex("3031300d060960864801650304020105000420"),
    "sha384": bytes.fromhex("3041300d060960864801650304020205000430"),
    "sha512": bytes.fromhex("3051300d060960864801650304020305000440"),
}
_LOGGED_IN_STATES = {PyKCS11.CKS_RO_USER_FUNCTIONS, PyKCS11.CKS_RW_USER_FUNCTIONS}


def _text(value: str) -> str:
    """Strip the space/NUL padding PKCS#11 puts on fixed-width strings."""
    return value.rstrip(" \0").strip()


class Pkcs11Module:
    """One loaded PKCS#11 module with its per-serial sessions."""

    def __init__(self, path: str) -> None:
        self.lib = PyKCS11.PyKCS11Lib()
        self.lib.load(path)
        self.sessions: dict[str, PyKCS11.Session] = {}
        self._mechanisms: dict[str, set[int]] = {}
        # The batch PIN, kept only in this process's memory between login and logout, for keys marked
        # CKA_ALWAYS_AUTHENTICATE (qualified tokens ask for it again at every signature).
        self._pins: dict[str, str | None] = {}

    def reload(self) -> None:
        """Finalize and initialise the module again (every login is lost)."""
        # Some modules (SoftHSM, some PC/SC stacks) only see tokens plugged in after C_Initialize.
        for serial in list(self.sessions):
            self.drop_sessions(serial)
        path = self.lib.pkcs11dll_filename
        self.lib.unload()
        self.lib = PyKCS11.PyKCS11Lib()
        self.lib.load(path)

    def close(self) -> None:
        """Close every session and unload the module (a module left initialised can hang the next user)."""
        for serial in list(self.sessions):
            self.drop_sessions(serial)
        self.lib.unload()

    # --- enumeration -------------------------------------------------------------------------------
    def tokens(self) -> list[TokenInfo]:
        """Every token present, freshly enumerated."""
        result = []
        for slot in self.lib.getSlotList(tokenPresent=True):
            try:
                info = self.lib.getTokenInfo(slot)
            except PyKCS11.PyKCS11Error as exc:
                # A token pulled out between the two calls: skip it, the next listing is right.
                log.info("slot %s vanished during enumeration: %s", slot, exc)
                continue
            if not info.flags & CKF_TOKEN_INITIALIZED:
                continue  # an empty slot (SoftHSM always offers one): nothing to sign with
            result.append(TokenInfo(slot=int(slot), label=_text(info.label), serial=_text(info.serialNumber),
                                    manufacturer=_text(info.manufacturerID), model=_text(info.model),
                                    flags=int(info.flags)))
        return result

    def token(self, serial: str) -> TokenInfo:
        """The token with this serial, or TokenNotFoundError."""
        for info in self.tokens():
            if info.serial == serial:
                return info
        raise TokenNotFoundError(f"serial={serial}")

    def open_session(self, serial: str, *, rw: bool = False) -> PyKCS11.Session:
        """A new session on the token with this serial (slot looked up now)."""
        flags = PyKCS11.CKF_RW_SESSION if rw else 0
        return self.lib.openSession(self.token(serial).slot, flags)

    def drop_sessions(self, serial: str) -> None:
        """Forget (and try to close) the session of this serial; a dead token may refuse the close."""
        session = self.sessions.pop(serial, None)
        self._mechanisms.pop(serial, None)
        self._pins.pop(serial, None)
        if session is None:
            return
        try:
            session.closeSession()
        except PyKCS11.PyKCS11Error as exc:
            log.info("closing a dead session of %s: %s", serial, exc)

    def removal_error(self, serial: str) -> TokenRemovedError:
        """After a removal-type CKR: drop the sessions, re-enumerate, and say what happened."""
        self.drop_sessions(serial)
        present = any(t.serial == serial for t in self.tokens())
        return TokenRemovedError("session" if present else "removed")

    # --- objects -----------------------------------------------------------------------------------
    def _attrs(self, session: PyKCS11.Session, obj: object, attrs: list[int]) -> list[bytes]:
        """Binary attribute values of one object."""
        return [bytes(v) for v in session.getAttributeValue(obj, attrs, True)]

    def _key_objects(self, session: PyKCS11.Session, cls: int) -> list[tuple[object, bytes, bytes]]:
        """(handle, CKA_ID, CKA_MODULUS or EC point) of every key of class `cls` visible in `session`."""
        found = []
        for obj in session.findObjects([(PyKCS11.CKA_CLASS, cls)]):
            key_type = session.getAttributeValue(obj, [PyKCS11.CKA_KEY_TYPE])[0]
            public_attr = PyKCS11.CKA_MODULUS if key_type == PyKCS11.CKK_RSA else PyKCS11.CKA_EC_POINT
            if key_type != PyKCS11.CKK_RSA and cls == PyKCS11.CKO_PRIVATE_KEY:
                public_attr = PyKCS11.CKA_ID  # EC private keys carry no point; match them by id only
            key_id, public = self._attrs(session, obj, [PyKCS11.CKA_ID, public_attr])
            found.append((obj, key_id, public))
        return found

    def certificates(self, serial: str) -> list[tuple[bytes, bytes, str, bool]]:
        """(DER, key id, label, has private key) for each X.509 certificate on the token."""
        session = self.sessions.get(serial) or self.open_session(serial)
        temporary = serial not in self.sessions
        try:
            keys = self._key_objects(session, PyKCS11.CKO_PRIVATE_KEY)
            # Private keys are invisible before login: a public key with the same id/modulus stands in.
            keys += self._key_objects(session, PyKCS11.CKO_PUBLIC_KEY)
            result = []
            for obj in session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE),
                                            (PyKCS11.CKA_CERTIFICATE_TYPE, PyKCS11.CKC_X_509)]):
                der, cert_id, label = self._attrs(session, obj, [PyKCS11.CKA_VALUE, PyKCS11.CKA_ID,
                                                                 PyKCS11.CKA_LABEL])
                match = _match_key(der, cert_id, keys)
                key_id = cert_id or (match[1] if match else b"")
                result.append((der, key_id, label.decode("utf-8", "replace"), match is not None))
            return result
        finally:
            if temporary:
                session.closeSession()

    def private_key(self, session: PyKCS11.Session, key_id: bytes) -> object:
        """The private key for `key_id`: by CKA_ID, else by the public key of the certificate with that id."""
        by_id = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY), (PyKCS11.CKA_ID, key_id)])
        if len(by_id) == 1:
            return by_id[0]
        keys = self._key_objects(session, PyKCS11.CKO_PRIVATE_KEY)
        for obj in session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE), (PyKCS11.CKA_ID, key_id)]):
            (der,) = self._attrs(session, obj, [PyKCS11.CKA_VALUE])
            match = _match_key(der, b"", keys)
            if match:
                return match[0]
        raise KeyNotFoundError(key_id.hex())

    # --- login and signing -------------------------------------------------------------------------
    def login(self, serial: str, pin: str | None) -> None:
        """Open a session for `serial` and log the user in (pin None = protected authentication path)."""
        self.drop_sessions(serial)
        session = self.open_session(serial)
        try:
            session.login(pin)
        except PyKCS11.PyKCS11Error as exc:
            if exc.value != CKR_USER_ALREADY_LOGGED_IN:  # login state is per token: already done is fine
                session.closeSession()
                raise
        self.sessions[serial] = session
        self._pins[serial] = pin

    def logout(self, serial: str) -> None:
        """Log out and close the session of this serial (a no-op when not logged in)."""
        session = self.sessions.get(serial)
        if session is not None:
            try:
                session.logout()
            except PyKCS11.PyKCS11Error as exc:
                log.info("logout of %s: %s", serial, exc)
        self.drop_sessions(serial)

    def sign(self, serial: str, key_id: bytes, data: bytes, digest_algorithm: str) -> bytes:
        """PKCS#1 v1.5 signature of `data` (hashed with `digest_algorithm`) by the key `key_id`."""
        session = self.sessions.get(serial)
        if session is None:
            raise NotLoggedInError(serial)
        try:
            if session.getSessionInfo().state not in _LOGGED_IN_STATES:
                # Logged out behind our back (another program used the card): ask for the PIN once.
                self.drop_sessions(serial)
                raise NotLoggedInError(serial)
            try:
                key = self.private_key(session, key_id)
            except KeyNotFoundError:
                # SoftHSM (and some readers) show a vanished token as an empty one: tell removal apart.
                if not any(t.serial == serial for t in self.tokens()):
                    self.drop_sessions(serial)
                    raise TokenRemovedError("removed") from None
                raise
            key_type = session.getAttributeValue(key, [PyKCS11.CKA_KEY_TYPE])[0]
            if key_type == PyKCS11.CKK_EC:
                return self._sign_ecdsa(serial, session, key, data, digest_algorithm)
            mechanisms = self._mechanism_set(serial)
            mechanism = _RSA_MECHANISMS.get(digest_algorithm)
            if mechanism is None:
                raise ValueError(f"unsupported digest {digest_algorithm}")
            if mechanism in mechanisms:
                return self._sign_once(serial, session, key, data, mechanism)
            # Raw RSA tokens: sign DigestInfo ourselves; byte-identical to the combined mechanism.
            digest_info = DIGEST_INFO_PREFIX[digest_algorithm] + hashlib.new(digest_algorithm, data).digest()
            return self._sign_once(serial, session, key, digest_info, PyKCS11.CKM_RSA_PKCS)
        except PyKCS11.PyKCS11Error as exc:
            if is_removal(exc.value):
                raise self.removal_error(serial) from exc
            raise

    def _always_authenticate(self, session: PyKCS11.Session, key: object) -> bool:
        """Whether the key wants a context-specific login before each signature (CKA_ALWAYS_AUTHENTICATE)."""
        try:
            return bool(session.getAttributeValue(key, [PyKCS11.CKA_ALWAYS_AUTHENTICATE])[0])
        except PyKCS11.PyKCS11Error:  # a module that does not know the attribute: no such requirement
            return False

    def _sign_once(self, serial: str, session: PyKCS11.Session, key: object, data: bytes, mechanism: int) -> bytes:
        """C_SignInit, the context-specific login an always-authenticate key needs, then C_Sign."""
        if not self._always_authenticate(session, key):
            return bytes(session.sign(key, data, PyKCS11.Mechanism(mechanism, None)))
        if serial not in self._pins:
            raise NotLoggedInError(serial)
        rv = session.lib.C_SignInit(session.session, PyKCS11.Mechanism(mechanism, None).to_native(), key)
        if rv != PyKCS11.CKR_OK:
            raise PyKCS11.PyKCS11Error(rv)
        # PKCS#11 v2.40 §5.2: the CKU_CONTEXT_SPECIFIC login comes between C_SignInit and C_Sign; the batch's PIN
        # (or the PIN pad, pin None) is given again so that one entry still signs a whole batch.
        session.login(self._pins[serial], PyKCS11.CKU_CONTEXT_SPECIFIC)
        signature, message = PyKCS11.ckbytelist(), PyKCS11.ckbytelist(data)
        for _size_then_value in range(2):
            rv = session.lib.C_Sign(session.session, message, signature)
            if rv != PyKCS11.CKR_OK:
                raise PyKCS11.PyKCS11Error(rv)
        return bytes(signature)

    def _sign_ecdsa(self, serial: str, session: PyKCS11.Session, key: object, data: bytes,
                    digest_algorithm: str) -> bytes:
        """ECDSA over the digest, returned DER-encoded as CMS expects."""
        from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

        raw = self._sign_once(serial, session, key, hashlib.new(digest_algorithm, data).digest(), PyKCS11.CKM_ECDSA)
        half = len(raw) // 2
        return encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))

    def decrypt_oaep(self, serial: str, key_id: bytes, ciphertext: bytes) -> bytes:
        """RSA-OAEP (SHA-1, MGF1-SHA-1: CMS's default parameters, the only ones SoftHSM2 2.6 and many vendor tokens
        accept) decryption by the key `key_id`; a key whose CKA_DECRYPT is false is refused before the token is
        asked (CKR_KEY_FUNCTION_NOT_PERMITTED: a sign-only seal key)."""
        session = self.sessions.get(serial)
        if session is None:
            raise NotLoggedInError(serial)
        try:
            key = self.private_key(session, bytes(key_id))
            if not self._attribute(session, key, PyKCS11.CKA_DECRYPT, default=True):
                raise PyKCS11.PyKCS11Error(CKR_KEY_FUNCTION_NOT_PERMITTED)
            mechanism = PyKCS11.RSAOAEPMechanism(PyKCS11.CKM_SHA_1, PyKCS11.CKG_MGF1_SHA1)
            rv = session.lib.C_DecryptInit(session.session, mechanism.to_native(), key)
            if rv != PyKCS11.CKR_OK:
                raise PyKCS11.PyKCS11Error(rv)
            if self._always_authenticate(session, key):
                if serial not in self._pins:
                    raise NotLoggedInError(serial)
                # the context-specific login comes between C_DecryptInit and C_Decrypt (PKCS#11 v2.40 §5.2)
                session.login(self._pins[serial], PyKCS11.CKU_CONTEXT_SPECIFIC)
            plain, data = PyKCS11.ckbytelist(), PyKCS11.ckbytelist(bytes(ciphertext))
            for _size_then_value in range(2):
                rv = session.lib.C_Decrypt(session.session, data, plain)
                if rv != PyKCS11.CKR_OK:
                    raise PyKCS11.PyKCS11Error(rv)
            return bytes(plain)
        except PyKCS11.PyKCS11Error as exc:
            if is_removal(exc.value):
                raise self.removal_error(serial) from exc
            raise

    @staticmethod
    def _attribute(session: PyKCS11.Session, key: object, attribute: int, *, default: bool) -> bool:
        """A boolean attribute of a key (`default` when the module does not answer for it)."""
        try:
            return bool(session.getAttributeValue(key, [attribute])[0])
        except PyKCS11.PyKCS11Error:
            return default

    def _mechanism_set(self, serial: str) -> set[int]:
        """The mechanism codes the token supports (cached while its session lives)."""
        if serial not in self._mechanisms:
            names = self.lib.getMechanismList(self.token(serial).slot)
            self._mechanisms[serial] = {PyKCS11.CKM[n] if isinstance(n, str) else n for n in names}
        return self._mechanisms[serial]


def _match_key(cert_der: bytes, cert_id: bytes,
               keys: list[tuple[object, bytes, bytes]]) -> tuple[object, bytes] | None:
    """The key matching a certificate: same non-empty CKA_ID, else the same public key (never the label)."""
    if cert_id:
        for obj, key_id, _public in keys:
            if key_id == cert_id:
                return obj, key_id
    # cryptography is loaded only for a certificate without CKA_ID: the worker starts for every batch
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    public_key = x509.load_der_x509_certificate(cert_der).public_key()
    if isinstance(public_key, rsa.RSAPublicKey):
        modulus = public_key.public_numbers().n
        for obj, key_id, public in keys:
            if public and int.from_bytes(public, "big") == modulus:
                return obj, key_id
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        from cryptography.hazmat.primitives import serialization

        point = public_key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        for obj, key_id, public in keys:
            if public.endswith(point):  # CKA_EC_POINT is the point wrapped in a DER OCTET STRING
                return obj, key_id
    return None
