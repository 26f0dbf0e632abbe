"""Where CSC v1 (1.0.4.0) and v2 (2.0.0.x) differ on the wire: the field names of authorize, signHash and info.

v2: `hashes`, `hashAlgorithmOID`, `authData: [{"id": "PIN", "value"}, {"id": "OTP", "value"}]`, `auth {mode,
objects}`. v1: `hash`, `hashAlgo`, top-level `PIN` and `OTP`, `authMode`, `PIN {presence}`, `OTP {presence}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Wire(Protocol):
    """One API version's request and response shapes."""

    def authorize_body(self, credential_id: str, hashes: list[str], hash_oid: str, *, pin: str | None,
                       otp: str | None) -> dict:
        """The credentials/authorize request."""
        ...

    def sign_body(self, credential_id: str, sad: str, hashes: list[str], sign_algo: str, hash_oid: str | None) -> dict:
        """The signatures/signHash request."""
        ...

    def auth_of(self, info: dict) -> tuple[str, bool, bool]:
        """(auth mode, PIN needed, OTP needed) from a credentials/info answer."""
        ...


@dataclass(frozen=True)
class V2:
    """CSC API 2.0.0.x."""

    def authorize_body(self, credential_id: str, hashes: list[str], hash_oid: str, *, pin: str | None,
                       otp: str | None) -> dict:
        """The credentials/authorize request (v2)."""
        auth = [{"id": k, "value": v} for k, v in (("PIN", pin), ("OTP", otp)) if v is not None]
        body = {"credentialID": credential_id, "numSignatures": len(hashes), "hashes": hashes,
                "hashAlgorithmOID": hash_oid}
        return body | ({"authData": auth} if auth else {})

    def sign_body(self, credential_id: str, sad: str, hashes: list[str], sign_algo: str, hash_oid: str | None) -> dict:
        """The signatures/signHash request (v2); synchronous unless the service answers otherwise."""
        body = {"credentialID": credential_id, "SAD": sad, "hashes": hashes, "signAlgo": sign_algo,
                "operationMode": "S"}
        return body | ({"hashAlgorithmOID": hash_oid} if hash_oid else {})

    def auth_of(self, info: dict) -> tuple[str, bool, bool]:
        """(mode, PIN?, OTP?) from `auth {mode, objects}`."""
        auth = info.get("auth") or {}
        ids = {str(o.get("id", "")).upper() for o in auth.get("objects") or [] if isinstance(o, dict)}
        return str(auth.get("mode", "explicit")), "PIN" in ids, "OTP" in ids


@dataclass(frozen=True)
class V1:
    """CSC API 1.0.4.0 (Viettel MySign's ADSS endpoints and other early services)."""

    def authorize_body(self, credential_id: str, hashes: list[str], hash_oid: str, *, pin: str | None,
                       otp: str | None) -> dict:
        """The credentials/authorize request (v1)."""
        body = {"credentialID": credential_id, "numSignatures": len(hashes), "hash": hashes}
        return body | {k: v for k, v in (("PIN", pin), ("OTP", otp)) if v is not None}

    def sign_body(self, credential_id: str, sad: str, hashes: list[str], sign_algo: str, hash_oid: str | None) -> dict:
        """The signatures/signHash request (v1)."""
        body = {"credentialID": credential_id, "SAD": sad, "hash": hashes, "signAlgo": sign_algo}
        return body | ({"hashAlgo": hash_oid} if hash_oid else {})

    def auth_of(self, info: dict) -> tuple[str, bool, bool]:
        """(mode, PIN?, OTP?) from `authMode`, `PIN {presence}`, `OTP {presence}`."""
        def present(block: object) -> bool:
            return isinstance(block, dict) and str(block.get("presence", "false")).lower() in ("true", "optional")
        return str(info.get("authMode", "explicit")), present(info.get("PIN")), present(info.get("OTP"))


WIRES: dict[str, Wire] = {"v1": V1(), "v2": V2()}
