"""What the signing devices of this machine offer, for `hocbaso token list`: the PKCS#11 modules found, and
for each module its tokens with their certificates.

It reads only the machine (no database, no account), so there is no permission to check and nothing changes.
"""

from __future__ import annotations

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
