"""What the signing devices of this machine offer: the PKCS#11 modules found, the tokens a module sees (the
signing and seal screens look for the bound token), and their certificates (the certificate screen binds one;
`hocbaso token list` shows them all).

It reads only the machine (no database, no account), so there is no permission to check and nothing changes;
the token worker process does the work (the interface calls these on its io lane).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from hocbaso_desktop.token import CertificateInfo, ModuleInfo, TokenError, TokenInfo, list_modules


@dataclass(frozen=True)
class TokenView:
    """One token a module sees, with its certificates, or why they could not be read."""

    token: TokenInfo
    certificates: tuple[CertificateInfo, ...] | None
    problem: str | None


@dataclass(frozen=True)
class ModuleScan:
    """The tokens one module sees (as far as it got), or the module's own error."""

    tokens: tuple[TokenView, ...]
    problem: str | None


def modules(explicit: str | None) -> list[ModuleInfo]:
    """The PKCS#11 modules found on this machine (and `explicit`, when named), each with whether it loads."""
    return list_modules(explicit)


def present(module_path: str, env: Mapping[str, str] | None = None) -> list[TokenInfo]:
    """The tokens plugged in for a PKCS#11 module ("" or None: the default module); `env` for SoftHSM2's demo."""
    from hocbaso_desktop.token import TokenClient

    with TokenClient(module_path or None, env=env) as client:
        return client.list_tokens()


def with_certificates(module_path: str, env: Mapping[str, str] | None = None
                      ) -> list[tuple[TokenInfo, list[CertificateInfo]]]:
    """Every token of a PKCS#11 module with its certificates (a token that cannot be read raises)."""
    from hocbaso_desktop.token import TokenClient

    with TokenClient(module_path or None, env=env) as client:
        return [(token, client.list_certificates(token.serial)) for token in client.list_tokens()]


def scan(module: str, *, timeout: float = 30.0) -> ModuleScan:
    """Ask one module for its tokens and each token's certificates; a failure is reported, never raised."""
    from hocbaso_desktop.token import TokenClient

    tokens: list[TokenView] = []
    with TokenClient(module, timeout=timeout) as client:
        try:
            for token in client.list_tokens():
                try:
                    tokens.append(TokenView(token, tuple(client.list_certificates(token.serial)), None))
                except TokenError as exc:
                    tokens.append(TokenView(token, None, exc.message))
        except TokenError as exc:
            return ModuleScan(tuple(tokens), exc.message)
    return ModuleScan(tuple(tokens), None)
