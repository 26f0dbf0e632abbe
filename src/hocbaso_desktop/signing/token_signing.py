"""Open the signing user's bound token: start the worker, ask the PIN once, give a `TokenSigner`.

One login serves a whole batch (design decision 5). The worker process keeps PyKCS11 away from the
UI thread; the refusals of the token layer (final try, locked, wrong PIN) propagate unchanged.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from hocbaso_desktop.domain.errors import HocbasoError, SigningError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing.certificates import binding_for_signer, signer_chain
from hocbaso_desktop.token import (
    SOFTHSM_MODULE,
    JsonFileAttemptStore,
    PinAttemptCounter,
    PinPrompt,
    TokenClient,
    TokenError,
    TokenSigner,
    default_module,
    login_with_prompt,
)

log = logging.getLogger(__name__)


@contextlib.contextmanager
def bound_token_signer(session, role: str, prompt: PinPrompt, *, module_path: str | None = None,
                       token_serial: str | None = None, env: Mapping[str, str] | None = None,
                       client: TokenClient | None = None, pin_attempts: int = 1) -> Iterator[TokenSigner]:
    """Yield a logged-in `TokenSigner` for the user's certificate bound to `role`; log out and stop after.

    `pin_attempts` PINs may be asked when one is mistyped (the PIN dialog refuses the token's final try).
    """
    binding = binding_for_signer(session, role)
    if binding.is_remote:
        raise SigningError(_("Tài khoản này ký bằng dịch vụ ký số từ xa “{s}”: dùng lệnh ký với --remote.",
                             s=binding.remote_service))
    serial = token_serial or binding.token_serial
    owned = client is None
    client = client or _client_for(session, binding, module_path, env)
    try:
        # The chain is built (token's CA certificates, then the trust store) before the PIN is asked, so an
        # untrusted certificate is refused without touching the PIN counter.
        on_token = [c.der for c in client.list_certificates(serial) if not c.has_private_key]
        chain = signer_chain(session.db, binding.cert_der, at=session.now(), token_certs=on_token)
        if not login_with_prompt(client, serial, prompt, attempts=pin_attempts):
            raise SigningError(_("Đã huỷ: chưa nhập mã PIN."))
        try:
            yield TokenSigner(client, serial, bytes.fromhex(binding.key_id), binding.cert_der, chain)
        finally:
            with contextlib.suppress(TokenError):  # a pulled token cannot log out; the session is gone anyway
                client.logout(serial)
    finally:
        if owned:
            client.close()


def launched_client(session, role: str, *, module_path: str | None = None) -> TokenClient | None:
    """A client for the token bound to `role` whose worker is already starting; None for a remote signer.

    `hocbaso sign` calls this right after unlocking, so the worker's start overlaps the loading of the
    signing modules (issue 18); pass it to `bound_token_signer` and close it after. Problems (no binding,
    no module) are left for `bound_token_signer` to report in their place.
    """
    try:
        binding = binding_for_signer(session, role)
        if binding.is_remote:
            return None
        client = _client_for(session, binding, module_path, None)
        client.launch()
    except (HocbasoError, TokenError) as exc:
        log.info("token worker not launched early: %s", type(exc).__name__)
        return None
    return client


def _client_for(session, binding, module_path: str | None, env: Mapping[str, str] | None) -> TokenClient:
    """A token client for `binding`'s module, with the school's persistent count of wrong PINs."""
    module = module_path or binding.module_path or default_module()
    env = token_env(session, module) if env is None else env
    # the program's own count of wrong PINs per token survives restarts (VGCA tokens lock after 3)
    return TokenClient(module, env=env, pin_attempts=PinAttemptCounter(JsonFileAttemptStore(session.data_dir)))


def token_env(session, module_path: str | None) -> dict[str, str]:
    """The token worker's environment: the demo school's SoftHSM2 configuration when it keeps one beside the database.

    `hocbaso demo --issued` writes its tokens and `softhsm2.conf` in `<db>.data/tokens`; a person who
    exported SOFTHSM2_CONF themselves keeps theirs. Real tokens' modules need nothing.
    """
    if module_path != SOFTHSM_MODULE or os.environ.get("SOFTHSM2_CONF"):
        return {}
    conf = session.db.path.with_name(session.db.path.name + ".data") / "tokens" / "softhsm2.conf"
    return {"SOFTHSM2_CONF": str(conf)} if conf.is_file() else {}


def warm_token_client(module_path: str, env: Mapping[str, str] | None, data_dir: Path) -> TokenClient:
    """A client whose worker starts now in the background, so its ~0.6 s start overlaps opening the database.

    The caller passes it to `bound_token_signer(client=...)` and closes it. A start failure is not lost:
    the first real call raises it again.
    """
    client = TokenClient(module_path, env=env, pin_attempts=PinAttemptCounter(JsonFileAttemptStore(data_dir)))

    def start() -> None:
        try:
            client.list_tokens()
        except TokenError as exc:  # reported again by the first real call
            log.info("token worker warm-up failed: %s", exc)

    threading.Thread(target=start, name="hocbaso-token-warmup", daemon=True).start()
    return client
