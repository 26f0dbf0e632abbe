"""Issue 15 item 8: the command line speaks one language (argparse's texts, help, OS errors, defaults)."""

from __future__ import annotations

import argparse
import ast
import errno
import inspect
import re

import pytest

from hocbaso_desktop.cli import build_parser, main
from hocbaso_desktop.cli.argparse_text import ARGPARSE_VI, ARGPARSE_VI_PLURAL
from hocbaso_desktop.domain import i18n
from hocbaso_desktop.domain.errors import as_expected
from hocbaso_desktop.services import open_session
from hocbaso_desktop.storage import school_repo
from tests.fixtures.school import DEMO_PASSWORD

ENGLISH = re.compile(r"\b(usage|options|show this help|unrecognized arguments|the following arguments|"
                     r"invalid choice|expected one argument|error:|Is a directory|No such file)\b")


def _argparse_msgids() -> tuple[set[str], set[tuple[str, str]]]:
    """argparse's own texts, read from its source (a new Python that adds one fails the test below)."""
    single, plural = set(), set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id == "_" and texts:
                single.add(texts[0])
            elif node.func.id == "ngettext":
                plural.add((texts[0], texts[1]))
    return single, plural


def test_every_argparse_text_has_a_vietnamese_form_with_the_same_fields():
    single, plural = _argparse_msgids()
    assert single <= set(ARGPARSE_VI), sorted(single - set(ARGPARSE_VI))
    assert plural <= set(ARGPARSE_VI_PLURAL)
    fields = re.compile(r"%\(\w+\)[sr]|%[sr]")
    for english, vietnamese in ARGPARSE_VI.items():
        assert sorted(fields.findall(english)) == sorted(fields.findall(vietnamese)), english


def _sub_parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _sub_parsers(sub)


def test_every_option_of_every_command_has_help_text():
    missing = [f"{p.prog} {'/'.join(a.option_strings) or a.dest}"
               for p in _sub_parsers(build_parser()) for a in p._actions
               if not isinstance(a, argparse._SubParsersAction) and not (a.help or "").strip()]
    assert missing == []
    silent = [f"{p.prog} {name}" for p in _sub_parsers(build_parser()) for a in p._actions
              if isinstance(a, argparse._SubParsersAction)
              for name in set(a.choices) - {c.dest for c in a._choices_actions}]
    assert silent == []


@pytest.mark.parametrize("argv", [["--help"], ["export", "--help"], ["sign", "--help"]])
def test_help_is_all_vietnamese(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "cách dùng: hocbaso" in out and "tuỳ chọn:" in out and "hiện hướng dẫn này rồi thoát" in out
    assert not ENGLISH.search(out), ENGLISH.search(out)


@pytest.mark.parametrize(("argv", "expected"), [
    (["export", "--out", "d", "--bogus"], "tham số không nhận ra: --bogus"),
    (["export"], "thiếu các tham số bắt buộc: --out"),
    (["template", "--kind", "x", "--class", "1A", "--out", "a.xlsx"], "lựa chọn không hợp lệ: 'x'"),
])
def test_usage_errors_are_vietnamese(argv, expected, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert expected in err and "cách dùng:" in err
    assert not ENGLISH.search(err), err


def test_english_when_chosen(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "export", "--out", "d", "--bogus"])
    err = capsys.readouterr().err
    assert "usage: hocbaso" in err and "unrecognized arguments: --bogus" in err


def test_db_and_user_before_the_sub_command_are_used():
    args = build_parser().parse_args(["--db", "/x/truong.hocbaso", "--user", "hieutruong", "export", "--out", "d"])
    assert str(args.db) == "/x/truong.hocbaso" and args.user == "hieutruong"
    # given after the sub-command they still count; given in both places, the sub-command's wins
    args = build_parser().parse_args(["--db", "/a", "export", "--db", "/b", "--out", "d"])
    assert str(args.db) == "/b" and args.user is None


def test_db_before_the_sub_command_opens_that_database(demo_school, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HOCBASO_PASSWORD", DEMO_PASSWORD)
    monkeypatch.delenv("HOCBASO_USER", raising=False)
    # no --year: the latest year, as the help says; the demo school has issued nothing yet
    code = main(["--db", str(demo_school.path), "--user", "hieutruong", "export", "--class", "4A",
                 "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 3
    assert "Lớp này chưa có học bạ nào được phát hành." in err, err


def test_export_class_without_year_takes_the_latest_year(demo_school, tmp_path, capsys, monkeypatch):
    from hocbaso_desktop.signing import export

    seen = []
    monkeypatch.setattr(export, "export_class", lambda session, class_id, out: seen.append(class_id) or [out / "a.pdf"])
    monkeypatch.setenv("HOCBASO_PASSWORD", DEMO_PASSWORD)
    code = main(["export", "--db", str(demo_school.path), "--user", "hieutruong", "--class", "4a",
                 "--out", str(tmp_path / "out")])
    assert code == 0, capsys.readouterr().err
    with open_session(demo_school.path, "hieutruong", DEMO_PASSWORD) as session:
        assert seen == [school_repo.find_class(session.db, demo_school.year, "4A").id]


def test_an_os_error_is_said_in_vietnamese_only(tmp_path):
    exc = IsADirectoryError(errno.EISDIR, "Is a directory", str(tmp_path))
    message = as_expected(exc).message
    assert str(tmp_path) in message and "thư mục" in message
    assert "Is a directory" not in message
    odd = OSError(errno.ENOTRECOVERABLE, "State not recoverable", "f")
    assert "State not recoverable" not in as_expected(odd).message


def test_os_error_reason_follows_the_language(tmp_path):
    i18n.set_language("en")
    message = as_expected(IsADirectoryError(errno.EISDIR, "Is a directory", str(tmp_path))).message
    assert "this is a folder, not a file" in message
