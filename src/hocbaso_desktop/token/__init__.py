"""The token layer: PKCS#11 USB tokens through a worker process, behind a one-primitive signer.

PyKCS11 is imported only inside the worker process (`token.worker`, `token._pkcs11`,
`token._provision`); importing this package does not load it. Public surface:

- `TokenClient`: list modules, tokens and certificates, log in (PIN or PIN pad), sign, log out.
- `RawSigner` protocol, `TokenSigner` (token) and `SoftwareSigner` (in-memory key).
- `PinAttemptCounter` with `JsonFileAttemptStore` / `MemoryAttemptStore`, and `check_login_allowed`.
- `PinPrompt` and `ConsolePinPrompt` for asking the PIN.
- `create_demo_pki` / `PersonSpec` and `create_softhsm_token` for demo and test tokens.
- The errors of `token.errors`.
"""

from __future__ import annotations

from hocbaso_desktop.token.certinfo import certificate_info
from hocbaso_desktop.token.client import TokenClient
from hocbaso_desktop.token.demo_pki import DEFAULT_PEOPLE, DemoIdentity, DemoPki, PersonSpec, create_demo_pki
from hocbaso_desktop.token.errors import (
    KeyNotFoundError,
    ModuleLoadError,
    NotLoggedInError,
    PinFinalTryError,
    PinFormatError,
    PinIncorrectError,
    PinLockedError,
    TokenBusyError,
    TokenError,
    TokenNotFoundError,
    TokenOperationError,
    TokenRemovedError,
    TokenTimeoutError,
    TokenWorkerError,
    map_ckr,
)
from hocbaso_desktop.token.modules import (
    KNOWN_MODULES,
    SOFTHSM_MODULE,
    check_module,
    default_module,
    list_modules,
)
from hocbaso_desktop.token.pin_attempts import (
    JsonFileAttemptStore,
    MemoryAttemptStore,
    PinAttemptCounter,
    check_login_allowed,
)
from hocbaso_desktop.token.pin_prompt import ConsolePinPrompt, PinPrompt, login_with_prompt
from hocbaso_desktop.token.signer import RawSigner, SoftwareSigner, TokenSigner
from hocbaso_desktop.token.softhsm import (
    DEMO_SO_PIN,
    DEMO_USER_PIN,
    SoftHsmKey,
    SoftHsmToken,
    create_softhsm_token,
    softhsm_available,
)
from hocbaso_desktop.token.types import CertificateInfo, ModuleInfo, TokenInfo

__all__ = [
    "DEFAULT_PEOPLE",
    "DEMO_SO_PIN",
    "DEMO_USER_PIN",
    "KNOWN_MODULES",
    "SOFTHSM_MODULE",
    "CertificateInfo",
    "ConsolePinPrompt",
    "DemoIdentity",
    "DemoPki",
    "JsonFileAttemptStore",
    "KeyNotFoundError",
    "MemoryAttemptStore",
    "ModuleInfo",
    "ModuleLoadError",
    "NotLoggedInError",
    "PersonSpec",
    "PinAttemptCounter",
    "PinFinalTryError",
    "PinFormatError",
    "PinIncorrectError",
    "PinLockedError",
    "PinPrompt",
    "RawSigner",
    "SoftHsmKey",
    "SoftHsmToken",
    "SoftwareSigner",
    "TokenBusyError",
    "TokenClient",
    "TokenError",
    "TokenInfo",
    "TokenNotFoundError",
    "TokenOperationError",
    "TokenRemovedError",
    "TokenSigner",
    "TokenTimeoutError",
    "TokenWorkerError",
    "certificate_info",
    "check_login_allowed",
    "check_module",
    "create_demo_pki",
    "create_softhsm_token",
    "default_module",
    "list_modules",
    "login_with_prompt",
    "map_ckr",
    "softhsm_available",
]
