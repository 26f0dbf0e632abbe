"""`hocbaso report`: the workbook and the JSON say what the report service computes, through a real process
(the command loads openpyxl on a thread while Argon2 unlocks: the workbook must still be whole)."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from hocbaso_desktop.services import school_report
from hocbaso_desktop.storage.session import open_session
from tests.fixtures.cli import run_hocbaso
from tests.fixtures.school import DEMO_PASSWORD


def test_report_workbook_and_json_match_the_report(demo_school, tmp_path):
    out = tmp_path / "baocao.xlsx"
    done = run_hocbaso("report", "--db", str(demo_school.path), "--out", str(out), password=DEMO_PASSWORD,
                       user="hieutruong", subprocess_run=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Đã ghi báo cáo {out}."
    with open_session(demo_school.path, "hieutruong", DEMO_PASSWORD) as session:
        expected = school_report(session)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Theo lớp", "Theo khối", "Theo môn", "Cần quan tâm", "Tiến độ nhập"]
    rows = list(book["Theo lớp"].iter_rows(values_only=True))
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [(c.class_name, c.grade, c.students) for c in expected.classes]
    assert len(list(book["Tiến độ nhập"].iter_rows())) == 1 + len(expected.completion)

    as_json = run_hocbaso("report", "--db", str(demo_school.path), password=DEMO_PASSWORD, user="hieutruong",
                          subprocess_run=True)
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == json.loads(json.dumps(expected.to_dict(), default=str))
