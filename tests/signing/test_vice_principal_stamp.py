"""A vice principal who signs in the principal's place (ký thay) is not shown as the principal: the visible stamp
names their own capacity (issue 15, the role walked: phó hiệu trưởng)."""

from __future__ import annotations

from tests.signing.test_issuance import _bind_all, _sign
from tests.signing.test_issued_pdf import _text

from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.signing import bind_certificate, issuance
from hocbaso_desktop.signing.verify import verify_pdf
from hocbaso_desktop.storage import records_repo, users_repo


def test_a_vice_principal_signs_as_vice_principal(test_school, demo_pki, software_signer, tmp_path):
    _bind_all(test_school, demo_pki, roles=("gvcn", "seal"))
    users_repo.insert_user(test_school.db, username="phohieutruong", full_name="Đỗ Minh Phó", role=Role.VICE_PRINCIPAL,
                           actor="quantri")
    admin = test_school.session("quantri")
    bind_certificate(admin, username="phohieutruong", role="principal",
                     cert_der=demo_pki.people["hieutruong"].certificate_der, chain_der=demo_pki.chain_der,
                     key_id="01", token_serial="SOFT", module_path="", accept_name_mismatch=True)
    _sign(test_school, "gvcn", software_signer("giaovien"))
    vice = test_school.session("phohieutruong")
    plan = issuance.plan_batch(vice, test_school.class_id, "principal")
    assert issuance.sign_batch(vice, plan, software_signer("hieutruong")).signed == 3
    stored = records_repo.latest_for_class(test_school.db, test_school.class_id)[0]
    assert verify_pdf(stored.pdf, [demo_pki.root_der]).signatures
    shown = _text(stored.pdf, tmp_path)
    assert "Chức vụ: Phó Hiệu trưởng (ký thay Hiệu trưởng)" in shown
    assert "Chức vụ: Hiệu trưởng" not in shown
    assert "Chức vụ: Giáo viên chủ nhiệm" in shown
