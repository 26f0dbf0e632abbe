"""The command line's PIN prompt: --pin-file gives the PIN without asking."""

from __future__ import annotations

from pathlib import Path

from hocbaso_desktop.cli.pin_prompt import ConsolePinPrompt
from hocbaso_desktop.token import TokenInfo


def test_console_prompt_reads_the_pin_file(tmp_path: Path) -> None:
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("123456\n")
    token = TokenInfo(1, "GiaoVien", "S", "m", "m", 0)
    assert ConsolePinPrompt(pin_file).ask_pin(token, 3) == "123456"


def test_an_empty_pin_file_is_a_cancel(tmp_path: Path) -> None:
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("   \n")
    assert ConsolePinPrompt(pin_file).ask_pin(TokenInfo(1, "GiaoVien", "S", "m", "m", 0), 3) is None
