"""Compatibility face: the interface's use cases that lived here are now one module per use case.

`grade_sheets` (the grade grid), `class_review`, `school_setup`, `school_settings`, `audit_log` and
`accounts.check_password`. This module only re-exports them for code written against the old name;
new code imports the modules themselves.
"""

from __future__ import annotations

from hocbaso_desktop.services.accounts import check_password  # noqa: F401
from hocbaso_desktop.services.audit_log import (  # noqa: F401
    audit_entries,
)
from hocbaso_desktop.services.class_review import (  # noqa: F401
    ClassReview,
    EntryProgress,
    StudentOutcome,
    class_review,
    student_outcome,
)
from hocbaso_desktop.services.grade_sheets import (  # noqa: F401
    SCHOOL_WIDE_ROLES,
    ClassChoice,
    GradeSheet,
    GridColumn,
    SheetChoice,
    class_specs,
    columns_for,
    entry_windows,
    load_sheet,
    missing_count,
    my_classes,
    periods_for,
    record_locks,
    save_grades,
    validate_cell,
)
from hocbaso_desktop.services.school_settings import (  # noqa: F401
    UI_SETTINGS,
    lock_minutes,
    read_settings,
    write_settings,
)
from hocbaso_desktop.services.school_setup import (  # noqa: F401
    create_school,
    current_school,
)
