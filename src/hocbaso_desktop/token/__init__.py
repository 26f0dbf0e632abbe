"""The token layer: PKCS#11 USB tokens through a worker process, behind a one-primitive signer.

PyKCS11 is imported only inside the worker process (`token.worker`, `token._pkcs11`,
`token._provision`); importing this package does not load it. Public surface:

- `TokenClient`: list modules, tokens and certificates, log in (PIN or PIN pad), sign, log out.
- `RawSigner` protocol, `TokenSigner` (token) and `SoftwareSigner` (in-memory key).
- `PinAttemptCounter` with `JsonFileAttemptStore` / `MemoryAttemptStore`, and `check_login_allowed`.
- `PinPrompt` for asking the PIN (the terminal's version is in cli/, the dialog in ui/).
- `create_demo_pki` / `PersonSpec` and `create_softhsm_token` for demo and test tokens.
- The errors of `token.errors`.

The face is loaded name by name on first use, so the token worker process (which needs only `token.worker`)
does not import the certificate, demo-PKI and PIN-prompt modules at every start (issue 18).
"""

from __future__ import annotations

from hocbaso_desktop.faces import lazy_face

# name -> the module it comes from
_FACE: dict[str, str | None] = {
    "CertificateInfo": "types",
    "DEFAULT_PEOPLE": "demo_pki",
    "DEMO_SO_PIN": "softhsm",
    "DEMO_USER_PIN": "softhsm",
    "DemoIdentity": "demo_pki",
    "DemoPki": "demo_pki",
    "JsonFileAttemptStore": "pin_attempts",
    "KNOWN_MODULES": "modules",
    "KeyNotFoundError": "errors",
    "MemoryAttemptStore": "pin_attempts",
    "ModuleInfo": "types",
    "ModuleLoadError": "errors",
    "NotLoggedInError": "errors",
    "PersonSpec": "demo_pki",
    "PinAttemptCounter": "pin_attempts",
    "PinFinalTryError": "errors",
    "PinFormatError": "errors",
    "PinIncorrectError": "errors",
    "PinLockedError": "errors",
    "PinPrompt": "pin_prompt",
    "RawSigner": "signer",
    "SOFTHSM_MODULE": "modules",
    "SoftHsmKey": "softhsm",
    "SoftHsmToken": "softhsm",
    "SoftwareSigner": "signer",
    "TokenBusyError": "errors",
    "TokenClient": "client",
    "TokenError": "errors",
    "TokenInfo": "types",
    "TokenNotFoundError": "errors",
    "TokenOperationError": "errors",
    "TokenRemovedError": "errors",
    "TokenSigner": "signer",
    "TokenTimeoutError": "errors",
    "TokenWorkerError": "errors",
    "certificate_info": "certinfo",
    "check_login_allowed": "pin_attempts",
    "check_module": "modules",
    "create_demo_pki": "demo_pki",
    "create_softhsm_token": "softhsm",
    "default_module": "modules",
    "list_modules": "modules",
    "login_with_prompt": "pin_prompt",
    "map_ckr": "errors",
    "softhsm_available": "softhsm",
}

__all__, __getattr__, __dir__ = lazy_face(__name__, _FACE, globals())
