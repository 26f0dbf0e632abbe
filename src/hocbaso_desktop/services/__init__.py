"""The only door for use cases: every action a screen or a command offers is one function here that
checks the user's permission first and works in one transaction. `ui/` and `cli/` call only this package.

This is the package's face: other packages import only the names listed in `__all__` (modules and
the names taken from them), and nothing is loaded until it is first used, so a command imports only
what it needs."""

from __future__ import annotations

from hocbaso_desktop.faces import lazy_face

# name -> the module it comes from (None: the name is a module of this package)
_FACE: dict[str, str | None] = {
    "audit_check": None,
    "check_audit": "audit_check",
    "receipt_trust": None,
    "trust_receipt_key": "receipt_trust",
    "accounts": None,
    "assessment_entry": None,
    "certificate_binding": None,
    "AuditLine": "audit_log",
    "AuditView": "audit_log",
    "audit_log": None,
    "BatchResult": "signing",
    "Readiness": "signing",
    "SigningPrep": "signing",
    "signing": None,
    "class_signing": None,
    "RecordRow": "issued",
    "issued": None,
    "ImportReport": "data_exchange",
    "data_exchange": None,
    "TrichlucRejectedError": "legacy_pages",
    "TrichlucReport": "legacy_pages",
    "legacy_pages": None,
    "record_book": None,
    "SchoolReport": "reports",
    "export_report": "reports",
    "reports": None,
    "school_report": "reports",
    "results": None,
    "Secrets": "remote_signing",
    "remote_signing": None,
    "Session": "sessions",
    "open_session": "sessions",
    "sessions": None,
    "students": None,
    "BUNDLE_SUFFIX": "sync_runs",
    "Opener": "sync_runs",
    "RECEIPTS_SUFFIX": "sync_runs",
    "SyncStatus": "sync_runs",
    "SyncSummary": "sync_runs",
    "background_opener": "sync_runs",
    "SyncOutcome": "sync_runs",
    "SyncProgress": "sync_runs",
    "connection_status": "sync_runs",
    "default_receipts_path": "sync_runs",
    "export_bundle_to": "sync_runs",
    "import_receipts_from": "sync_runs",
    "load_status": "sync_runs",
    "sync_opener": "sync_runs",
    "sync_runs": None,
    "upload_bundle": "sync_runs",
    "transfers": None,
    "ClassChoice": "grade_sheets",
    "ClassReview": "class_review",
    "GradeSheet": "grade_sheets",
    "StudentOutcome": "class_review",
    "student_outcome": "class_review",
    "grade_sheets": None,
    "class_review": None,
    "school_setup": None,
    "school_settings": None,
    "ui_queries": None,
    "validate_cell": "grade_sheets",
    "Work": "work",
    "work": None,
}
__all__, __getattr__, __dir__ = lazy_face(__name__, _FACE, globals())
