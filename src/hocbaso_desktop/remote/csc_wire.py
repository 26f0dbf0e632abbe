"""Where CSC v1 (1.0.4.0) and v2 (2.0.0.x) differ on the wire: the field names of authorize, signHash and info.

v2: `hashes`, `hashAlgorithmOID`, `authData: [{"id": "PIN", "value"}, {"id": "OTP", "value"}, {"id": <out of
band>}]`, `auth {mode, objects}`, `operationMode`. v1: `hash`, `hashAlgo`, top-level `PIN` and `OTP`, `authMode`,
`PIN {presence}`, `OTP {presence}`, synchronous only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Wire(Protocol):
    """One API version's request and response shapes."""

    def authorize_body(self, credential_id: str, hashes: list[str], hash_oid: str, *, pin: str | None,
                       otp: str | None, oob: tuple[str, ...] = (), explicit: bool = True) -> dict:
        """The credentials/authorize request."""
        ...

    def sign_body(self, credential_id: str, sad: str, hashes: list[str], sign_algo: str, hash_oid: str | None, *,
                  asynchronous: bool = False) -> dict:
        """The signatures/signHash request."""
        ...

    def auth_of(self, info: dict) -> tuple[str, bool, bool, tuple[str, ...]]:
        """(auth mode, PIN needed, OTP needed, out-of-band object ids) from a credentials/info answer."""
        ...


@dataclass(frozen=True)
class V2:
    """CSC API 2.0.0.x."""

    def authorize_body(self, credential_id: str, hashes: list[str], hash_oid: str, *, pin: str | None,
                       otp: str | None, oob: tuple[str, ...] = (), explicit: bool = True) -> dict:
        """The credentials/authorize request (v2): `authData` with explicit authorization (required then, even
        empty), an empty object for each out-of-band factor (§8.3.1.3: the service acquires it itself)."""
        auth = [{"id": k, "value": v} for k, v in (("PIN", pin), ("OTP", otp)) if v is not None]
        auth += [{"id": i} for i in oob]
        body = {"credentialID": credential_id, "numSignatures": len(hashes), "hashes": hashes,
                "hashAlgorithmOID": hash_oid}
        return body | ({"authData": auth} if explicit or auth else {})

    def sign_body(self, credential_id: str, sad: str, hashes: list[str], sign_algo: str, hash_oid: str | None, *,
                  asynchronous: bool = False) -> dict:
        """The signatures/signHash request (v2); "A" only when the service's info offers asynchronous signing."""
        body = {"credentialID": credential_id, "SAD": sad, "hashes": hashes, "signAlgo": sign_algo,
                "operationMode": "A" if asynchronous else "S"}
        return body | ({"hashAlgorithmOID": hash_oid} if hash_oid else {})

    def auth_of(self, info: dict) -> tuple[str, bool, bool, tuple[str, ...]]:
        """(mode, PIN?, OTP?, out-of-band ids) from `auth {mode, objects}`: a Password object with id PIN/OTP is
        typed by the teacher; a *OOB object (PasswordOOB, ChallengeResponseOOB) is answered on the phone."""
        auth = info.get("auth") or {}
        objects = [o for o in auth.get("objects") or [] if isinstance(o, dict)]
        oob = tuple(str(o.get("id", ""))[:60] for o in objects if str(o.get("type", "")).endswith("OOB"))
        ids = {str(o.get("id", "")).upper() for o in objects if not str(o.get("type", "")).endswith("OOB")}
        return str(auth.get("mode", "explicit")), "PIN" in ids, "OTP" in ids, oob


@dataclass(frozen=True)
class V1:
    """CSC API 1.0.4.0 (Viettel MySign's ADSS endpoints and other early services)."""

    def authorize_body(self, credential_id: str, hashes: list[str], hash_oid: str, *, pin: str | None,
                       otp: str | None, oob: tuple[str, ...] = (), explicit: bool = True) -> dict:
        """The credentials/authorize request (v1)."""
        body = {"credentialID": credential_id, "numSignatures": len(hashes), "hash": hashes}
        return body | {k: v for k, v in (("PIN", pin), ("OTP", otp)) if v is not None}

    def sign_body(self, credential_id: str, sad: str, hashes: list[str], sign_algo: str, hash_oid: str | None, *,
                  asynchronous: bool = False) -> dict:
        """The signatures/signHash request (v1: synchronous only)."""
        body = {"credentialID": credential_id, "SAD": sad, "hash": hashes, "signAlgo": sign_algo}
        return body | ({"hashAlgo": hash_oid} if hash_oid else {})

    def auth_of(self, info: dict) -> tuple[str, bool, bool, tuple[str, ...]]:
        """(mode, PIN?, OTP?, no out-of-band ids) from `authMode`, `PIN {presence}`, `OTP {presence}`."""
        def present(block: object) -> bool:
            return isinstance(block, dict) and str(block.get("presence", "false")).lower() in ("true", "optional")
        return str(info.get("authMode", "explicit")), present(info.get("PIN")), present(info.get("OTP")), ()


WIRES: dict[str, Wire] = {"v1": V1(), "v2": V2()}
