"""Asking for the PIN: the one-PIN login helper on SoftHSM (the console prompt: tests/cli/test_pin_prompt.py)."""

from __future__ import annotations

import pytest

from hocbaso_desktop.token import (
    DEMO_USER_PIN,
    PinIncorrectError,
    TokenClient,
    TokenInfo,
    login_with_prompt,
)
from tests.fixtures.softhsm import KEY_IDS, SoftHsmSet


class _ScriptedPrompt:
    """A PinPrompt answering from a list and recording what it was told."""

    def __init__(self, *pins: str | None) -> None:
        self.pins = list(pins)
        self.asked: list[int | None] = []
        self.messages: list[str] = []

    def ask_pin(self, token: TokenInfo, remaining_tries: int | None) -> str | None:
        self.asked.append(remaining_tries)
        return self.pins.pop(0)

    def show_message(self, message: str) -> None:
        self.messages.append(message)


@pytest.mark.token
def test_login_with_prompt_asks_once_by_default(token_client: TokenClient, softhsm_tokens: SoftHsmSet) -> None:
    serial = softhsm_tokens.tokens["GiaoVien"].serial
    prompt = _ScriptedPrompt("999999", DEMO_USER_PIN)
    with pytest.raises(PinIncorrectError):
        login_with_prompt(token_client, serial, prompt)
    assert prompt.asked == [3]
    assert login_with_prompt(token_client, serial, prompt) is True
    assert prompt.asked == [3, 2]
    assert len(token_client.sign(serial, KEY_IDS["giaovien"], b"x")) == 256
    assert login_with_prompt(token_client, serial, _ScriptedPrompt(None)) is False


@pytest.mark.token
def test_login_with_prompt_can_allow_a_second_pin(token_client: TokenClient, softhsm_tokens: SoftHsmSet) -> None:
    serial = softhsm_tokens.tokens["HieuTruong"].serial
    prompt = _ScriptedPrompt("000000", DEMO_USER_PIN)
    assert login_with_prompt(token_client, serial, prompt, attempts=2) is True
    assert prompt.messages == ["Sai mã PIN. Còn 2 lần thử."]
