"""records_repo on a real SQLCipher file: life cycle, signatures, immutability enforced by the database."""

from __future__ import annotations

import pytest
from tests.signing.conftest import YEAR, build_school

from hocbaso_desktop.domain.errors import ImmutableRecordError, StorageError
from hocbaso_desktop.storage import records_repo


@pytest.fixture
def db(tmp_path, demo_pki):
    school = build_school(tmp_path / "t.hocbaso", demo_pki, n_students=1)
    yield school.db
    school.db.close()


def _locked(db):
    records_repo.create(db, record_id="r1", version=1, student_id="hs-0", class_id="cls-4a", year=YEAR,
                        regulation="27/2020", created_at="2026-11-23T00:00:00Z")
    records_repo.lock(db, "r1", 1, payload=b"{}", payload_sha256="aa", pdf=b"%PDF", issued_place="Bến Nghé")


def test_life_cycle(db):
    _locked(db)
    assert records_repo.get(db, "r1").record.status.value == "locked"
    with pytest.raises(StorageError):
        records_repo.mark_issued(db, "r1", 1, issued_on="2026-11-23", qr="HB1:")   # no signature yet
    seq = records_repo.add_signature(db, "r1", 1, role="gvcn", user_id="u", signer_name="Hoa", cert_serial="01",
                                     cert_sha256="bb", signed_at="2026-11-23T01:00:00Z", pdf=b"%PDF2", pdf_sha256="cc")
    assert seq == 1
    records_repo.mark_issued(db, "r1", 1, issued_on="2026-11-23", qr="HB1:X")
    stored = records_repo.get(db, "r1")
    assert stored.record.status.value == "issued" and stored.pdf == b"%PDF2" and stored.qr == "HB1:X"
    assert [s.role for s in stored.record.signatures] == ["gvcn"]
    assert records_repo.latest_for_student(db, "hs-0", YEAR).record.id == "r1"
    records_repo.mark_revoked(db, "r1", 1, reason="Sai", revoked_by="hieutruong")
    assert records_repo.get(db, "r1").record.revoked_reason == "Sai"
    records_repo.create(db, record_id="r1", version=2, student_id="hs-0", class_id="cls-4a", year=YEAR,
                        regulation="27/2020", created_at="2026-11-24T00:00:00Z")
    assert [v.record.version for v in records_repo.versions(db, "r1")] == [1, 2]
    assert records_repo.latest_for_class(db, "cls-4a")[0].record.version == 2


def test_issued_rows_and_signatures_refuse_changes(db):
    _locked(db)
    records_repo.add_signature(db, "r1", 1, role="gvcn", user_id="u", signer_name="Hoa", cert_serial="01",
                               cert_sha256="bb", signed_at="t", pdf=b"%PDF2", pdf_sha256="cc")
    records_repo.mark_issued(db, "r1", 1, issued_on="2026-11-23", qr="HB1:X")
    for sql in ("UPDATE records SET pdf = x'00' WHERE id = 'r1'",
                "UPDATE records SET status = 'draft' WHERE id = 'r1'",
                "UPDATE records SET status = 'revoked', revoked_reason = '' WHERE id = 'r1'",
                "DELETE FROM records WHERE id = 'r1'",
                "UPDATE record_signatures SET signer_name = 'X'",
                "DELETE FROM record_signatures"):
        with pytest.raises(ImmutableRecordError):
            db.execute(sql)
    with pytest.raises(StorageError):
        records_repo.add_signature(db, "r1", 1, role="principal", user_id="u", signer_name="Đức", cert_serial="02",
                                   cert_sha256="dd", signed_at="t", pdf=b"%PDF3", pdf_sha256="ee")


def test_issued_records_signatures_and_files_cannot_be_touched(tmp_path, demo_pki):
    """Schema 11: no signature added after issuance, stored files never change, used files never deleted."""
    from hocbaso_desktop.domain.errors import ImmutableRecordError
    from hocbaso_desktop.storage.database import utc_now

    school = build_school(tmp_path / "s.hocbaso", demo_pki)
    db = school.db
    db.execute("INSERT INTO blobs(sha256, media_type, data) VALUES ('ab', 'application/pdf', x'25504446')")
    db.execute("INSERT INTO records(id, version, student_id, class_id, year, regulation, status, pdf_sha256, "
               "created_at) SELECT 'r-x', 1, id, NULL, '2026-2027', '27/2020', 'issued', 'ab', ? FROM students "
               "LIMIT 1", (utc_now(),))
    db.execute("INSERT INTO attachments(record_id, sha256, kind) VALUES ('r-x', 'ab', 'scan')")
    for sql in ("INSERT INTO record_signatures(record_id, version, seq, role, user_id, signer_name, cert_serial, "
                "cert_sha256, signed_at) VALUES ('r-x', 1, 9, 'seal', '', 'x', 'x', 'x', 'x')",
                "UPDATE blobs SET data = x'00' WHERE sha256 = 'ab'",
                "DELETE FROM blobs WHERE sha256 = 'ab'",
                "DELETE FROM attachments WHERE record_id = 'r-x'"):
        with pytest.raises(ImmutableRecordError):
            db.execute(sql)
