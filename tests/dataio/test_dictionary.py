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
    assert len(fields) == 221  # the whole file was read (its 221 rows)
    stored = set(dictionary.STUDENT_COLUMNS) | set(dictionary.ASSESSMENT_COLUMNS)
    explained = set(dictionary.NOT_REPRESENTED)
    assert not stored & explained
    missing = sorted({f for _t, f in fields} - stored - explained)
    assert missing == [], f"dictionary fields neither represented nor explained: {missing}"
    not_represented = sorted({(t, f) for t, f in fields if f in explained})
    by_reason: dict[str, list[str]] = {}
    for _table, field in not_represented:
        names = by_reason.setdefault(dictionary.NOT_REPRESENTED[field], [])
        if field not in names:
            names.append(field)
    with capsys.disabled():
        print(f"\n{len(not_represented)} dictionary fields (table, field) without a spreadsheet column:")
        for reason, names in by_reason.items():
            print(f"  - {reason}: {', '.join(names)}")
    unused = explained - {f for _t, f in fields}
    assert unused == set(), f"explanations for fields the dictionary does not have: {unused}"


@pytest.mark.parametrize("name", sorted(dictionary.STUDENT_COLUMNS))
def test_every_stored_student_field_imports_under_its_dictionary_name(name):
    assert field_of(name, "students") == dictionary.STUDENT_COLUMNS[name]


@pytest.mark.parametrize(("level", "class_name"), [("tieuhoc", "4A"), ("thcs", "8A")])
def test_export_with_dictionary_names_reads_back_unchanged(request, tmp_path, level, class_name):
    session = request.getfixturevalue("primary_session" if level == "tieuhoc" else "thcs_session")
    path = export_classes_workbook(session, tmp_path / "dmdl.xlsx", class_names=[class_name], dictionary_names=True)
    book = read_workbook(path)
    sheets = {s.title: s for s in book.sheets}
    headers = set(sheets[class_name].rows[0]) | set(sheets[f"DMDL {class_name}"].rows[0])
    wanted = set(dictionary.STUDENT_COLUMNS) | set(dictionary.assessment_fields(level))
    assert wanted - headers == set()
    values = [r for r in sheets[f"DMDL {class_name}"].rows[1:] if any(v not in (None, "") for v in r[4:])]
    assert values, "the demo school has year-end values for the class"
    report = import_workbook(session, path)
    assert report.ok, report.problems
    assert report.new_students == report.updated_students == report.new_entries == report.changed_entries == 0
    assert report.unchanged_entries == {"4A": 444, "8A": 768}[class_name] and not report.unmapped
