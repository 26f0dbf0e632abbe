"""Certificate checks before signing, and the trust list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError, SigningError
from hocbaso_desktop.signing.certificates import check_signing_certificate, load_certificate
from hocbaso_desktop.signing.trust import add_trust_anchor, roots_from_path
from hocbaso_desktop.storage import trust_repo


def test_checks(demo_pki, pki_now):
    people, roots, chain = demo_pki.people, [demo_pki.root_der], demo_pki.chain_der
    check_signing_certificate(people["giaovien"].certificate_der, at=pki_now, trust_roots_der=roots, chain_der=chain)
    with pytest.raises(SigningError, match="chưa có hiệu lực"):
        check_signing_certificate(people["giaovien"].certificate_der, at=pki_now - timedelta(days=5),
                                  trust_roots_der=roots, chain_der=chain)
    with pytest.raises(SigningError, match="hết hạn"):
        check_signing_certificate(people["hethan"].certificate_der, at=pki_now, trust_roots_der=roots, chain_der=chain)
    with pytest.raises(SigningError, match="mục đích ký số"):
        check_signing_certificate(people["khongky"].certificate_der, at=pki_now, trust_roots_der=roots,
                                  chain_der=chain)
    with pytest.raises(SigningError, match="danh sách tin cậy"):     # chain to a root that is not trusted
        check_signing_certificate(people["giaovien"].certificate_der, at=pki_now,
                                  trust_roots_der=[people["condau"].certificate_der], chain_der=chain)
    with pytest.raises(SigningError, match="danh sách tin cậy"):     # issuing CA missing: no path
        check_signing_certificate(people["giaovien"].certificate_der, at=pki_now, trust_roots_der=roots)
    with pytest.raises(SigningError, match="Chưa có chứng thư gốc"):
        check_signing_certificate(people["giaovien"].certificate_der, at=datetime.now(UTC), trust_roots_der=[])


def test_trust_list(test_school, demo_pki, tmp_path):
    admin = test_school.session("quantri")
    pem = (demo_pki.out_dir / "root.pem").read_bytes()
    anchor = add_trust_anchor(admin, pem)                       # already trusted by the fixture: no duplicate
    assert [a.sha256 for a in trust_repo.list_anchors(test_school.db)] == [anchor.sha256]
    assert load_certificate(pem) == demo_pki.root_der
    with pytest.raises(InvalidInputError):
        add_trust_anchor(admin, demo_pki.issuing_der)            # not self-signed
    with pytest.raises(InvalidInputError):
        add_trust_anchor(admin, b"not a certificate")
    with pytest.raises(PermissionDeniedError):
        add_trust_anchor(test_school.session("gvcn.4a"), pem)
    assert roots_from_path(demo_pki.out_dir) == [demo_pki.root_der]     # keys and leaves of the folder skipped
    with pytest.raises(InvalidInputError):
        roots_from_path(demo_pki.out_dir / "giaovien.pem")
