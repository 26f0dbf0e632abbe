"""A class's computed results through the use case and the `hocbaso results` command."""

from __future__ import annotations

import json

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.evaluator_json import year_result_json
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


def test_results_command_json(demo_school, session_as):
    out = hocbaso("results", "--db", str(demo_school.path), "--class", "4A", "--json", user="hieutruong")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    # the command prints exactly what the one evaluator computes for each student of the class, in order
    principal = session_as("hieutruong")
    computed = results.class_results(principal, students.resolve_class(principal, "4A"))
    expected = [{"student_id": r.student.id, "full_name": r.student.full_name, **year_result_json(r.result)}
                for r in computed.rows]
    assert (doc["class"], doc["level"], len(doc["students"])) == ("4A", "tieuhoc", 30)
    assert doc["students"] == json.loads(json.dumps(expected, ensure_ascii=False, default=str))
    assert all(s["reasons"] for s in doc["students"])   # every result says why
    denied = hocbaso("results", "--db", str(demo_school.path), "--class", "4A", user="gvcn.5a")
    assert denied.returncode == 3 and "quyền" in denied.stderr
    no_traceback(denied)
