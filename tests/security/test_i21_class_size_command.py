"""Issue 21, the class-size maximum is a setting the administrator sets by command: `hocbaso config set
school.max_class_size N` checks N (a whole number of students, 1–200), shows it in `config list` with its
Vietnamese explanation, refuses anything else with exit 3 and changes nothing, and the new maximum is what
`students add` then enforces (the demo school's classes, counted with the command's own list)."""

from __future__ import annotations

import json

from tests.fixtures.cli import run_hocbaso
from tests.fixtures.school import DEMO_PASSWORD
from tests.security.i21_helpers import no_traceback

KEY = "school.max_class_size"


def test_max_class_size_is_set_by_command_and_enforced(demo_school):
    db = ("--db", str(demo_school.path))
    run = lambda *a, user="quantri": run_hocbaso(*a, *db, password=DEMO_PASSWORD, user=user)  # noqa: E731
    listed = json.loads(run("config", "list", "--json").stdout)
    item = next(i for i in listed if i["key"] == KEY)
    assert item["value"] == 60 and item["label"] == "Sĩ số tối đa của một lớp"
    assert "Thông tư" in item["explanation"] and "học sinh" in item["explanation"]
    assert "Sĩ số tối đa của một lớp" in run("config", "list").stdout
    for bad in ("0", "201", "-5", "ba mươi", "30.5"):
        refused = run("config", "set", KEY, bad)
        assert refused.returncode == 3, bad
        assert "số nguyên từ 1 đến 200" in refused.stderr
        no_traceback(refused)
    teacher = run("config", "set", KEY, "5", user="gvcn.4a")
    assert teacher.returncode == 3
    assert run("config", "get", KEY).stdout.strip() == "60"   # nothing above changed it

    students = json.loads(run("students", "list", "--class", "4A", "--json").stdout)["students"]
    size = len(students)
    assert run("config", "set", KEY, str(size + 1)).returncode == 0
    assert run("config", "get", KEY).stdout.strip() == str(size + 1)
    add = ("students", "add", "--class", "4A", "--sex", "nu", "--birth", "01/02/2016")
    assert run(*add, "--name", "Trần Thị Vừa Đủ", user="hocvu").returncode == 0
    over = run(*add, "--name", "Trần Thị Quá Sĩ Số", user="hocvu")
    assert over.returncode == 3 and str(size + 1) in over.stderr
    no_traceback(over)
    assert len(json.loads(run("students", "list", "--class", "4A", "--json").stdout)["students"]) == size + 1
