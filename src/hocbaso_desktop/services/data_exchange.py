"""Data in and out for the data screen: Excel templates and import (always with a dry run), JSON export and import.

The work is done by `dataio/` (each function checks the permission first and writes in one transaction);
this module is the door the interface goes through.
"""

from __future__ import annotations

from hocbaso_desktop.dataio.column_mapping import header_key as header_key
from hocbaso_desktop.dataio.column_maps import target_choices as column_targets  # noqa: F401 - the mapping step
from hocbaso_desktop.dataio.import_plan import ImportReport as ImportReport
from hocbaso_desktop.dataio.json_export import JsonImportSummary as JsonImportSummary
from hocbaso_desktop.dataio.json_export import export_json as export_json
from hocbaso_desktop.dataio.json_export import import_json as import_json
from hocbaso_desktop.dataio.templates import export_classes_workbook as export_classes_workbook
from hocbaso_desktop.dataio.templates import write_template as write_template
from hocbaso_desktop.dataio.xlsx_import import import_workbook as import_workbook
