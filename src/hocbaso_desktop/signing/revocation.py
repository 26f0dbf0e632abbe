"""Is the signer's certificate revoked? Asked at signing time, when the responders its certificates name answer.

Before a batch, the signer's certificate and its CA certificates are checked against the OCSP responder and the
CRLs they name (AIA / CRL distribution points). A certificate that is revoked stops the batch with a clear message;
a responder that does not answer (offline, down, slow: at most `TIMEOUT` seconds a request) does not stop it
("soft-fail"): the status is then checked again by the late upgrade to B-LTA, which requires it. A certificate that
names no responder is not asked about (nothing to ask).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime

from asn1crypto import x509 as asn1_x509
from pyhanko.sign._session_scope import run_and_release
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, RevokedError, ValidationError

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.domain.i18n import N_, _, format_time
from hocbaso_desktop.signing.http_sessions import fetchers

TIMEOUT = 10.0      # seconds per request to a responder
_REASONS = {
    "key_compromise": N_("lộ khóa bí mật"),
    "ca_compromise": N_("tổ chức cấp bị lộ khóa"),
    "affiliation_changed": N_("thay đổi đơn vị công tác"),
    "superseded": N_("đã được thay bằng chứng thư khác"),
    "cessation_of_operation": N_("ngừng sử dụng"),
    "certificate_hold": N_("tạm dừng"),
    "privilege_withdrawn": N_("bị rút quyền"),
}


def _names_responders(cert: asn1_x509.Certificate) -> bool:
    return bool(cert.ocsp_urls or cert.crl_distribution_points)


def refuse_if_revoked(cert_der: bytes, intermediates_der: Sequence[bytes], roots_der: Sequence[bytes], *,
                      at: datetime, timeout: float = TIMEOUT) -> bool:
    """Raise SigningError (Vietnamese) when the certificate or one of its CAs is revoked at `at`.

    Returns True when a responder was asked, False when no certificate of the chain names one.
    """
    cert = asn1_x509.Certificate.load(cert_der)
    intermediates = [asn1_x509.Certificate.load(d) for d in intermediates_der]
    if not any(_names_responders(c) for c in (cert, *intermediates)):
        return False
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(d) for d in roots_der],
                                other_certs=intermediates, allow_fetching=True, revocation_mode="soft-fail",
                                moment=at, fetcher_backend=fetchers(timeout))
    validator = CertificateValidator(cert, intermediate_certs=intermediates, validation_context=context)
    try:
        asyncio.run(run_and_release(validator.async_validate_usage(set()), context))
    except RevokedError as exc:
        mine = getattr(exc, "is_ee_cert", True)
        reason = _REASONS.get(exc.reason.native if exc.reason else "", N_("không nêu lý do"))
        reason = _(reason)  # i18n: table (_REASONS, N_ literals)
        when = format_time(exc.revocation_dt)
        if mine:
            raise SigningError(_("Chứng thư số của người ký đã bị thu hồi lúc {t} ({r}). Không ký được: hãy liên hệ "
                                 "tổ chức cung cấp chữ ký số để được cấp chứng thư mới.", t=when, r=reason)) from exc
        raise SigningError(_("Chứng thư của tổ chức cấp chứng thư cho người ký đã bị thu hồi lúc {t} ({r}). Không ký "
                             "được.", t=when, r=reason)) from exc
    except (ValidationError, PathBuildingError, PathValidationError, OSError, TimeoutError):
        return True   # not a revocation: the chain itself was checked before (certificates.check_signing_certificate)
    return True
