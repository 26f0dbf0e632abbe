"""Regenerate the screenshots of the main screens in docs/screenshots/ (1366×768, under Xvfb).

    .venv/bin/python tools/make_screenshots.py [--out docs/screenshots]

Without a display the script re-runs itself inside `xvfb-run` with the xcb platform (engineering-notes §3).
It builds a fresh demo school in a temporary folder, signs in as several users and grabs each screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
SIZE = (1366, 740)


def _relaunch_under_xvfb(argv: list[str]) -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run không có; cài gói xvfb", file=sys.stderr)
        return 2
    command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "env", "QT_QPA_PLATFORM=xcb",
               "HOCBASO_SCREENSHOTS_CHILD=1", sys.executable, __file__, *argv]
    return subprocess.call(command)


def main(argv: list[str] | None = None) -> int:
    """Make every screenshot; return 0 on success."""
    argv = sys.argv[1:] if argv is None else argv
    if not os.environ.get("HOCBASO_SCREENSHOTS_CHILD") and not os.environ.get("DISPLAY"):
        return _relaunch_under_xvfb(argv)
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder  # the log file and default paths stay in the temporary folder
        return _shoot(Path(folder), args.out)


def _shoot(folder: Path, out: Path) -> int:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QWidget

    from hocbaso_desktop.demo import create_demo_school
    from hocbaso_desktop.token import TokenInfo
    from hocbaso_desktop.ui.operations import Op
    from hocbaso_desktop.ui.pin_dialog import PinDialog
    from hocbaso_desktop.ui.shell import Shell
    from hocbaso_desktop.ui.start_window import sign_in
    from hocbaso_desktop.ui.translator import install_translators

    app = QApplication.instance() or QApplication([])
    install_translators(app)  # as `hocbaso` starts: Qt's own buttons and dialogs in Vietnamese too
    app.setFont(QFont("Noto Sans", 10))
    demo = create_demo_school(folder / "truong-mau.hocbaso", password="hocbaso-demo")

    def wait(condition: Callable[[], object], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("screen did not load")
            app.processEvents()
            time.sleep(0.02)
        for _ in range(10):
            app.processEvents()
            time.sleep(0.01)

    def grab(widget: QWidget, name: str) -> None:
        widget.grab().save(str(out / name))
        print(out / name)

    shell = Shell(demo.path, "gvcn.4a", lock_seconds=3600)
    shell.start.resize(640, 360)
    shell.show()
    wait(lambda: shell.start.isVisible())
    grab(shell.start, "01-dang-nhap.png")
    wizard = shell.open_wizard()
    wizard.resize(760, 520)
    wait(lambda: wizard.isVisible())
    grab(wizard, "02-tao-truong-moi.png")
    wizard.close()

    def open_as(username: str):
        box: dict = {}
        Op(None, shell.backend, lambda ctx: sign_in(ctx, demo.path, username, demo.password)) \
            .success(lambda who: box.setdefault("who", who)).run_in_background()
        wait(lambda: "who" in box)
        if shell.main is not None:
            shell.main.close()
        window = shell.open_main(box["who"])
        window.resize(*SIZE)
        return window

    window = open_as("gvcn.4a")
    grades = window.page("grades")
    wait(lambda: grades.model is not None)
    grades.table.setCurrentIndex(grades.model.index(0, 1))
    grades.table.paste_text("T\t9\tChăm chỉ, tiến bộ rõ rệt\nH\t12\n")
    wait(lambda: not shell.backend.busy)
    grades.save_now()  # says how many rejected cells were not saved, and where
    wait(lambda: not shell.backend.busy and not grades.is_saving)
    grab(window, "03-nhap-diem.png")
    grades.model.discard_invalid()  # else leaving the sheet asks first (issue 15 item 2)
    results = window.show_screen("results")
    wait(lambda: results.review is not None)
    grab(window, "04-ket-qua-lop.png")
    signing = window.show_screen("signing")
    wait(lambda: signing.class_box.count() > 0)
    signing.plan_button.click()  # checks the certificate and the token first: nothing is locked without them
    wait(lambda: signing.status.text().startswith("Chưa khoá") and not shell.backend.busy, timeout=120)
    grab(window, "05-ky-hoc-ba.png")
    pin = PinDialog(TokenInfo(0, "HieuTruong", "A1B2C3D4", "SoftHSM", "v2", 0), 3)
    pin.show()
    wait(lambda: pin.isVisible())
    grab(pin, "06-nhap-pin.png")
    pin.close()
    window.lock()
    grab(window, "07-khoa-man-hinh.png")
    window.unlock()

    window = open_as("hieutruong")
    printing = window.show_screen("print")
    wait(lambda: printing.student_list.count() > 0)
    printing.student_list.setCurrentRow(0)
    wait(lambda: printing.preview_page_count() > 0, timeout=120)
    grab(window, "08-in-xem-truoc.png")
    settings = window.show_screen("settings")
    wait(lambda: settings.window_boxes and any(b.isChecked() for b in settings.window_boxes.values()))
    grab(window, "09-dot-nhap-diem.png")
    reports = window.show_screen("reports")
    wait(lambda: reports.report is not None and not shell.backend.busy, timeout=180)
    grab(window, "13-bao-cao-truong.png")
    issued = window.show_screen("issued")
    wait(lambda: issued.class_box.count() > 0 and not shell.backend.busy)
    issued.qr_text.setText("HB1:không-phải-mã-QR")
    issued.verify_qr_now()
    wait(lambda: issued.report.toPlainText() != "" and not shell.backend.busy)
    grab(window, "19-hoc-ba-phat-hanh-kiem-tra.png")
    about = window.show_about()
    about.run_test()
    wait(lambda: about.test_button.isEnabled(), timeout=180)
    grab(about, "16-gioi-thieu-tu-kiem-tra.png")
    about.close()

    window = open_as("hocvu")
    data = window.show_screen("data")
    wait(lambda: data.class_box.count() > 0)
    broken = _broken_score_file(shell.backend, folder / "bangdiem-1A.xlsx", wait)
    data.path.setText(str(broken))
    data.check_file(broken)
    wait(lambda: data.report is not None and not shell.backend.busy, timeout=60)
    grab(window, "14-nhap-excel-chay-thu.png")
    students = window.show_screen("students")
    wait(lambda: students.table.rowCount() > 0)
    students.table.selectRow(0)
    students.edit_selected()
    wait(lambda: students.dialog is not None and students.dialog.isVisible())
    grab(students.dialog, "20-sua-hoc-sinh.png")
    students.dialog.reject()
    transfers = window.show_screen("transfers")
    wait(lambda: transfers.out_student.count() > 0)
    grab(window, "17-chuyen-truong.png")
    _trichluc(window, folder, wait, grab)

    window = open_as("quantri")
    sync = window.show_screen("sync")
    wait(lambda: sync.status is not None)
    grab(window, "10-dong-bo.png")
    audit = window.show_screen("audit")
    wait(lambda: audit.table.rowCount() > 0 and not shell.backend.busy)
    grab(window, "11-nhat-ky.png")
    settings = window.show_screen("settings")
    wait(lambda: not shell.backend.busy)
    grab(window, "12-cai-dat.png")
    settings.scroll.ensureWidgetVisible(settings.language)  # the class-size maximum and the language, below
    wait(lambda: True)
    grab(window, "21-cai-dat-si-so-ngon-ngu.png")
    certificates = window.show_screen("certificates")
    wait(lambda: certificates.state is not None)
    _demo_tokens(certificates, folder, wait)
    grab(window, "15-chung-thu-so.png")
    window.close()
    shell.shutdown()
    return 0


def _trichluc(window, folder: Path, wait, grab) -> None:
    """The hand entry of one paper page: a scan chosen, one impossible value shown with its reason."""
    from PIL import Image

    page = window.show_screen("trichluc")
    wait(lambda: page.context is not None and page.student_box.count() > 0)
    page.tabs.setCurrentIndex(1)
    scan = folder / "hocba-giay-2021.png"
    Image.new("RGB", (800, 1100), (245, 240, 225)).save(scan, "PNG", dpi=(300, 300))
    page.student_box.setCurrentIndex(0)
    page.year_box.setCurrentText("2021-2022")
    page.grade_box.setValue(3)
    page.class_name.setText("3A")
    page.learning_box.setCurrentText("HTT")
    page.absences.setText("2")
    page.promoted_box.setCurrentIndex(1)
    for subject, value in (("Tiếng Việt", "T 9"), ("Toán", "H 12"), ("Đạo đức", "T")):
        page.set_subject(subject, value)
    page.choose_scan(scan)
    wait(lambda: page.scan is not None)
    grab(window, "18-trich-luc.png")


def _demo_tokens(page, folder: Path, wait) -> None:
    """SoftHSM2 demo tokens (teacher, principal, seal) so the certificate screen lists real certificates."""
    from datetime import UTC, datetime

    from hocbaso_desktop.signing.trust import add_trust_anchor, add_trusted, trust_candidates
    from hocbaso_desktop.token import SOFTHSM_MODULE, SoftHsmKey, create_demo_pki, create_softhsm_token
    from hocbaso_desktop.ui.operations import Op

    pki = create_demo_pki(folder / "pki", now=datetime.now(UTC).replace(microsecond=0))
    tokens = folder / "softhsm"
    layout = {"GiaoVien": ("giaovien", b"\x01"), "HieuTruong": ("hieutruong", b"\x02"), "ConDau": ("condau", b"\x03")}
    token = None
    for label, (person, key_id) in layout.items():
        who = pki.people[person]
        token = create_softhsm_token(tokens, label, keys=[SoftHsmKey(key_id, who.private_key, who.certificate_der,
                                                                     label=who.spec.common_name)])
    page.token_env = {"SOFTHSM2_CONF": str(token.conf_path)}
    page.module.setText(SOFTHSM_MODULE)
    page.chain = (pki.issuing_der,)
    done: dict = {}
    def trust(ctx):  # the root and the issuing CA, as the administrator adds them from the CA's file
        add_trust_anchor(ctx.session, pki.root_der)
        issuing = trust_candidates(pki.issuing_der)
        return add_trusted(ctx.session, pki.issuing_der, confirmed=[c.sha256 for c in issuing])

    Op(None, page._backend, trust).success(lambda r: done.setdefault("trusted", r)).run_in_background()
    wait(lambda: "trusted" in done)
    page.read_tokens()
    wait(lambda: page.found, timeout=60)
    row = next(i for i, (_t, c) in enumerate(page.found) if c.der == pki.people["giaovien"].certificate_der)
    page.certificates.selectRow(row)
    page.confirm_name_mismatch = lambda _message: True  # the demo PKI's teacher is not gvcn.4a's name: accepted
    page.bind_selected("gvcn.4a", "gvcn")
    wait(lambda: page.bindings.rowCount() > 0, timeout=60)
    page.certificates.selectRow(row)
    page.user_box.setCurrentIndex(max(0, page.user_box.findData("gvcn.4a")))


def _broken_score_file(backend, path: Path, wait) -> Path:
    """Class 1A's score sheet with two impossible values, for the dry-run screenshot."""
    from openpyxl import load_workbook

    from hocbaso_desktop.dataio.templates import write_template
    from hocbaso_desktop.ui.operations import Op

    box: dict = {}
    Op(None, backend, lambda ctx: write_template(ctx.session, "scores", "1A", path)) \
        .success(lambda p: box.setdefault("path", p)).run_in_background()
    wait(lambda: "path" in box)
    book = load_workbook(path)
    book.worksheets[0]["F2"] = "11"
    book.worksheets[0]["E3"] = "X"
    book.save(path)
    return path


if __name__ == "__main__":
    raise SystemExit(main())
