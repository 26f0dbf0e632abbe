"""SoftHSM2 tokens for tests and demos, each directory with its own softhsm2.conf.

A token directory holds ``softhsm2.conf`` and ``tokens/``; the worker gets ``SOFTHSM2_CONF`` in its
environment (SoftHSM reads it at C_Initialize). Never the system configuration. Keys are imported
with a CKA_ID shared by the private key, the public key and the certificate. The demo PINs below are
documented for `hocbaso demo --issued` and are for demo tokens only.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from hocbaso_desktop.token.client import TokenClient
from hocbaso_desktop.token.modules import SOFTHSM_MODULE

DEMO_SO_PIN = "87654321"
DEMO_USER_PIN = "123456"


@dataclass(frozen=True)
class SoftHsmKey:
    """A key pair and certificate to import; labels may differ on purpose (matching uses CKA_ID)."""

    key_id: bytes
    private_key: rsa.RSAPrivateKey = field(repr=False)
    certificate_der: bytes = field(repr=False)
    label: str = ""
    key_label: str | None = None  # None: same as `label`
    cert_key_id: bytes | None = None  # the certificate's CKA_ID when it differs (b"": none), as on some tokens


@dataclass(frozen=True)
class SoftHsmToken:
    """A created SoftHSM2 token: where its configuration is and how to reach it."""

    conf_path: Path
    module_path: str
    serial: str
    label: str
    user_pin: str = field(repr=False)
    so_pin: str = field(repr=False)

    @property
    def env(self) -> dict[str, str]:
        """The environment for a worker that should see this token directory."""
        return {"SOFTHSM2_CONF": str(self.conf_path)}


def softhsm_available(module_path: str = SOFTHSM_MODULE) -> bool:
    """Whether the SoftHSM2 module is installed here."""
    return Path(module_path).is_file()


def write_softhsm_conf(token_dir: str | os.PathLike[str]) -> Path:
    """Create `token_dir`/tokens and `token_dir`/softhsm2.conf pointing at it; return the conf path."""
    root = Path(token_dir).resolve()
    (root / "tokens").mkdir(parents=True, exist_ok=True)
    conf = root / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {root / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\nslots.removable = false\n", encoding="utf-8")
    return conf


def copy_softhsm_dir(template_dir: str | os.PathLike[str], token_dir: str | os.PathLike[str]) -> Path:
    """Copy the tokens of `template_dir` into `token_dir` with its own conf (2 ms instead of key imports)."""
    shutil.copytree(Path(template_dir) / "tokens", Path(token_dir) / "tokens", dirs_exist_ok=True)
    return write_softhsm_conf(token_dir)


def _key_tuple(key: SoftHsmKey | tuple) -> tuple[bytes, bytes, bytes, str, str, bytes]:
    """The picklable form the worker imports: (id, PKCS#8 DER, cert DER, cert label, key label, cert id)."""
    if not isinstance(key, SoftHsmKey):
        key = SoftHsmKey(*key)
    pkcs8 = key.private_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption())
    label = key.label or key.key_id.hex()
    return (key.key_id, pkcs8, key.certificate_der, label, key.key_label if key.key_label is not None else label,
            key.key_id if key.cert_key_id is None else key.cert_key_id)


def create_softhsm_token(token_dir: str | os.PathLike[str], label: str, so_pin: str = DEMO_SO_PIN,
                         user_pin: str = DEMO_USER_PIN, keys: Sequence[SoftHsmKey | tuple] = (), *,
                         module_path: str = SOFTHSM_MODULE) -> SoftHsmToken:
    """Initialise a new token in `token_dir` (several tokens may share a directory) and import `keys`.

    `keys` are `SoftHsmKey` values or ``(key_id, private_key, certificate_der)`` tuples.
    """
    conf = write_softhsm_conf(token_dir)
    with TokenClient(module_path, env={"SOFTHSM2_CONF": str(conf)}, provisioning=True) as client:
        serial = client.call("init_token", label, so_pin, user_pin)
        if keys:
            client.call("import_keys", serial, user_pin, [_key_tuple(k) for k in keys])
    return SoftHsmToken(conf_path=conf, module_path=module_path, serial=serial, label=label, user_pin=user_pin,
                        so_pin=so_pin)
