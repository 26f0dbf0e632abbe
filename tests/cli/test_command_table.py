"""The command line loads only the module of the command it runs, and its table of commands stays true."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from hocbaso_desktop.cli import COMMAND_MODULES, build_parser, command_table, requested_command
from hocbaso_desktop.cli._common import common_parents


def test_the_table_names_every_command_with_its_module_and_help():
    registered = {}
    for module in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(sub, common_parents())
        for action in sub._choices_actions:
            registered[action.dest] = (module.rsplit(".", 1)[1], action.help)
    assert registered == command_table()


@pytest.mark.parametrize(("argv", "command"), [
    (["--version"], None), (["--db", "x.hocbaso", "--user", "u"], None), (["--lang", "en", "sign", "--as", "gvcn"], "sign"),
    (["--db", "sync", "status"], "status"), (["verify", "a.pdf"], "verify"), (["--", "demo"], "demo"),
])
def test_the_command_is_found_past_the_main_options(argv, command):
    assert requested_command(argv) == command


_PROBE = """
import sys
from hocbaso_desktop.cli import main
try:
    main({argv!r})
except SystemExit as exc:
    print("exit", exc.code)
heavy = sorted(m for m in ("pyhanko", "reportlab", "openpyxl", "fontTools", "PySide6", "httpx") if m in sys.modules)
cmds = sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("hocbaso_desktop.cli.") and m.endswith("_cmds"))
print(heavy, cmds)
"""


@pytest.mark.parametrize(("argv", "loaded"), [
    (["--version"], "[] []"),
    (["--help"], "[] []"),
    (["evaluate", "--help"], "[] ['rules_cmds']"),
])
def test_a_command_imports_only_what_it_uses(argv, loaded):
    done = subprocess.run([sys.executable, "-c", _PROBE.format(argv=argv)], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-2:] == ["exit 0", loaded]   # the help or version printed, then exit 0


def test_the_full_parser_still_has_every_option():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert "--as" in sub.choices["sign"].format_help() and set(sub.choices) == set(command_table())
