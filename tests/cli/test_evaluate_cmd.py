"""`hocbaso evaluate [FILE]`: JSON in, JSON out, exit 3 with a Vietnamese message on invalid input.

Runs the real program (`python -m hocbaso_desktop evaluate`) in a subprocess: one of the few true subprocess tests
of the command line (its entry point, stdin and exit codes as a script sees them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PRIMARY = {
    "level": "tieuhoc", "grade": 4,
    "subjects": {**{n: {"level": "T", "test": 10} for n in ("Tiếng Việt", "Toán", "Ngoại ngữ 1", "Lịch sử và Địa lí",
                                                             "Khoa học", "Tin học và Công nghệ")},
                 **{n: {"level": "T"} for n in ("Đạo đức", "Giáo dục thể chất", "Âm nhạc", "Mĩ thuật",
                                                "Hoạt động trải nghiệm")}},
    "qualities": dict.fromkeys(("Yêu nước", "Nhân ái", "Chăm chỉ", "Trung thực", "Trách nhiệm"), "T"),
    "competencies": dict.fromkeys(("tuhoc", "giaotiep", "giaiquyet", "ngonngu", "tinhtoan", "khoahoc", "congnghe",
                                   "tinhoc", "thammi", "thechat"), "T"),
}


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run(args: list[str], stdin: str = "") -> Run:
    """Run `hocbaso evaluate …` as a subprocess."""
    done = subprocess.run([sys.executable, "-m", "hocbaso_desktop", "evaluate", *args], input=stdin.encode(),
                          capture_output=True, env=_env(), timeout=60, check=False)
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def test_evaluate_file_primary(tmp_path: Path) -> None:
    """§2.7 example 1 from a file → HTXS on stdout, exit 0."""
    path = tmp_path / "hs.json"
    path.write_text(json.dumps(PRIMARY, ensure_ascii=False), encoding="utf-8")
    result = run([str(path)])
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["result"] == "HTXS" and out["reasons"]


def test_evaluate_stdin_secondary_keeps_decimal_digits() -> None:
    """§3.5 example A read from stdin: 7.5 keeps its digits (Decimal parsing) → "7.6"."""
    doc = ('{"level": "thcs", "subjects": [{"name": "Toán", "kind": "score", "periods_per_year": 140, '
           '"hk1": {"tx": [8, 7.5, 9, 6], "gk": 7, "ck": 8}, "hk2": null}], '
           '"conduct": {"hk1": "T", "hk2": null, "summer": null}, "absences": 0}')
    result = run([], stdin=doc)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["subjects"][0]["hk1"] == "7.6" and out["promoted"] is None


def test_invalid_input_exits_3_with_the_field() -> None:
    """A score with two decimals → exit 3, Vietnamese message naming subjects[0].hk1.tx[1], no traceback."""
    doc = ('{"level": "thcs", "subjects": [{"name": "Toán", "kind": "score", "periods_per_year": 140, '
           '"hk1": {"tx": [8, 7.55]}}], "conduct": {}, "absences": 0}')
    result = run([], stdin=doc)
    assert result.returncode == 3
    assert "subjects[0].hk1.tx[1]" in result.stderr and "một chữ số thập phân" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(("content", "words"), [("{not json", "JSON không hợp lệ"), ("[]", "đối tượng JSON")])
def test_broken_json_exits_3(content: str, words: str) -> None:
    """Malformed JSON or a non-object → exit 3 with a Vietnamese message."""
    result = run([], stdin=content)
    assert result.returncode == 3 and words in result.stderr


def test_missing_file_exits_3(tmp_path: Path) -> None:
    """An unreadable file → exit 3 naming the file."""
    result = run([str(tmp_path / "khong-co.json")])
    assert result.returncode == 3 and "khong-co.json" in result.stderr
