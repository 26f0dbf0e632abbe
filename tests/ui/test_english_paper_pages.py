"""In English (issue 15): a paper page's subjects and categories (TT58/2011) are English on the trích lục screen
while the page keeps the Vietnamese values it stores and prints; the grade grid's result column is read whole."""

from __future__ import annotations

from hocbaso_desktop.domain import legacy
from hocbaso_desktop.ui.start_window import sign_in
from hocbaso_desktop.ui.trichluc_view import TrichlucPage
from tests.ui.conftest import run_op
from tests.ui.test_window_language import english_app  # noqa: F401 (the fixture)

OLD_SUBJECTS_VI = ("Vật lí", "Hoá học", "Thể dục", "Ngoại ngữ", "Tiếng dân tộc", "Giáo dục quốc phòng - an ninh")


def test_an_old_paper_page_reads_english(english_app, qtbot, backend, demo_school_thcs):  # noqa: F811
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school_thcs.path, "hocvu", demo_school_thcs.password))
    page = TrichlucPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.context_loaded, timeout=20000):
        page.refresh()
    page.regulation_box.setCurrentIndex(page.regulation_box.findData(legacy.TT58))
    page.grade_box.setValue(7)
    shown = [page.subjects.item(r, 0).text() for r in range(page.subjects.rowCount())]
    assert {"Physics", "Physical education", "Foreign language", "Ethnic minority language",
            "National defence and security education"} <= set(shown)
    assert not set(shown) & set(OLD_SUBJECTS_VI)
    learning = [page.learning_box.itemText(i) for i in range(1, page.learning_box.count())]
    titles = [page.title_box.itemText(i) for i in range(1, page.title_box.count())]
    assert "Excellent" in learning and not set(learning) & set(legacy.LEARNING_58)
    assert not set(titles) & set(legacy.TITLES_58)
    page.learning_box.setCurrentIndex(page.learning_box.findData("Giỏi"))
    page.conduct_box.setCurrentIndex(page.conduct_box.findData("Tốt"))
    page.title_box.setCurrentIndex(page.title_box.findData("Học sinh giỏi"))
    page.set_subject("Vật lí", "8.5")
    typed = page.result_from_form()
    # what the page stores is the Vietnamese category and the subject's official name
    assert (typed.learning, typed.conduct, typed.title) == ("Giỏi", "Tốt", "Học sinh giỏi")
    assert [(s.code, s.name) for s in typed.subjects] == [("VL", "Vật lí")]


def test_the_mid_year_result_column_is_read_whole_in_english(english_app, qtbot, login):  # noqa: F811
    from PySide6.QtCore import Qt

    from tests.ui.test_grade_entry import _open

    page = _open(qtbot, login("gvcn.4a"), period="ck1")
    model, table = page.model, page.table
    shown = model.data(model.index(0, model.result_column), Qt.ItemDataRole.DisplayRole)
    assert shown == "Classified at year end only"
    # was cut to "Classified at year end…" in a column of 150 px
    assert table.columnWidth(model.result_column) >= table.fontMetrics().horizontalAdvance(shown) + 8
