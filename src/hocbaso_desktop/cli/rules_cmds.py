"""`hocbaso evaluate [FILE]`: the stateless TT27/TT22 evaluator (JSON in, JSON out; no database).

Reads one student-year as JSON from FILE (or standard input) and writes the result as JSON to standard
output. Invalid input exits 3 with the Vietnamese message naming the field (handled by cli.main).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.evaluator_json import evaluate_json
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.limits import loads_bounded


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add the `evaluate` command (it needs no database, so no parents)."""
    p = subparsers.add_parser(
        "evaluate", help=_("đánh giá kết quả một năm học của một học sinh từ tệp JSON (TT27/TT22)"))
    p.add_argument("file", nargs="?", help=_("tệp JSON đầu vào (mặc định: đọc từ đầu vào chuẩn)"))
    p.set_defaults(handler=_evaluate)


def read_document(file: str | None) -> Any:
    """Read and parse the JSON input; numbers become Decimal so 7.5 keeps its written digits."""
    try:
        text = sys.stdin.read() if file in (None, "-") else Path(file).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(_("Không đọc được tệp “{f}”: {e}", f=file, e=exc.strerror), field="file") from exc
    except UnicodeDecodeError as exc:
        raise InvalidInputError(_("Tệp “{f}” không phải văn bản UTF-8.", f=file), field="file") from exc
    try:
        return loads_bounded(text, what=file or "stdin", parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(_("JSON không hợp lệ (dòng {l}, cột {c}): {m}", l=exc.lineno, c=exc.colno, m=exc.msg),
                                field="file") from exc


def _evaluate(args: argparse.Namespace) -> int:
    result = evaluate_json(read_document(args.file))
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
