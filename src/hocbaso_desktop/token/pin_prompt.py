"""How the token layer asks a person for a PIN: the `PinPrompt` protocol and the loop.

`ui/` implements `PinPrompt` with a dialog (a signal plus `threading.Event`, since the login runs off
the GUI thread); the command line's version is `cli.pin_prompt.ConsolePinPrompt` (getpass, or
``--pin-file``). The PIN is never logged or echoed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.token.errors import PinIncorrectError
from hocbaso_desktop.token.types import TokenInfo

if TYPE_CHECKING:
    from hocbaso_desktop.token.client import TokenClient


class PinPrompt(Protocol):
    """The interface the token layer uses to talk to the person at the computer."""

    def ask_pin(self, token: TokenInfo, remaining_tries: int | None) -> str | None:
        """Return the PIN typed for `token`, or None if the person cancelled."""
        ...

    def show_message(self, message: str) -> None:
        """Show an information or error message (e.g. "enter the PIN on the reader")."""
        ...


def login_with_prompt(client: TokenClient, serial: str, prompt: PinPrompt, *, attempts: int = 1) -> bool:
    """Log in to `serial`, asking `prompt` for the PIN; return False if the person cancelled.

    At most `attempts` PINs are asked (default one: a wrong PIN is reported, never retried in a loop).
    The client's refusals (final try, locked) propagate as exceptions.
    """
    token = client.token_info(serial)
    for attempt in range(attempts):
        if token.protected_auth_path:
            prompt.show_message(_("Hãy nhập mã PIN trên bàn phím của thiết bị ký \"{label}\".", label=token.label))
            client.login(serial, None)
            return True
        pin = prompt.ask_pin(token, client.pin_attempts.remaining(token))
        if pin is None:
            return False
        try:
            client.login(serial, pin)
            return True
        except PinIncorrectError as exc:
            if attempt == attempts - 1:
                raise
            prompt.show_message(exc.message)
            token = client.token_info(serial)
    return False
