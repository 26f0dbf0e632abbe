"""`latest_pages_of_class` (one read for a class, no PDF) agrees with `latest_for_student` page by page."""

from __future__ import annotations

from tests.signing.test_issuance import _bind_all, _sign

from hocbaso_desktop.signing import issuance
from hocbaso_desktop.storage import records_repo, school_repo


def test_bulk_pages_equal_the_per_student_reads_after_signing_and_a_revocation(test_school, demo_pki,
                                                                                software_signer):
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _sign(test_school, "principal", software_signer("hieutruong"))
    db = test_school.db
    revoked = records_repo.latest_for_class(db, test_school.class_id)[0].record.id
    issuance.revoke(test_school.session("hieutruong"), revoked, "Sai điểm môn Toán")   # opens version 2
    klass = school_repo.get_class(db, test_school.class_id)
    bulk = records_repo.latest_pages_of_class(db, klass.id, klass.year)
    students = school_repo.students_in_class(db, klass.id)
    assert set(bulk) == {s.id for s in students}
    for student in students:
        single = records_repo.latest_for_student(db, student.id, klass.year)
        assert bulk[student.id] == single.record
    # the revoked record is its version 2, unsigned and not issued; the other two stay signed and issued
    assert sorted((r.id == revoked, r.version, bool(r.signatures), r.issued_on is not None)
                  for r in bulk.values()) == [(False, 1, True, True), (False, 1, True, True), (True, 2, False, False)]
