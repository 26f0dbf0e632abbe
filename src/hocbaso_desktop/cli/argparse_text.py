"""argparse's own texts ("usage:", "options:", its error messages) in the language of the program.

argparse looks its texts up through the module-level names `argparse._` and `argparse.ngettext`
(gettext) at the moment it uses them; `install()` points them at this table, so help and usage errors
read in one language. In English the table is skipped and argparse's own English is used.
The keys are argparse's msgids exactly (tests/cli/test_argparse_text.py reads them from argparse's
source, so a new Python that adds one fails the test); the %-fields are kept as they are.
"""

from __future__ import annotations

import argparse

from hocbaso_desktop.domain import i18n

ARGPARSE_VI: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    ".__call__() not defined": ".__call__() chưa được định nghĩa",
    "'required' is an invalid argument for positionals": "'required' không dùng được cho tham số vị trí",
    "mutually exclusive arguments must be optional": "các tham số loại trừ nhau phải là tuỳ chọn",
    "positional arguments": "tham số vị trí",
    "options": "tuỳ chọn",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "ambiguous option: %(option)s could match %(matches)s": "tuỳ chọn chưa rõ: %(option)s có thể là %(matches)s",
    "%r is not callable": "%r không gọi được",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn trong %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "cannot merge actions - two groups are named %r": "không gộp được: hai nhóm cùng tên %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "tuỳ chọn %(option)r không hợp lệ: phải bắt đầu bằng ký tự %(prefix_chars)r",
    "dest= is required for options like %r": "cần dest= cho tuỳ chọn như %r",
    "invalid conflict_resolution value: %r": "giá trị conflict_resolution không hợp lệ: %r",
    "cannot have multiple subparser arguments": "không được có nhiều nhóm lệnh con",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "conflicting subparser: %s": "lệnh con trùng: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (chọn trong: %(choices)s)",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "the following arguments are required: %s": "thiếu các tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "conflicting subparser alias: %s": "tên gọi khác của lệnh con bị trùng: %s",
    'argument "-" with mode %r': 'tham số "-" với chế độ %r',
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "unexpected option string: %s": "tuỳ chọn không mong đợi: %s",
    "ignored explicit argument %r": "giá trị %r bị bỏ qua",
}

# msgid pairs of ngettext (singular, plural) → the Vietnamese text (Vietnamese has one form).
ARGPARSE_VI_PLURAL: dict[tuple[str, str], str] = {
    ("conflicting option string: %s", "conflicting option strings: %s"): "tuỳ chọn bị trùng: %s",
    ("expected %s argument", "expected %s arguments"): "cần %s giá trị",
}


def _gettext(message: str) -> str:
    if i18n.language() != "vi":
        return message
    return ARGPARSE_VI.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if i18n.language() != "vi":
        return singular if n == 1 else plural
    return ARGPARSE_VI_PLURAL.get((singular, plural), singular if n == 1 else plural)


def install() -> None:
    """Route argparse's texts through this table (before any parser is built)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
