"""Verification reads the time right: a valid signature timestamp gives the verified time, even when it equals the
time the signer claimed to the second (the earlier code compared the two and then called the time unverified)."""

from __future__ import annotations

from datetime import UTC, datetime

import pyhanko.sign.signers.pdf_signer as pyhanko_pdf_signer
from tests.signing.conftest import simple_pdf

from hocbaso_desktop.signing import pdf_signer
from hocbaso_desktop.signing.verify import format_report, verify_pdf

MOMENT = datetime.now(UTC).replace(microsecond=0)


class _FrozenDatetime(datetime):
    """The signer's clock stopped at MOMENT (pyHanko reads datetime.now for the claimed signing time)."""

    @classmethod
    def now(cls, tz=None):
        return MOMENT.astimezone(tz) if tz is not None else MOMENT.replace(tzinfo=None)


def test_timestamp_equal_to_the_claimed_time_is_reported_as_verified(demo_pki, dummy_timestamper, monkeypatch):
    monkeypatch.setattr(pyhanko_pdf_signer, "datetime", _FrozenDatetime)
    signed = pdf_signer.sign_pdf(simple_pdf(), demo_pki.software_signer("giaovien"), role="gvcn",
                                 timestamper=dummy_timestamper(fixed_dt=MOMENT))
    monkeypatch.undo()
    check = verify_pdf(signed, [demo_pki.root_der]).signatures[0]
    assert check.ok and check.time_from_timestamp
    assert datetime.fromisoformat(check.signing_time) == MOMENT
    text = format_report(verify_pdf(signed, [demo_pki.root_der]))
    assert "theo dấu thời gian" in text and "chưa xác thực" not in text


def test_without_timestamp_the_claimed_time_is_unverified(demo_pki):
    signed = pdf_signer.sign_pdf(simple_pdf(), demo_pki.software_signer("giaovien"), role="gvcn")
    check = verify_pdf(signed, [demo_pki.root_der]).signatures[0]
    assert check.ok and not check.time_from_timestamp
    assert "chưa xác thực" in format_report(verify_pdf(signed, [demo_pki.root_der]))
