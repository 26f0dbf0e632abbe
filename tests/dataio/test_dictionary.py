"""The national data dictionary against our spreadsheets: every stored field has an import and an export column
under the dictionary's name; every other field is listed with the reason it has none."""

from __future__ import annotations

import pytest

from hocbaso_desktop.dataio import dictionary
from hocbaso_desktop.dataio.column_mapping import field_of
from hocbaso_desktop.dataio.templates import export_classes_workbook
from hocbaso_desktop.dataio.xlsx_import import import_workbook
from hocbaso_desktop.dataio.xlsx_reader import read_workbook
from tests.fixtures.dictionary import DICTIONARY, dictionary_rows, shared_dictionary


def dictionary_fields() -> list[tuple[str, str]]:
    """(table, field) of the national data dictionary (tests/fixtures/data, a copy of ../shared/data)."""
    return [(row[0], row[1]) for row in dictionary_rows()]


def test_the_copy_is_the_shared_dictionary():
    shared = shared_dictionary()
    if shared is None:
        pytest.skip("../shared/data is not beside this checkout: the copy cannot be compared with it here")
    assert DICTIONARY.read_bytes() == shared.read_bytes()


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
