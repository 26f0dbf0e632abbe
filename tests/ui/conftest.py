"""UI test setup: Qt offscreen (set before any QApplication exists) and a backend signed in to a demo school."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle, QTableWidget

from hocbaso_desktop.demo import DemoSchool
from hocbaso_desktop.storage.session import open_session
from hocbaso_desktop.ui.operations import Backend, Op


def run_op(qtbot, backend: Backend, fn: Callable, timeout: int = 20000):
    """Run `fn(ctx)` through the operation helper and return its result (or raise its exception)."""
    box: dict = {}
    Op(None, backend, fn).success(lambda r: box.setdefault("result", r)) \
        .failure(lambda e: box.setdefault("error", e)).run_in_background()
    qtbot.waitUntil(lambda: box != {}, timeout=timeout)
    if "error" in box:
        raise box["error"]
    return box["result"]


# A school's full name as a seal certificate carries it: 60 of the 64 characters a name may have
LONG_SEAL = "Trường THCS và THPT Nguyễn Bỉnh Khiêm – Thành phố Hồ Chí Minh"


@pytest.fixture
def program_font(qtbot):
    """The program's font (ui/launch.py), wider than Qt's default, for the test; the default again after it."""
    app = QApplication.instance()
    font = app.font()
    app.setFont(QFont("Noto Sans", 10))
    yield
    app.setFont(font)


def cut_cells(table: QTableWidget) -> list[str]:
    """The texts of cells that the table does not show whole (too wide for their column, or wrapped taller than
    their row), and of columns that lie beyond the visible width."""
    metrics, cut = table.fontMetrics(), []
    # an item view draws its text inside a margin of PM_FocusFrameHMargin + 1 on each side (QCommonStyle)
    margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    visible = table.viewport().width()
    for column in range(table.columnCount()):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            room = table.columnWidth(column) - margins  # what Qt leaves for the text
            if right > visible:
                cut.append(item.text())
            elif metrics.horizontalAdvance(item.text()) > room:
                wrapped = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
                if not table.wordWrap() or wrapped.width() > room or wrapped.height() > table.rowHeight(row):
                    cut.append(item.text())
    return cut


@pytest.fixture
def backend(qtbot) -> Iterator[Backend]:
    """A backend with its worker lanes; shut down (session closed on its thread) after the test."""
    worker = Backend()
    yield worker
    worker.shutdown()


@pytest.fixture
def login(qtbot, backend: Backend, demo_school: DemoSchool) -> Callable[[str], Backend]:
    """Sign a demo user in on the backend's database lane: login("gvcn.4a")."""

    def _login(username: str) -> Backend:
        run_op(qtbot, backend, lambda ctx: ctx.set_session(
            open_session(demo_school.path, username, demo_school.password)))
        return backend

    return _login


@pytest.fixture(scope="session")
def issued_school_template(issued_pair_template):
    """A small primary school (six students a class) whose class 4A is issued with demo tokens: (path, root PEM).
    It is the sender of tests/fixtures/dataio.py's issued pair, made once per run."""
    return issued_pair_template / "a" / "tieuhoc.hocbaso", issued_pair_template / "a" / "data" / "pki" / "root.pem"


@pytest.fixture
def issued_school(issued_school_template, tmp_path):
    """A private copy of issued_school_template: (path, root PEM)."""
    from tests.fixtures.dataio import copy_school

    path, root_pem = issued_school_template
    folder = tmp_path / "issued"
    folder.mkdir()
    return copy_school(path, folder), root_pem


@pytest.fixture
def small_school(dataio_demo_files, tmp_path):
    """A private copy of the small primary demo school (one class a grade, six students)."""
    from tests.fixtures.dataio import copy_school

    folder = tmp_path / "small"
    folder.mkdir()
    return copy_school(dataio_demo_files["tieuhoc"], folder)


@pytest.fixture(scope="session")
def demo_signers_template(dataio_demo_files, tmp_path_factory):
    """The small primary school with `hocbaso demo --issued`'s signers for 5A (tokens beside the database, nothing
    signed yet): its path, made once per run. The SoftHSM2 configuration is in `<db>.data/tokens`, as the demo
    leaves it."""
    from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
    from hocbaso_desktop.signing.demo_issue import setup_demo_signers
    from tests.fixtures.dataio import copy_school
    from tests.fixtures.shared import built_once

    def build(folder):
        path = copy_school(dataio_demo_files["tieuhoc"], folder)
        setup_demo_signers(path, DEFAULT_DEMO_PASSWORD, path.with_name(path.name + ".data"), ["5A"])
        return path

    return built_once(tmp_path_factory, "ui-demo-signers", build)


@pytest.fixture
def demo_signers_school(demo_signers_template, tmp_path, monkeypatch):
    """A private copy of demo_signers_template (tokens too), with no SOFTHSM2_CONF exported: its path."""
    from hocbaso_desktop.token.softhsm import copy_softhsm_dir
    from tests.fixtures.dataio import copy_school

    folder = tmp_path / "demo-signers"
    folder.mkdir()
    path = copy_school(demo_signers_template, folder)
    source = demo_signers_template.with_name(demo_signers_template.name + ".data") / "tokens"
    copy_softhsm_dir(source, path.with_name(path.name + ".data") / "tokens")
    monkeypatch.delenv("SOFTHSM2_CONF", raising=False)
    return path
