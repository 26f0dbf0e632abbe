"""The public surface of `hocbaso_desktop.token` (httpx-style guard against silent API drift)."""

from __future__ import annotations

import hocbaso_desktop.token as token


def test_every_exported_name_exists_and_is_documented() -> None:
    for name in token.__all__:
        value = getattr(token, name)
        if callable(value):
            assert value.__doc__, name


def test_the_names_other_layers_call_are_exported() -> None:
    for name in ("TokenClient", "RawSigner", "TokenSigner", "SoftwareSigner", "create_demo_pki", "PersonSpec",
                 "create_softhsm_token", "SoftHsmToken", "TokenInfo", "CertificateInfo", "ModuleInfo",
                 "PinPrompt", "PinAttemptCounter", "TokenError"):
        assert name in token.__all__
