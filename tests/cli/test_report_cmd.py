"""`hocbaso report`: the workbook and the JSON say what the report service computes, and the demo's known results,
through a real process (the command loads openpyxl on a thread while Argon2 unlocks: the workbook must still be
whole)."""

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
    # the demo's known outcome, independent of the report code: 4A by Thông tư 27 (services/test_results.py)
    assert rows[0] == ("Lớp", "Khối", "Sĩ số", "CHT", "HT", "HTT", "HTXS", "chưa đủ")
    assert [r for r in rows if r[0] == "4A"] == [("4A", 4, 30, 2, 22, 5, 1, 0)]
    assert len(list(book["Tiến độ nhập"].iter_rows())) == 1 + len(expected.completion)

    as_json = run_hocbaso("report", "--db", str(demo_school.path), password=DEMO_PASSWORD, user="hieutruong",
                          subprocess_run=True)
    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert doc == json.loads(json.dumps(expected.to_dict(), default=str))
    assert [(c["class_name"], c["students"]) for c in doc["classes"]] == \
        [(f"{g}{x}", 30) for g in range(1, 6) for x in "AB"]
    by_class = {c["class_name"]: c["results"] for c in doc["classes"]}
    assert by_class["1A"] == {"HT": 25, "HTT": 2, "CHT": 2, "HTXS": 1}     # tests/ui/test_shell.py
    assert by_class["4A"] == {"HT": 22, "HTT": 5, "CHT": 2, "HTXS": 1}
    assert {"class_name": "1A", "full_name": "Võ Hoàng Tuấn",
            "reasons": ["kết quả cả năm CHT", "môn chưa đạt: Toán"]} in doc["at_risk"]
    assert "Lê Hoàng Hoàng" in [s["full_name"] for s in doc["at_risk"] if s["class_name"] == "4A"]
