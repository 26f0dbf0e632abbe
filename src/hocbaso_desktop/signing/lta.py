"""PAdES B-LTA on a PDF: validation data (DSS with a VRI per signature) and a document timestamp.

`extend` adds, in one incremental update, the certificates and the OCSP responses or CRLs of every
signature and of its signature timestamp (fetched from the certificates' AIA / CRL distribution points;
"hard-fail": a responder a certificate names must answer), each signature's VRI entry, the same for earlier document timestamps, and then
a new document timestamp over all of it. Run again before the last timestamp's certificate expires
(`renew`), it adds the last timestamp's validation data and a new timestamp: the archive chain.
Verification (signing/verify.py) then needs nothing from the network: pyHanko's LTA validation reads the
DSS. Every update keeps the PDF/A metadata consistent (signing/pdf_update.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import Sequence
from datetime import datetime

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign._session_scope import run_and_release
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper, TimestampDSSContentSettings
from pyhanko.sign.timestamps import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.sign.validation.dss import DocumentSecurityStore, collect_validation_info
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing.http_sessions import fetchers
from hocbaso_desktop.signing.pdf_update import align_producer, open_writer

DOC_TIMESTAMP_BYTES = 2 * 12_000   # hex digits for the timestamp token (chain of 3 certificates + margin)
EXPECTED = (TimestampRequestError, PyHankoSigningError, PathBuildingError, PathValidationError, ValidationError,
            PdfError, OSError, ValueError, KeyError)


def _context(roots: Sequence[asn1_x509.Certificate], others: Sequence[asn1_x509.Certificate], *,
             allow_fetching: bool) -> ValidationContext:
    """A fresh context per signature, so each VRI entry lists only that signature's data."""
    return ValidationContext(trust_roots=list(roots), other_certs=list(others), allow_fetching=allow_fetching,
                             fetcher_backend=fetchers() if allow_fetching else None,
                             revocation_mode="hard-fail" if allow_fetching else "soft-fail")


def _add_dss(writer, sig, roots, others, *, allow_fetching: bool) -> None:
    """Collect one signature's (and its timestamps') chain and revocation data into the DSS, with its VRI."""
    context = _context(roots, others, allow_fetching=allow_fetching)

    paths = asyncio.run(run_and_release(collect_validation_info(sig, context), context))
    # The VRI key is the SHA-1 of the /Contents bytes (ISO 32000-2 12.8.4.4, as Acrobat, iText and EU DSS look it
    # up); pyHanko's own helper hashes their hex text instead, which no other validator matches.
    DocumentSecurityStore.supply_dss_in_writer(writer, sig.pkcs7_content, paths=paths,
                                               validation_context=context)


def extend(pdf: bytes, timestamper: TimeStamper, roots_der: Sequence[bytes], others_der: Sequence[bytes] = (), *,
           renewal: bool = False, allow_fetching: bool = True) -> bytes:
    """Return `pdf` with validation data and a new document timestamp appended (B-LTA).

    First upgrade: every signature and document timestamp gets its data; `renewal`: only the last
    document timestamp (the signers' responders may be long gone by then; their data is already in).
    Raises SigningError (Vietnamese) when the timestamp server or a responder fails.
    """
    roots = [asn1_x509.Certificate.load(d) for d in roots_der]
    others = [asn1_x509.Certificate.load(d) for d in others_der]
    try:
        writer = open_writer(pdf)
        reader = writer.prev
        stamps = list(reader.embedded_timestamp_signatures)
        targets = stamps[-1:] if renewal else [*reader.embedded_regular_signatures, *stamps]
        if not targets:
            raise SigningError(_("Tệp không có chữ ký số nào để bổ sung dữ liệu kiểm tra."))
        for sig in targets:
            _add_dss(writer, sig, roots, others, allow_fetching=allow_fetching)
        align_producer(writer)
        out = io.BytesIO()
        # update_before_ts: the timestamp's own chain goes into the same revision, before it (no VRI for it:
        # it gets one at the next renewal, together with its revocation data)
        PdfTimeStamper(timestamper).timestamp_pdf(
            writer, "sha256", validation_context=_context(roots, others, allow_fetching=allow_fetching),
            bytes_reserved=DOC_TIMESTAMP_BYTES, output=out,
            dss_settings=TimestampDSSContentSettings(update_before_ts=True, include_vri=False))
        return out.getvalue()
    except SigningError:
        raise
    except EXPECTED as exc:
        raise SigningError(_("Không bổ sung được dữ liệu kiểm tra dài hạn: {e}", e=str(exc) or type(exc).__name__)) \
            from exc


def last_timestamp_expiry(pdf: bytes) -> datetime | None:
    """When the certificate of the newest document timestamp expires (None: no document timestamp)."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    stamps = list(reader.embedded_timestamp_signatures)
    if not stamps:
        return None
    return stamps[-1].signer_cert.not_valid_after


def _vri_keys(contents: bytes) -> tuple[str, str]:
    """(the standard VRI key, the key files upgraded before the fix used: the SHA-1 of the hex text)."""
    return ("/" + hashlib.sha1(contents).hexdigest().upper(),  # SHA-1: what the standard names
            "/" + hashlib.sha1(contents.hex().encode("ascii")).hexdigest().upper())


def fix_vri_keys(pdf: bytes) -> bytes | None:
    """A file upgraded before the VRI-key fix, with each VRI entry also under its standard key, or None when nothing
    needs it.

    The entries stay where they were (and keep their content); one incremental update adds the standard key of
    each signature and document timestamp beside the old one, so Acrobat-style validators find them. Only the DSS
    changes, which PAdES allows after the last timestamp (pyHanko classifies it LTA_UPDATES)."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        vri = reader.root["/DSS"]["/VRI"] if "/DSS" in reader.root and "/VRI" in reader.root["/DSS"] else None
        if vri is None:
            return None
        moves = {}
        for sig in [*reader.embedded_regular_signatures, *reader.embedded_timestamp_signatures]:
            new, old = _vri_keys(sig.pkcs7_content)
            if old in vri and new not in vri:
                moves[new] = old
        if not moves:
            return None
        writer = open_writer(pdf)
        target = writer.root["/DSS"]["/VRI"]
        for new, old in moves.items():
            target[pdf_name(new)] = target.raw_get(old)
        writer.update_container(target)
        align_producer(writer)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except EXPECTED as exc:
        raise SigningError(_("Không sửa được khoá VRI của tệp: {e}", e=str(exc) or type(exc).__name__)) from exc
