"""Verification with the school's database: its trust store's intermediates, bindings and revocations."""

from __future__ import annotations

from tests.signing.test_issuance import _bind_all, _sign

from hocbaso_desktop.signing import issuance
from hocbaso_desktop.signing.school_trust import school_material
from hocbaso_desktop.signing.verify import conclusion, format_report, verify_pdf
from hocbaso_desktop.storage import records_repo


def test_a_revoked_version_is_reported_next_to_its_signatures(test_school, demo_pki, software_signer):
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _sign(test_school, "principal", software_signer("hieutruong"))
    db = test_school.db
    stored = records_repo.latest_for_class(db, test_school.class_id)[0]
    before = school_material(db)
    report = verify_pdf(stored.pdf, before.roots, before.intermediates, revoked=before.revoked)
    assert report.ok and report.required_roles == ("gvcn", "principal") and report.locked, format_report(report)
    issuance.revoke(test_school.session("hieutruong"), stored.record.id, "Sai điểm môn Toán")
    after = school_material(db)
    report = verify_pdf(stored.pdf, after.roots, after.intermediates, revoked=after.revoked)
    text = format_report(report)
    assert not report.ok and all(s.ok for s in report.signatures)      # the signatures stay valid, the record does not
    assert "ĐÃ BỊ THU HỒI" in text and "Sai điểm môn Toán" in text and "hieutruong" in text
    assert conclusion(report) == "KẾT LUẬN: HỌC BẠ ĐÃ BỊ THU HỒI"
