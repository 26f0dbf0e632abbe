"""The school report: counts agree with the class sizes and the rules' results; risks and completion."""

from __future__ import annotations

from openpyxl import load_workbook

from hocbaso_desktop.cli import main
from hocbaso_desktop.dataio.report_xlsx import write_report_xlsx
from hocbaso_desktop.domain.assessment import ABSENCES, AssessmentEntry
from hocbaso_desktop.services.reports import ABSENCE_WARNING, school_report
from hocbaso_desktop.storage import assessments_repo, school_repo


def test_report_counts_risks_and_completion(primary_session, tmp_path):
    db = primary_session.db
    year = school_repo.latest_year(db)
    target = school_repo.students_in_class(db, school_repo.find_class(db, year, "3A").id)[1]
    assessments_repo.save_entries(db, year, [
        AssessmentEntry(target.id, ABSENCES, "cn", "excused", str(ABSENCE_WARNING)),
        AssessmentEntry(target.id, ABSENCES, "cn", "unexcused", "2")], actor="test")
    report = school_report(primary_session)
    for c in report.classes:
        assert sum(c.results.values()) == c.students == len(
            school_repo.students_in_class(db, school_repo.find_class(db, year, c.class_name).id))
    cht = sum(c.results.get("CHT", 0) for c in report.classes)
    assert cht == sum(1 for s in report.at_risk if any("CHT" in r for r in s.reasons))
    mine = [s for s in report.at_risk if s.full_name == target.full_name and s.class_name == "3A"]
    assert mine and any(f"nghỉ {ABSENCE_WARNING + 2} buổi" in r for r in mine[0].reasons)
    assert report.completion and all(0 <= c.entered <= c.expected for c in report.completion)
    path = write_report_xlsx(report, tmp_path / "bc.xlsx")
    assert len(load_workbook(path).sheetnames) == 5


def test_cli_template_dry_run_and_import(primary_session, tmp_path, monkeypatch, capsys):
    db_path = str(primary_session.db.path)
    primary_session.close()
    monkeypatch.setenv("HOCBASO_PASSWORD", "hocbaso-demo")
    out = tmp_path / "mau.xlsx"
    base = ["--db", db_path, "--user", "hocvu"]
    assert main(["template", *base, "--kind", "students", "--class", "4A", "--out", str(out)]) == 0
    assert main(["import", *base, "--dry-run", str(out)]) == 0
    assert "0 lỗi" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"x")
    assert main(["import", *base, str(bad)]) == 3
