"""The national data dictionary against our spreadsheets: every stored field has an import and an export column
under the dictionary's name; every other field is listed with the reason it has none."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from hocbaso_desktop.dataio import dictionary
from hocbaso_desktop.dataio.column_mapping import field_of
from hocbaso_desktop.dataio.templates import export_classes_workbook
from hocbaso_desktop.dataio.xlsx_import import import_workbook
from hocbaso_desktop.dataio.xlsx_reader import read_workbook

ROOT = Path(__file__).resolve().parents[2]


def dictionary_fields() -> list[tuple[str, str]]:
    """(table, field) of ../shared/data/national-data-dictionary.tsv (beside the clone or the worktrees)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "data" / "national-data-dictionary.tsv"
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                return [(row[0], row[1]) for row in csv.reader(handle, delimiter="\t") if len(row) > 1]
    pytest.fail("national-data-dictionary.tsv not found in ../shared/data")


def test_every_dictionary_field_is_represented_or_explained(capsys):
    fields = dictionary_fields()
    assert len(fields) >= 200  # the whole file was read
    stored = set(dictionary.STUDENT_COLUMNS) | set(dictionary.ASSESSMENT_COLUMNS)
    explained = set(dictionary.NOT_REPRESENTED)
    assert not stored & explained
    missing = sorted({f for _t, f in fields} - stored - explained)
    assert missing == [], f"dictionary fields neither represented nor explained: {missing}"
    not_represented = sorted({(t, f) for t, f in fields if f in explained})
    with capsys.disabled():
        print(f"\n{len(not_represented)} dictionary fields without a spreadsheet column:")
        for table, field in not_represented:
            print(f"  {table}.{field}: {dictionary.NOT_REPRESENTED[field]}")
    unused = explained - {f for _t, f in fields}
    assert unused == set(), f"explanations for fields the dictionary does not have: {unused}"


@pytest.mark.parametrize("name", sorted(dictionary.STUDENT_COLUMNS))
def test_every_stored_student_field_imports_under_its_dictionary_name(name):
    assert field_of(name, "students") == dictionary.STUDENT_COLUMNS[name]


def test_export_with_dictionary_names_reads_back_unchanged(primary_session, tmp_path):
    path = export_classes_workbook(primary_session, tmp_path / "dmdl.xlsx", class_names=["4A"], dictionary_names=True)
    book = read_workbook(path)
    sheets = {s.title: s for s in book.sheets}
    headers = set(sheets["4A"].rows[0]) | set(sheets["DMDL 4A"].rows[0])
    wanted = set(dictionary.STUDENT_COLUMNS) | set(dictionary.assessment_fields("tieuhoc"))
    assert wanted - headers == set()
    values = [r for r in sheets["DMDL 4A"].rows[1:] if any(v not in (None, "") for v in r[4:])]
    assert values, "the demo school has qualities and absences for 4A"
    report = import_workbook(primary_session, path)
    assert report.ok, report.problems
    assert report.new_students == report.updated_students == report.new_entries == report.changed_entries == 0
    assert report.unchanged_entries > 0 and not report.unmapped
