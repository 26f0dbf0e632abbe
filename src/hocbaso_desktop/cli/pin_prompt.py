"""The command line's way of asking for a token's PIN: getpass, or the first line of a `--pin-file`.

It satisfies the token layer's `PinPrompt` protocol structurally (the interface's version is a dialog); the
PIN is never logged or echoed.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Any

from hocbaso_desktop.domain.i18n import _


class ConsolePinPrompt:
    """A `PinPrompt` for the terminal: getpass, or the first line of a PIN file (`--pin-file`)."""

    def __init__(self, pin_file: str | os.PathLike[str] | None = None) -> None:
        self.pin_file = Path(pin_file) if pin_file else None

    def ask_pin(self, token: Any, remaining_tries: int | None) -> str | None:
        """Read the PIN from the file, or ask on the terminal without echo (`token` is the token's TokenInfo)."""
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
