"""Issue 15 item 10: every visible string is translated into English; the language is chosen, Vietnamese by default.

The strings are found by parsing the source (tools/translations.py), never from a hand-made list, so a string
added anywhere without its translation fails here. To fix: `.venv/bin/python tools/translations.py update`,
translate (todo / fill, or Qt Linguist), commit the .ts file.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import pytest

from hocbaso_desktop.app import save_language, saved_language
from hocbaso_desktop.cli import main
from hocbaso_desktop.domain import i18n

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@functools.cache
def _extracted():
    """The strings of the whole package, parsed once per test process (read-only: three tests look at them)."""
    return _tool().extract()


def test_every_visible_string_has_its_english_translation():
    tool = _tool()
    found = _extracted()
    assert len(found.messages) > 1000  # the extraction really read the source
    assert tool.problems(found, tool.read_ts()) == []


def test_the_extraction_finds_a_new_untranslated_string(tmp_path):
    tool = _tool()
    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    (package / "ui" / "x.py").write_text(
        "from hocbaso_desktop.domain.i18n import _\n"
        "class Page:\n"
        "    def build(self):\n"
        "        self.tr('Chuỗi mới trong giao diện')\n"
        "        return _('Thông báo mới {n}', n=1), _(f'động {1}')\n", encoding="utf-8")
    found = tool.extract(package)
    assert ("Page", "Chuỗi mới trong giao diện") in found.messages
    assert ("i18n", "Thông báo mới {n}") in found.messages
    lines = tool.problems(found, tool.read_ts())
    assert any("Chuỗi mới trong giao diện" in line for line in lines)
    assert any("not a literal" in line for line in lines)


def test_vietnamese_is_the_default_and_english_comes_from_the_catalogue():
    assert i18n.language() == "vi"
    assert i18n._("Sai mã PIN.") == "Sai mã PIN."
    i18n.set_language("en")
    assert i18n._("Sai mã PIN.") == "Wrong PIN."
    assert i18n._("Không có tài khoản “{u}”.", u="an") == "There is no account “an”."
    with i18n.vietnamese():  # documents
        assert i18n._("Sai mã PIN.") == "Sai mã PIN."


def test_a_message_asked_again_after_a_language_switch_speaks_the_new_language():
    # `_` caches look-ups; the cache must not outlive the catalogue it was filled from
    decomposed = "Sai ma\u0303 PIN."  # the same text in NFD: looked up and returned in NFC
    assert i18n._(decomposed) == "Sai mã PIN."
    i18n.set_language("en")
    assert i18n._("Sai mã PIN.") == "Wrong PIN."
    assert i18n._(decomposed) == "Wrong PIN."
    i18n.set_language("vi")
    assert i18n._("Sai mã PIN.") == "Sai mã PIN."
    i18n.install_catalogue({"Sai mã PIN.": "PIN sai (thử)"})
    assert i18n._("Sai mã PIN.") == "PIN sai (thử)"
    i18n.install_catalogue({})
    assert i18n._("Sai mã PIN.") == "Sai mã PIN."


def test_cli_lang_option_speaks_english(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "usage: hocbaso" in out and "options:" in out
    assert "the school's database (for the window and every" in out
    assert "cơ sở dữ liệu" not in out


def test_cli_uses_the_language_saved_on_this_computer(tmp_path, monkeypatch, capsys):
    import hocbaso_desktop.app as app

    monkeypatch.setattr(app, "default_data_dir", lambda: tmp_path)
    monkeypatch.delenv("HOCBASO_LANG", raising=False)
    save_language(tmp_path, "en")
    assert main(["verify", str(tmp_path / "khong-co.pdf")]) == 3
    assert "not found" in capsys.readouterr().err
    (tmp_path / "language.txt").write_text("xx\n")  # a damaged choice falls back to Vietnamese
    assert main(["verify", str(tmp_path / "khong-co.pdf")]) == 3
    assert "Không tìm thấy" in capsys.readouterr().err


def test_the_window_in_english(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication

    from hocbaso_desktop.ui import language_box
    from hocbaso_desktop.ui.launch import install_translators
    from hocbaso_desktop.ui.operations import Backend
    from hocbaso_desktop.ui.start_window import StartWindow

    monkeypatch.setattr(language_box, "default_data_dir", lambda: tmp_path)
    i18n.set_language("en")
    app = QApplication.instance()
    install_translators(app)
    backend = Backend()
    try:
        window = StartWindow(backend)
        qtbot.addWidget(window)
        assert window.login_button.text() == "Sign in"
        assert window.windowTitle() == "Học bạ số — Sign in"
        # the choice is saved for the next start, in this computer's data folder (the Shell applies it at once)
        window.language.combo.setCurrentIndex(window.language.combo.findData("vi"))
        assert saved_language(tmp_path) == "vi"
        assert window.language.note.text() == "Tiếng Việt chosen. The open windows keep the current language; " \
            "the program uses Tiếng Việt from the next time it is opened."
    finally:
        backend.shutdown()
        from hocbaso_desktop.ui.translator import CatalogueTranslator

        for translator in app.findChildren(CatalogueTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()


def test_subject_names_read_in_the_interface_language_and_documents_keep_them(monkeypatch):
    from hocbaso_desktop.domain import catalogue
    from hocbaso_desktop.domain.glossary import Level

    assert ("catalogue", "Tự nhiên và Xã hội") in _extracted().messages  # every name of subjects.json is extracted
    i18n.set_language("en")
    spec = catalogue.subject_by_code(Level.TIEU_HOC, 4, "TOAN")
    assert i18n.shown_name(spec.name) == "Mathematics"
    assert i18n._("Môn {n} ở mức Chưa hoàn thành (C).", n=spec.name) == "Subject Mathematics is at Not completed (C)."
    assert i18n._("Môn {n} ở mức Chưa hoàn thành (C).", n="Nguyễn Văn Toán") .startswith("Subject Nguyễn Văn Toán")
    with i18n.vietnamese():  # a document: the official names
        assert i18n.shown_name(spec.name) == "Toán"
        assert i18n._("Môn {n} ở mức Chưa hoàn thành (C).", n=spec.name) == "Môn Toán ở mức Chưa hoàn thành (C)."
    i18n.set_language("vi")
    assert i18n.shown_name(spec.name) == "Toán"


def test_a_failure_raised_while_a_document_is_built_speaks_the_interface_language():
    from hocbaso_desktop.domain import catalogue
    from hocbaso_desktop.domain.errors import NotFoundError
    from hocbaso_desktop.domain.glossary import Level

    i18n.set_language("en")
    english = i18n._("Cấp {level} không có lớp {grade}.", level=i18n._("Tiểu học"), grade=9)
    assert english != "Cấp Tiểu học không có lớp 9."
    with pytest.raises(NotFoundError) as refused, i18n.vietnamese():  # as printing and the payload builder run
        catalogue.subjects_for(Level.TIEU_HOC, 9)
    assert refused.value.message == str(refused.value) == english
    with i18n.vietnamese(), pytest.raises(NotFoundError) as inside:  # caught inside the document: still Vietnamese
        catalogue.subjects_for(Level.TIEU_HOC, 9)
    assert inside.value.message == "Cấp Tiểu học không có lớp 9."
    i18n.set_language("vi")
    with pytest.raises(NotFoundError) as vietnamese, i18n.vietnamese():
        catalogue.subjects_for(Level.TIEU_HOC, 9)
    assert vietnamese.value.message == "Cấp Tiểu học không có lớp 9."


def test_a_failure_raised_in_a_task_inside_a_document_speaks_the_interface_language():
    """The signing of a document runs pyHanko's asyncio tasks inside the Vietnamese block: a message made in a task
    (a copy of the block's context) is still made again in the interface's language once the block is left, and a
    thread's messages stay its own."""
    import asyncio
    import threading

    from hocbaso_desktop.domain import catalogue
    from hocbaso_desktop.domain.errors import NotFoundError
    from hocbaso_desktop.domain.glossary import Level

    async def subjects_of_grade_9():
        return catalogue.subjects_for(Level.TIEU_HOC, 9)

    def document_on_a_new_thread(spoken: list) -> None:   # a new thread: no messages recorded before the block
        try:
            with i18n.vietnamese():
                asyncio.run(subjects_of_grade_9())
        except NotFoundError as refused:
            spoken.append((refused.message, str(refused)))

    i18n.set_language("en")
    english = i18n._("Cấp {level} không có lớp {grade}.", level=i18n._("Tiểu học"), grade=9)
    spoken: list = []
    worker = threading.Thread(target=document_on_a_new_thread, args=(spoken,))
    worker.start()
    worker.join()
    assert spoken == [(english, english)]

    made_elsewhere = []
    with i18n.vietnamese():   # a document on this thread: another thread's messages are not documents
        worker = threading.Thread(target=lambda: made_elsewhere.append(
            i18n._("Cấp {level} không có lớp {grade}.", level=i18n._("Tiểu học"), grade=9)))
        worker.start()
        worker.join()
    assert made_elsewhere == [english]  # the thread is not in the document: it speaks the interface's language
    i18n.set_language("vi")


def _outside_parentheses(text: str) -> str:
    depth, kept = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(ch)
    return "".join(kept)


def test_window_sentences_use_vietnamese_words_for_technical_terms():
    # "hãy cắm USB token", "Thư viện PKCS#11:", "OCSP/CRL không trả lời": in the window a Vietnamese word says it
    # ("thiết bị ký", "phần mềm thiết bị ký", "dữ liệu thu hồi"), the technical term only in parentheses for the
    # technician. The command line's own texts (cli/) speak to technicians and are left out.
    import re

    terms = re.compile(r"API token|USB token|PKCS#11|PAdES|OCSP|CRL|payload\.json")
    found = _extracted()
    bare = sorted(source for (_context, source), message in found.messages.items()
                  if not all(path.startswith("cli/") for path, _line in message.locations)
                  and terms.search(_outside_parentheses(source)))
    assert bare == []
