"""A service kept in a folder, so a demo can start it again later: keys (PKCS#8 PEM, 0600) and a JSON config.

config.json: {"clients": {id: secret}, "credentials": [{"id", "user", "pin", "otp", "mode", "multisign"}]};
keys/<credential>.pem; chain/<credential>.der.N (leaf first). Demo material only: the PINs are the
documented demo PINs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from hocbaso_server.csc.pki import ServicePki
from hocbaso_server.csc.service import Credential, CscService


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def save_state(folder: Path, pki: ServicePki, *, clients: dict[str, str], credentials: list[dict]) -> None:
    """Write the service's folder (`credentials`: id, user, pin, otp, mode, multisign)."""
    folder = Path(folder)
    (folder / "keys").mkdir(parents=True, exist_ok=True)
    (folder / "chain").mkdir(exist_ok=True)
    for cred in credentials:
        key = pki.keys[cred["user"]].private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption())
        _write_private(folder / "keys" / f"{cred['id']}.pem", key)
        for i, der in enumerate(pki.chain(cred["user"])):
            (folder / "chain" / f"{cred['id']}.der.{i}").write_bytes(der)
    (folder / "root.der").write_bytes(pki.root_der)
    _write_private(folder / "config.json", json.dumps({"clients": clients, "credentials": credentials},
                                                      ensure_ascii=False, indent=2).encode())


def load_state(folder: Path) -> CscService:
    """The service described by a folder written by `save_state`."""
    folder = Path(folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    service = CscService(clients=dict(config["clients"]))
    for cred in config["credentials"]:
        key = serialization.load_pem_private_key((folder / "keys" / f"{cred['id']}.pem").read_bytes(), None)
        chain = [p.read_bytes() for p in sorted((folder / "chain").glob(f"{cred['id']}.der.*"),
                                                key=lambda p: int(p.suffix[1:]))]
        service.add_credential(Credential(cred["id"], cred["user"], key, chain, pin=cred.get("pin"),
                                          otp=cred.get("otp"), mode=cred.get("mode", "explicit"),
                                          multisign=int(cred.get("multisign", 10))))
    return service
