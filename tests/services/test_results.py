"""A class's computed results through the use case and the `hocbaso results` command."""

from __future__ import annotations

import json

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.services import assessment_entry, results, students
from tests.cli.test_school_cmds import hocbaso, no_traceback


def test_results_follow_a_corrected_entry(session_as):
    teacher = session_as("gvcn.4a")
    cls = students.resolve_class(teacher, "4A")
    computed = results.class_results(teacher, cls)
    assert len(computed.rows) == 30
    target = next(r for r in computed.rows if r.result.result in ("HT", "HTT", "HTXS"))
    assessment_entry.save_entries(teacher, cls, [AssessmentEntry(target.student.id, "TOAN", "cn", "level", "C")])
    after = {r.student.id: r.result for r in results.class_results(teacher, cls).rows}[target.student.id]
    assert after.result == "CHT"
    assert any("Toán" in reason for reason in after.reasons)


def test_summary_sheet_counts_every_student(session_as):
    principal = session_as("hieutruong")
    sheet = results.summary_sheet(results.class_results(principal, students.resolve_class(principal, "3B")))
    assert len(sheet.rows) == 30


def test_results_command_json(demo_school):
    out = hocbaso("results", "--db", str(demo_school.path), "--class", "4A", "--json", user="hieutruong")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert len(doc["students"]) == 30
    assert all(s["result"] in ("HTXS", "HTT", "HT", "CHT", None) and s["reasons"] for s in doc["students"])
    denied = hocbaso("results", "--db", str(demo_school.path), "--class", "4A", user="gvcn.5a")
    assert denied.returncode == 3
    no_traceback(denied)
