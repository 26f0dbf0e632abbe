"""How the token layer asks a person for a PIN: the `PinPrompt` protocol, a console version, and the loop.

`ui/` implements `PinPrompt` with a dialog (a signal plus `threading.Event`, since the login runs off
the GUI thread). The command line uses `ConsolePinPrompt` (getpass, or ``--pin-file``). The PIN is
never logged or echoed.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from hocbaso_desktop.i18n import _
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


class ConsolePinPrompt:
    """A `PinPrompt` for the terminal: getpass, or the first line of a PIN file (`--pin-file`)."""

    def __init__(self, pin_file: str | os.PathLike[str] | None = None) -> None:
        self.pin_file = Path(pin_file) if pin_file else None

    def ask_pin(self, token: TokenInfo, remaining_tries: int | None) -> str | None:
        """Read the PIN from the file, or ask on the terminal without echo."""
        if self.pin_file is not None:
            return self.pin_file.read_text(encoding="utf-8").splitlines()[0].strip() or None
        hint = _(" (còn {n} lần thử)", n=remaining_tries) if remaining_tries is not None else ""
        try:
            pin = getpass.getpass(_("Nhập mã PIN của thiết bị ký \"{label}\"{hint}: ", label=token.label, hint=hint))
        except EOFError:
            return None
        return pin or None

    def show_message(self, message: str) -> None:
        """Print the message on stderr."""
        print(message, file=sys.stderr)


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
