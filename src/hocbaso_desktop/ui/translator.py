"""The Qt translator of the interface: widget texts (`tr`) answered from the i18n catalogue.

The catalogue is read from the .ts file at run time (hocbaso_desktop.domain.i18n), so there is no compiled
.qm to build or to forget in the bundle. The lookup is by source text, whatever the context: PySide
names a `tr` context after the object's class, which for a subclass is not the class that wrote the text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hocbaso_desktop.domain import i18n


class CatalogueTranslator(QTranslator):
    """A QTranslator over `i18n.lookup` (no answer: Qt keeps the Vietnamese source)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation of `source` in the active language, or None."""
        return i18n.lookup(source)  # None: a null QString, so Qt keeps the source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        """Never empty, so Qt asks it."""
        return False


def install_translators(app: QCoreApplication) -> None:
    """Translate the interface into the active language (i18n.language()), replacing what was installed."""
    from hocbaso_desktop.ui.qt_vietnamese import QtVietnameseTranslator

    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    if i18n.language() != i18n.DEFAULT_LANGUAGE:
        app.installTranslator(CatalogueTranslator(app))  # Qt's own dialogs keep Qt's English
        return
    translator = QTranslator(app)
    # Qt's own dialogs (buttons "OK", "Cancel") in Vietnamese: Qt's catalogue when a Qt build ships one,
    # and ours, asked first (installed last), since PySide6 ships none.
    if translator.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    app.installTranslator(QtVietnameseTranslator(app))
