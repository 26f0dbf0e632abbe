"""Audit viewer and settings screens on a real demo school."""

from __future__ import annotations

from hocbaso_desktop.services import grade_sheets, school_settings
from hocbaso_desktop.ui.admin_views import SettingsPage
from hocbaso_desktop.ui.audit_view import AuditPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def test_audit_viewer_shows_entries_and_an_intact_chain(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hieutruong", demo_school.password))
    page = AuditPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    assert page.table.rowCount() > 0
    assert "nguyên vẹn" in page.chain.text()
    first = page.table.item(0, 0).text()
    assert first[2] == "/" and first[5] == "/"          # dd/mm/yyyy


def test_settings_save_keeps_the_token_secret(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = SettingsPage(backend, who)
    qtbot.addWidget(page)
    assert page.general.isEnabled() and not page.windows.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    page.server_url.setText("https://trungtam.example.vn/")
    page.api_token.setText("bi-mat")
    page.lock_minutes.setValue(5)
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.save()
    assert page.api_token.text() == ""
    values = run_op(qtbot, backend, lambda ctx: school_settings.read_settings(ctx.session))
    assert values["sync.server_url"] == "https://trungtam.example.vn"
    assert values["sync.api_token"] is True and values["ui.lock_minutes"] == 5
    assert run_op(qtbot, backend, lambda ctx: school_settings.lock_minutes(ctx.session)) == 5


def test_principal_opens_and_closes_entry_windows(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hieutruong", demo_school.password))
    page = SettingsPage(backend, who)
    qtbot.addWidget(page)
    assert not page.general.isEnabled() and page.windows.isEnabled()
    page.refresh()
    qtbot.waitUntil(lambda: page.window_boxes["cn"].isChecked(), timeout=20000)
    page.window_boxes["cn"].setChecked(False)
    qtbot.waitUntil(lambda: not backend.busy, timeout=20000)
    _year, states = run_op(qtbot, backend, lambda ctx: grade_sheets.entry_windows(ctx.session))
    assert states["cn"] is False and states["gk1"] is True


def test_administrator_adds_and_disables_an_account(qtbot, backend, demo_school):
    from hocbaso_desktop.ui.people_views import UsersPage

    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = UsersPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    count = page.table.rowCount()
    page.username.setText("gvbm.toan")
    page.full_name.setText("Đỗ Văn Toán")
    page.role.setCurrentIndex(page.role.findData("gvbm"))
    page.password.setText("mat-khau-moi-1")
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.add_user()
    assert page.table.rowCount() == count + 1 and page.password.text() == ""
    row = next(i for i, u in enumerate(page.users) if u.username == "gvbm.toan")
    page.table.selectRow(row)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.disable_selected()
    assert next(u for u in page.users if u.username == "gvbm.toan").disabled


def test_students_page_lists_a_class(qtbot, backend, demo_school):
    from hocbaso_desktop.ui.people_views import StudentsPage

    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hocvu", demo_school.password))
    page = StudentsPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    assert page.table.rowCount() == 30
    import re

    assert re.fullmatch(r"(\d\d/){0,2}\d{4}", page.table.item(0, 2).text())


def test_settings_screen_explains_and_stores_the_timestamp_server(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = SettingsPage(backend, who)
    qtbot.addWidget(page)
    assert set(page.explanations) == set(school_settings.UI_SETTINGS)          # every setting explained
    assert "PAdES B-LTA" in page.explanations["signing.tsa_url"].text()
    assert "365" in page.explanations["signing.timestamp_renew_days"].text()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    page.timestamp_url.setText("http://127.0.0.1:9/tsa")
    page.renew_days.setValue(200)
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.save()
    values = run_op(qtbot, backend, lambda ctx: school_settings.read_settings(ctx.session))
    assert values["signing.tsa_url"] == "http://127.0.0.1:9/tsa"
    assert values["signing.timestamp_renew_days"] == 200


def test_the_administrator_sets_the_maximum_class_size_on_a_page_that_fits_768(qtbot, backend, demo_school):
    from hocbaso_desktop.storage import audit

    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = SettingsPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    note = page.explanations["school.max_class_size"].text()
    assert "35" in note and "45" in note and "mặc định 60" in note
    assert page.max_class_size.value() == 60
    # saving what is shown (defaults included) changes nothing, so nothing is recorded
    rows = lambda: run_op(qtbot, backend, lambda ctx: len(audit.search(ctx.session.db, actions=("setting.set",))))  # noqa: E731
    before = rows()
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.save()
    assert rows() == before
    page.max_class_size.setValue(40)
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.save()
    values = run_op(qtbot, backend, lambda ctx: school_settings.read_settings(ctx.session))
    assert values["school.max_class_size"] == 40 and rows() == before + 1
    # eight explained settings, the entry windows and the language: the page scrolls inside 1366×768
    assert page.minimumSizeHint().height() < 600


def test_the_administrator_sees_and_sets_the_centres_keys_with_their_fingerprints(qtbot, backend, demo_school):
    """Issue 21: the receipt key and the USB-bundle key from the Sở's letter; a wrong fingerprint changes nothing."""
    import base64
    import hashlib

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    def letter(private) -> tuple[str, str]:   # what the Sở prints: the key and SHA-256 of its raw bytes, by fours
        raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        digest = hashlib.sha256(raw).hexdigest().upper()
        return base64.b64encode(raw).decode(), " ".join(digest[i:i + 4] for i in range(0, 64, 4))

    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = SettingsPage(backend, who)
    qtbot.addWidget(page)
    keys = page.centre_keys
    assert keys.isVisibleTo(page)
    run_op(qtbot, backend, lambda ctx: school_settings.write_settings(
        ctx.session, {"sync.server_url": "https://trungtam.example.vn"}))
    with qtbot.waitSignal(keys.loaded, timeout=20000):
        page.refresh()
    assert keys.receipt_fingerprint_now.text() == keys.bundle_fingerprint_now.text() == "chưa có"
    assert keys.server.text() == "https://trungtam.example.vn"
    bundle_key, bundle_fp = letter(X25519PrivateKey.generate())
    keys.bundle_key.setText(bundle_key)
    keys.bundle_fingerprint.setText("0000 " + bundle_fp[5:])                # one group mistyped
    keys.trust_bundle_key()
    qtbot.waitUntil(lambda: "không khớp" in keys.message.text(), timeout=20000)
    with qtbot.waitSignal(keys.loaded, timeout=20000):
        keys.refresh()
    assert keys.bundle_fingerprint_now.text() == "chưa có"
    keys.bundle_fingerprint.setText(bundle_fp.lower().replace(" ", ""))      # as typed from the letter
    keys.trust_bundle_key()
    qtbot.waitUntil(lambda: keys.bundle_fingerprint_now.text() == bundle_fp, timeout=20000)     # refreshed after
    assert bundle_fp in keys.message.text()
    assert keys.bundle_key.text() == ""
    receipt_key, receipt_fp = letter(Ed25519PrivateKey.generate())
    keys.receipt_key.setText(receipt_key)
    keys.receipt_fingerprint.setText(receipt_fp)
    keys.trust_receipt_key()
    qtbot.waitUntil(lambda: keys.receipt_fingerprint_now.text() == receipt_fp, timeout=20000)   # refreshed after
    assert keys.bundle_fingerprint_now.text() == bundle_fp and receipt_fp in keys.message.text()
