"""Double-clicking a USB bundle on a connected PC: the upload dialog delivers it to the real server."""

from __future__ import annotations

import json

from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.sync.bundle import default_receipts_path, export_bundle
from hocbaso_desktop.ui.bundle_upload import BundleUploadDialog
from tests.fixtures.central_server import API_TOKEN
from tests.sync.helpers import issue_records
from tests.sync.test_bundle import trust_centre


def test_dialog_uploads_and_writes_receipts(qtbot, demo_school, central_server, tmp_path):
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    try:
        issue_records(db, 3)
        bundle = tmp_path / "usb" / "truong.hocbaso-bundle"
        bundle.parent.mkdir()
        trust_centre(db, central_server)
        export_bundle(db, bundle, actor="quantri")
    finally:
        db.close()
    dialog = BundleUploadDialog(bundle)
    qtbot.addWidget(dialog)
    dialog.server.setText(central_server.url)
    dialog.token.setText(API_TOKEN)
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: "Biên nhận" in dialog.result_label.text(), timeout=30000)
    receipts = json.loads(default_receipts_path(bundle).read_text(encoding="utf-8"))
    assert [r["status"] for r in receipts["results"]] == ["stored"] * 3
    assert central_server.store.stored_events() == 3
    assert API_TOKEN not in default_receipts_path(bundle).read_text(encoding="utf-8")
    dialog.reject()
