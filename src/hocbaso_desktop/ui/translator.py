"""The Qt translator of the interface: widget texts (`tr`) answered from the i18n catalogue.

The catalogue is read from the .ts file at run time (hocbaso_desktop.i18n), so there is no compiled
.qm to build or to forget in the bundle. The lookup is by source text, whatever the context: PySide
names a `tr` context after the object's class, which for a subclass is not the class that wrote the text.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from hocbaso_desktop import i18n


class CatalogueTranslator(QTranslator):
    """A QTranslator over `i18n.lookup` (no answer: Qt keeps the Vietnamese source)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation of `source` in the active language, or None."""
        return i18n.lookup(source)  # None: a null QString, so Qt keeps the source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        """Never empty, so Qt asks it."""
        return False
