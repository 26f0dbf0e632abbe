"""A class's computed results through the use case and the `hocbaso results` command."""

from __future__ import annotations

import json
from collections import Counter

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


def test_results_command_json(demo_school, session_as):
    out = hocbaso("results", "--db", str(demo_school.path), "--class", "4A", "--json", user="hieutruong")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    principal = session_as("hieutruong")
    class_4a = students.resolve_class(principal, "4A")
    assert (doc["class"], doc["year"], doc["level"]) == ("4A", class_4a.year, "tieuhoc")
    assert [(s["student_id"], s["full_name"]) for s in doc["students"]] == \
        [(s.id, s.full_name) for s in students.class_students(principal, class_4a)]
    # the demo's class 4A, by Thông tư 27: 22 Hoàn thành, 5 Hoàn thành tốt, 2 Chưa hoàn thành, 1 Hoàn thành xuất sắc
    assert Counter(s["result"] for s in doc["students"]) == {"HT": 22, "HTT": 5, "CHT": 2, "HTXS": 1}
    by_name = {s["full_name"]: s for s in doc["students"]}
    assert by_name["Phan Hồng Trang"] | {"student_id": ""} == {
        "student_id": "", "full_name": "Phan Hồng Trang", "result": "HTXS", "completed_grade": True,
        "completion_text": "Hoàn thành chương trình lớp 4", "award": "Học sinh Xuất sắc", "incomplete": [],
        "reasons": ["Kết quả giáo dục: Hoàn thành xuất sắc.",
                    "Mọi môn học, hoạt động ở mức Hoàn thành tốt, mọi phẩm chất, năng lực ở mức Tốt và mọi điểm "
                    "KTĐK cuối năm từ 9 trở lên."],
        "settings_used": ["split_thcn=False"]}
    assert by_name["Lê Hoàng Hoàng"] | {"student_id": ""} == {
        "student_id": "", "full_name": "Lê Hoàng Hoàng", "result": "CHT", "completed_grade": None,
        "completion_text": None, "award": None, "incomplete": [],
        "reasons": ["Kết quả giáo dục: Chưa hoàn thành.", "Điểm KTĐK cuối năm môn Tiếng Việt là 4, dưới 5.",
                    "Điểm KTĐK cuối năm môn Toán là 4, dưới 5.",
                    "Cần kèm cặp, hỗ trợ và đánh giá bổ sung trước khi xét hoàn thành chương trình lớp học (Điều 11)."],
        "settings_used": ["split_thcn=False"]}
    assert all(s["reasons"][0].startswith("Kết quả giáo dục: ") for s in doc["students"])   # every result says why
    denied = hocbaso("results", "--db", str(demo_school.path), "--class", "4A", user="gvcn.5a")
    assert denied.returncode == 3 and "quyền" in denied.stderr
    no_traceback(denied)
