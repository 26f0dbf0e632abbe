"""The storage layer: the only SQL. SQLCipher database, key file, migrations, repositories, audit log,
backups, outbox and inbox tables, and the signed-in `Session` beside the database handle.

This is the package's face: other packages import only the names listed in `__all__` (modules and
the names taken from them), and nothing is loaded until it is first used, so a command imports only
what it needs."""

from __future__ import annotations

from hocbaso_desktop.faces import lazy_face

# name -> the module it comes from (None: the name is a module of this package)
_FACE: dict[str, str | None] = {
    "Anchor": "anchors_repo",
    "anchors_repo": None,
    "rekey": None,
    "RekeyResult": "rekey",
    "assessments_repo": None,
    "audit": None,
    "backup": None,
    "blobs_repo": None,
    "catalogue_repo": None,
    "CertificateBinding": "certificates_repo",
    "certificates_repo": None,
    "Database": "connection",
    "connection": None,
    "SchoolDatabase": "database",
    "database": None,
    "utc_now": "database",
    "dataio_repo": None,
    "inbox_repo": None,
    "keyfile": None,
    "migrations": None,
    "outbox": None,
    "StoredRecord": "records_repo",
    "latest_for_student": "records_repo",
    "records_repo": None,
    "BatchItemRow": "remote_repo",
    "RemoteBatch": "remote_repo",
    "RemoteService": "remote_repo",
    "remote_repo": None,
    "school_repo": None,
    "Session": "session",
    "open_session": "session",
    "session": None,
    "SchoolSettings": "settings_repo",
    "settings_repo": None,
    "trichluc_repo": None,
    "TrustAnchor": "trust_repo",
    "trust_repo": None,
    "upgrades_repo": None,
    "users_repo": None,
    "xml_repo": None,
}
__all__, __getattr__, __dir__ = lazy_face(__name__, _FACE, globals())
