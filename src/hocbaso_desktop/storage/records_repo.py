"""Record pages (table records) and their signatures (record_signatures).

Issued and revoked rows are immutable: the triggers of schema 0001 refuse any change except
issued → revoked (`SchoolDatabase.execute` turns that refusal into `ImmutableRecordError`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.errors import NotFoundError, StorageError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import RecordStatus, Signature, YearRecord

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

_COLS = ("id, version, student_id, class_id, year, regulation, status, converted_from_paper, payload, payload_sha256, "
         "pdf, pdf_sha256, qr, issued_on, issued_place, revoked_reason, revoked_by, created_at")


@dataclass(frozen=True)
class StoredRecord:
    """A record version with its frozen payload and PDF (as signed so far)."""

    record: YearRecord
    payload: bytes | None
    payload_sha256: str | None
    pdf: bytes | None
    pdf_sha256: str | None
    qr: str | None
    revoked_by: str
    created_at: str


@dataclass(frozen=True)
class SignatureRow:
    """One stored signature of a record version, in signing order."""

    seq: int
    role: str
    user_id: str
    signer_name: str
    cert_serial: str
    cert_sha256: str
    signed_at: str


def _row(db: SchoolDatabase, r: tuple) -> StoredRecord:
    sigs = tuple(Signature(s.role, s.signer_name, s.cert_serial, s.signed_at) for s in signatures(db, r[0], r[1]))
    rec = YearRecord(id=r[0], version=r[1], status=RecordStatus(r[6]), student_id=r[2], class_id=r[3] or "",
                     year=r[4], regulation=r[5], converted_from_paper=bool(r[7]), signatures=sigs,
                     revoked_reason=r[15], issued_on=date.fromisoformat(r[13]) if r[13] else None,
                     issued_place=r[14])
    return StoredRecord(rec, bytes(r[8]) if r[8] is not None else None, r[9], bytes(r[10]) if r[10] is not None
                        else None, r[11], r[12], r[16], r[17])


def create(db: SchoolDatabase, *, record_id: str, version: int, student_id: str, class_id: str | None, year: str,
           regulation: str, created_at: str, converted_from_paper: bool = False) -> StoredRecord:
    """Insert a new draft version."""
    db.execute("INSERT INTO records(id, version, student_id, class_id, year, regulation, status, "
               "converted_from_paper, created_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
               (record_id, version, student_id, class_id, year, regulation, int(converted_from_paper), created_at))
    return get(db, record_id, version)


def get(db: SchoolDatabase, record_id: str, version: int | None = None) -> StoredRecord:
    """A record version (the newest when `version` is None)."""
    if version is None:
        r = db.query_one(f"SELECT {_COLS} FROM records WHERE id = ? ORDER BY version DESC LIMIT 1", (record_id,))
    else:
        r = db.query_one(f"SELECT {_COLS} FROM records WHERE id = ? AND version = ?", (record_id, version))
    if r is None:
        raise NotFoundError(_("Không tìm thấy học bạ {id}.", id=record_id))
    return _row(db, r)


def latest_for_student(db: SchoolDatabase, student_id: str, year: str) -> StoredRecord | None:
    """The newest version of a student's page for a year, if any."""
    r = db.query_one(f"SELECT {_COLS} FROM records WHERE student_id = ? AND year = ? "
                     "ORDER BY version DESC, created_at DESC LIMIT 1", (student_id, year))
    return _row(db, r) if r else None


def latest_pages_of_class(db: SchoolDatabase, class_id: str, year: str) -> dict[str, YearRecord]:
    """The newest page version of each student enrolled in a class, without PDF or payload, by student id.

    The same choice as `latest_for_student` (highest version, then newest), in two queries for the whole
    class: screens and reports that show a class's pages need the record's state, not its bytes.
    """
    rows = db.query("SELECT id, version, student_id, class_id, year, regulation, status, converted_from_paper, "
                    "issued_on, issued_place, revoked_reason, created_at FROM records WHERE year = ? AND student_id IN "
                    "(SELECT student_id FROM enrolments WHERE class_id = ?)", (year, class_id))
    newest: dict[str, tuple] = {}
    for r in rows:
        held = newest.get(r[2])
        if held is None or (r[1], r[11]) > (held[1], held[11]):
            newest[r[2]] = r
    chosen = {(r[0], r[1]) for r in newest.values()}
    sigs: dict[tuple[str, int], list[Signature]] = {}
    for rid, version, role, name, serial, signed_at in db.query(
            "SELECT s.record_id, s.version, s.role, s.signer_name, s.cert_serial, s.signed_at FROM record_signatures s "
            "JOIN records r ON r.id = s.record_id AND r.version = s.version WHERE r.year = ? AND r.student_id IN "
            "(SELECT student_id FROM enrolments WHERE class_id = ?) ORDER BY s.record_id, s.version, s.seq",
            (year, class_id)):
        if (rid, version) in chosen:
            sigs.setdefault((rid, version), []).append(Signature(role, name, serial, signed_at))
    return {student: YearRecord(id=r[0], version=r[1], status=RecordStatus(r[6]), student_id=r[2], class_id=r[3] or "",
                                year=r[4], regulation=r[5], converted_from_paper=bool(r[7]),
                                signatures=tuple(sigs.get((r[0], r[1]), ())), revoked_reason=r[10],
                                issued_on=date.fromisoformat(r[8]) if r[8] else None, issued_place=r[9])
            for student, r in newest.items()}


def latest_for_class(db: SchoolDatabase, class_id: str) -> list[StoredRecord]:
    """The newest version of every page of a class."""
    rows = db.query(f"SELECT {_COLS} FROM records r WHERE class_id = ? AND version = "
                    "(SELECT max(version) FROM records WHERE id = r.id) ORDER BY id", (class_id,))
    return [_row(db, r) for r in rows]


def owners(db: SchoolDatabase) -> dict[str, tuple[str, str]]:
    """Every record id's (student id, class id): who a record is about, for the audit log."""
    return {r[0]: (r[1], r[2] or "") for r in db.query("SELECT DISTINCT id, student_id, class_id FROM records")}


def versions(db: SchoolDatabase, record_id: str) -> list[StoredRecord]:
    """Every version of a record, oldest first."""
    return [_row(db, r) for r in db.query(f"SELECT {_COLS} FROM records WHERE id = ? ORDER BY version",
                                          (record_id,))]


def lock(db: SchoolDatabase, record_id: str, version: int, *, payload: bytes, payload_sha256: str, pdf: bytes,
         issued_place: str) -> None:
    """Freeze a draft's payload and unsigned PDF (draft → locked)."""
    cur = db.execute("UPDATE records SET status = 'locked', payload = ?, payload_sha256 = ?, pdf = ?, "
                     "pdf_sha256 = NULL, issued_place = ? WHERE id = ? AND version = ? AND status = 'draft'",
                     (payload, payload_sha256, pdf, issued_place, record_id, version))
    if cur.rowcount != 1:
        raise StorageError(_("Học bạ {id} không ở trạng thái bản nháp.", id=record_id))


def unlock(db: SchoolDatabase, record_id: str, version: int) -> None:
    """Undo a lock nobody has signed yet (locked → draft): the frozen payload and PDF are dropped."""
    cur = db.execute("UPDATE records SET status = 'draft', payload = NULL, payload_sha256 = NULL, pdf = NULL, "
                     "pdf_sha256 = NULL WHERE id = ? AND version = ? AND status = 'locked' AND NOT EXISTS "
                     "(SELECT 1 FROM record_signatures WHERE record_id = ? AND version = ?)",
                     (record_id, version, record_id, version))
    if cur.rowcount != 1:
        raise StorageError(_("Học bạ {id} đã có chữ ký hoặc không ở trạng thái đã khoá.", id=record_id))


def add_signature(db: SchoolDatabase, record_id: str, version: int, *, role: str, user_id: str, signer_name: str,
                  cert_serial: str, cert_sha256: str, signed_at: str, pdf: bytes, pdf_sha256: str) -> int:
    """Store the PDF with one more signature and the signature row (locked/signing → signing); return seq."""
    row = db.query_one("SELECT coalesce(max(seq), 0) FROM record_signatures WHERE record_id = ? AND version = ?",
                       (record_id, version))
    seq = int(row[0]) + 1
    cur = db.execute("UPDATE records SET status = 'signing', pdf = ?, pdf_sha256 = ? WHERE id = ? AND version = ? "
                     "AND status IN ('locked', 'signing')", (pdf, pdf_sha256, record_id, version))
    if cur.rowcount != 1:
        raise StorageError(_("Học bạ {id} không ở trạng thái chờ ký.", id=record_id))
    db.execute("INSERT INTO record_signatures(record_id, version, seq, role, user_id, signer_name, cert_serial, "
               "cert_sha256, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (record_id, version, seq, role, user_id, signer_name, cert_serial, cert_sha256, signed_at))
    return seq


def signatures(db: SchoolDatabase, record_id: str, version: int) -> list[SignatureRow]:
    """The signatures of a version, in order."""
    rows = db.query("SELECT seq, role, user_id, signer_name, cert_serial, cert_sha256, signed_at FROM "
                    "record_signatures WHERE record_id = ? AND version = ? ORDER BY seq", (record_id, version))
    return [SignatureRow(*r) for r in rows]


def mark_issued(db: SchoolDatabase, record_id: str, version: int, *, issued_on: str, qr: str) -> None:
    """signing → issued (after this the row never changes, except to revoked)."""
    cur = db.execute("UPDATE records SET status = 'issued', issued_on = ?, qr = ? WHERE id = ? AND version = ? "
                     "AND status = 'signing'", (issued_on, qr, record_id, version))
    if cur.rowcount != 1:
        raise StorageError(_("Học bạ {id} chưa đủ chữ ký để phát hành.", id=record_id))


def mark_revoked(db: SchoolDatabase, record_id: str, version: int, *, reason: str, revoked_by: str) -> None:
    """issued → revoked, with the reason and who decided."""
    cur = db.execute("UPDATE records SET status = 'revoked', revoked_reason = ?, revoked_by = ? WHERE id = ? AND "
                     "version = ? AND status = 'issued'", (reason, revoked_by, record_id, version))
    if cur.rowcount != 1:
        raise StorageError(_("Chỉ thu hồi được học bạ đã phát hành."))


def revoked_versions(db: SchoolDatabase) -> dict[tuple[str, int], tuple[str, str]]:
    """(record id, version) → (reason, who decided) for every revoked version: what `verify --db` reports."""
    rows = db.query("SELECT id, version, revoked_reason, revoked_by FROM records WHERE status = 'revoked'")
    return {(r[0], int(r[1])): (r[2], r[3]) for r in rows}
