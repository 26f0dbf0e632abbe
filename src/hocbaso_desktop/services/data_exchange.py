"""Data in and out for the data screen and the command line: Excel templates and import (always with a dry
run), JSON export and import.

The work is done by `dataio/` (each function checks the permission first and writes in one transaction);
this module is the door the interface and the commands go through, and says what each call changed.
"""

from __future__ import annotations

from pathlib import Path

from hocbaso_desktop.dataio import json_export, templates, xlsx_import
from hocbaso_desktop.dataio.column_mapping import header_key as header_key
from hocbaso_desktop.dataio.column_maps import IGNORE as IGNORE  # the --map target that drops a column
from hocbaso_desktop.dataio.column_maps import parse_map_options as parse_map_options
from hocbaso_desktop.dataio.column_maps import target_choices as column_targets  # noqa: F401 - the mapping step
from hocbaso_desktop.dataio.import_plan import ImportRejectedError as ImportRejectedError
from hocbaso_desktop.dataio.import_plan import ImportReport as ImportReport
from hocbaso_desktop.dataio.json_export import JsonImportSummary as JsonImportSummary
from hocbaso_desktop.services.changes import Changed, Changes, audited

IMPORTED = audited(students=True, assessments=True)  # students, classes, enrolments, assignments and values


def import_workbook(session, path: Path | str, *, dry_run: bool = True, year: str | None = None,
                    mapping: dict[str, str] | None = None) -> Changed[ImportReport]:
    """Check (and unless `dry_run`, apply) a spreadsheet of students or scores."""
    report = xlsx_import.import_workbook(session, path, dry_run=dry_run, year=year, mapping=mapping)
    return Changed(report, IMPORTED if report.applied else Changes())


def import_json(session, path: Path | str) -> Changed[JsonImportSummary]:
    """Import a JSON export of this school, all or nothing."""
    return Changed(json_export.import_json(session, path), IMPORTED | audited(records=True))


def export_json(session, out: Path | str) -> Changed[Path]:
    """Write the school's data as JSON; audited."""
    return Changed(json_export.export_json(session, out), audited())


def write_template(session, kind: str, class_name: str, out: Path | str, **options) -> Changed[Path]:
    """Write a class's "students" or "scores" template (options: year, subjects, periods); audited."""
    return Changed(templates.write_template(session, kind, class_name, out, **options), audited())


def export_classes_workbook(session, out: Path | str, **options) -> Changed[Path]:
    """Export class lists and scores of a year to Excel (options: year, class_names, dictionary_names); audited."""
    return Changed(templates.export_classes_workbook(session, out, **options), audited())
