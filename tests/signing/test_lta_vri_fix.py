"""Files upgraded to B-LTA before the VRI-key fix get their VRI entries under the standard keys (issue 16).

The old upgrade is reproduced exactly (the VRI key from the SHA-1 of the hex text of /Contents, as the code before
7b6c199 passed it to pyHanko); the next `timestamp-upgrade` (or background job) appends one DSS-only revision with
each entry also under the standard key — computed here from the /Contents bytes, as Acrobat, iText and EU DSS
do — the file still validates offline after the signer's certificate expired, and the centre is sent the new file
as a validation-data update.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from datetime import timedelta

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign._session_scope import run_and_release
from pyhanko.sign.validation.dss import DocumentSecurityStore, collect_validation_info
from tests.fixtures.ltv_pki import issue_class_ltv

from hocbaso_desktop.signing import lta, ltv
from hocbaso_desktop.signing.verify import format_report, verify_pdf
from hocbaso_desktop.storage import audit, outbox, records_repo


def _old_add_dss(writer, sig, roots, others, *, allow_fetching: bool) -> None:
    """lta._add_dss as it was before the fix."""
    context = lta._context(roots, others, allow_fetching=allow_fetching)
    paths = asyncio.run(run_and_release(collect_validation_info(sig, context), context))
    DocumentSecurityStore.supply_dss_in_writer(writer, sig.pkcs7_content.hex().encode("ascii"), paths=paths,
                                               validation_context=context)


def _standard_keys(pdf: bytes) -> tuple[set[str], set[str]]:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    vri = set(reader.root["/DSS"]["/VRI"].keys())
    wanted = {"/" + hashlib.sha1(bytes(s.sig_object["/Contents"])).hexdigest().upper()
              for s in reader.embedded_regular_signatures}
    return wanted, vri


def test_files_upgraded_with_the_old_vri_keys_are_fixed_and_still_validate(ltv_school, ltv_pki, monkeypatch):
    db = ltv_school.db
    issue_class_ltv(ltv_school, ltv_pki)
    principal = ltv_school.session("hieutruong")
    with monkeypatch.context() as old_code:
        old_code.setattr(lta, "_add_dss", _old_add_dss)
        assert ltv.upgrade_pending(principal, ltv.configured_timestamper(db)) == 3
    records = records_repo.latest_for_class(db, ltv_school.class_id)
    old_files = {s.record.id: ltv.current_pdf(db, s) for s in records}
    for pdf in old_files.values():
        wanted, vri = _standard_keys(pdf)
        assert len(wanted) >= 2 and not wanted & vri         # the old keys: no validator of the standard finds them

    assert ltv.upgrade_pending(principal, ltv.configured_timestamper(db)) == 0   # nothing queued: the fix alone
    later = principal.now() + timedelta(days=30)
    for stored in records:
        fixed = ltv.current_pdf(db, stored)
        assert fixed != old_files[stored.record.id] and fixed.startswith(old_files[stored.record.id])
        wanted, vri = _standard_keys(fixed)
        assert wanted <= vri
        report = verify_pdf(fixed, [ltv_pki.root_der], at=later)
        assert report.ok and all(s.revocation_checked for s in report.signatures), format_report(report)
        assert report.signatures[-1].changes_after == "LTA_UPDATES"
        updates = [i for i in outbox.queued_items(db, limit=100)
                   if i.record_id == stored.record.id and i.kind.startswith(outbox.VALIDATION_UPDATE)]
        assert hashlib.sha256(fixed).hexdigest() in {b["sha256"] for i in updates for b in i.envelope_dict()["blobs"]}
    assert len(audit.search(db, actions=("record.vri_keys",))) == 3
    assert ltv.upgrade_pending(principal, ltv.configured_timestamper(db)) == 0   # a fixed file is left alone
    assert len(audit.search(db, actions=("record.vri_keys",))) == 3
