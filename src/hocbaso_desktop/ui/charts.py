"""A small stacked bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials).

One bar per category (a class, a subject), split into coloured segments (a result, a level), a
legend above, counts inside segments that are tall enough, and the category names below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#2e7d32", "#1565c0", "#f9a825", "#c62828", "#6a1b9a", "#00838f", "#ef6c00", "#757575")


@dataclass(frozen=True)
class ChartData:
    """Categories along the axis, series stacked in each bar: values[category][series]."""

    title: str
    categories: tuple[str, ...]
    series: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]

    @property
    def largest(self) -> int:
        """The tallest bar's total (at least 1)."""
        return max((sum(row) for row in self.values), default=0) or 1


def chart_from_counts(title: str, rows: Sequence[tuple[str, dict[str, int]]],
                      order: Sequence[str] = ()) -> ChartData:
    """Build chart data from (category, {series: count}) rows; series in `order` first, then as met."""
    names = list(order)
    for _category, counts in rows:
        names += [name for name in counts if name not in names]
    names = [name for name in names if any(counts.get(name) for _c, counts in rows)]
    return ChartData(title, tuple(c for c, _v in rows), tuple(names),
                     tuple(tuple(counts.get(name, 0) for name in names) for _c, counts in rows))


class StackedBarChart(QWidget):
    """Paints one ChartData; call `set_data` to change it."""

    def __init__(self, data: ChartData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data or ChartData("", (), (), ())
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: ChartData) -> None:
        """Show new data."""
        self.data = data
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Wide enough for about a dozen bars."""
        return QSize(560, 300)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw title, legend, axis, bars and labels."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        data = self.data
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, data.title)
        legend_bottom = self._legend(painter, 8, 8 + line, line)
        if not data.categories:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có số liệu."))
            return
        left, top = 8 + metrics.horizontalAdvance("0000"), legend_bottom + 6
        bottom = self.height() - 2 * line - 8  # two lines for the category names (subjects' names wrap)
        width = self.width() - left - 8
        height = max(10.0, bottom - top)
        largest = data.largest
        painter.setPen(QPen(QColor("#999999")))
        painter.drawLine(left, bottom, left + width, bottom)
        painter.drawText(QRectF(0, top - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight, str(largest))
        painter.drawText(QRectF(0, bottom - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight, "0")
        slot = width / len(data.categories)
        bar = max(4.0, min(slot * 0.7, 60.0))
        for i, (category, row) in enumerate(zip(data.categories, data.values, strict=True)):
            x = left + i * slot + (slot - bar) / 2
            y = float(bottom)
            for j, value in enumerate(row):
                if not value:
                    continue
                h = height * value / largest
                y -= h
                rect = QRectF(x, y, bar, h)
                painter.fillRect(rect, QColor(PALETTE[j % len(PALETTE)]))
                if h >= line and metrics.horizontalAdvance(str(value)) < bar:
                    painter.setPen(QColor("#ffffff"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(left + i * slot + 1, bottom + 2, slot - 2, 2 * line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, category)

    def _legend(self, painter: QPainter, x0: float, y0: float, line: int) -> float:
        """Draw the series legend, wrapping lines; return the y below it."""
        metrics = painter.fontMetrics()
        x, y = x0, y0
        for j, name in enumerate(self.data.series):
            need = line + 4 + metrics.horizontalAdvance(name) + 14
            if x + need > self.width() - 8 and x > x0:
                x, y = x0, y + line + 2
            painter.fillRect(QRectF(x, y + 2, line - 4, line - 4), QColor(PALETTE[j % len(PALETTE)]))
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(x + line, y, need, line), Qt.AlignmentFlag.AlignLeft, name)
            x += need
        return y + line
