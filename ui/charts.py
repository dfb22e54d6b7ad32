"""Charts for every page, behind one small module of ours (QtCharts is deprecated since Qt 6.10).

A bar chart painted with QPainter: series in dark and light grey with black outlines (readable in black and
white and for colour-blind users), the newest value written on the chart, the numbers in the tooltip, and a
legend in words. It follows the application font, so it grows with large text.
"""
from ui.qt import QtCore, QtGui, QtWidgets

SHADES = ("#333333", "#b0b0b0", "#707070")


class BarChart(QtWidgets.QWidget):
    def __init__(self, title: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.top: float | None = None  # a fixed top of the value axis (100 for percentages); else the highest value
        self.setMinimumHeight(180)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)

    def set_data(self, labels: list[str], series: list[tuple[str, list[float]]]) -> None:
        """`labels` along the bottom; each series is (name, values), one value per label."""
        self.labels, self.series = labels, series
        lines = [f"{name}: {sum(values):g}" for name, values in series]
        self.setToolTip("\n".join([self.title, *lines]))
        self.setAccessibleName(self.title)
        self.setAccessibleDescription("; ".join(lines))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt naming)
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(self.palette().text().color())
        painter.drawText(QtCore.QRectF(4, 0, self.width() - 8, line), self.title)
        places = self.legend_places(metrics)
        rows = 1 + max((row for row, _x in places), default=0)
        area = QtCore.QRectF(metrics.horizontalAdvance("0000") + 8, line * (2.2 + rows), self.width() - 16, 0)
        area.setWidth(self.width() - area.left() - 8)
        area.setHeight(self.height() - area.top() - line * 1.4)
        self._legend(painter, line, places)
        if area.height() > 10 and self.labels:
            self._bars(painter, area, metrics)
        painter.end()

    def legend_places(self, metrics: QtGui.QFontMetrics) -> list[tuple[int, float]]:
        """(row, x) of each series' legend entry: entries wrap onto another row rather than run off the chart
        (long names, large text, English)."""
        line, places, row, x = metrics.height(), [], 0, 4.0
        for name, _values in self.series:
            width = line * 0.8 + 6 + metrics.horizontalAdvance(name)
            if x > 4.0 and x + width > self.width() - 4:
                row, x = row + 1, 4.0
            places.append((row, x))
            x += width + 12
        return places

    def _legend(self, painter: QtGui.QPainter, line: int, places: list[tuple[int, float]]) -> None:
        for index, ((name, _values), (row, x)) in enumerate(zip(self.series, places, strict=True)):
            box = QtCore.QRectF(x, line * (1.15 + row), line * 0.8, line * 0.8)
            painter.setBrush(QtGui.QColor(SHADES[index % len(SHADES)]))
            painter.setPen(QtGui.QPen(QtGui.QColor("black"), 1))
            painter.drawRect(box)
            painter.setPen(self.palette().text().color())
            painter.drawText(QtCore.QPointF(box.right() + 6, box.bottom()), name)

    def _bars(self, painter: QtGui.QPainter, area: QtCore.QRectF, metrics: QtGui.QFontMetrics) -> None:
        top = self.top or max([max(values, default=0) for _n, values in self.series] + [1])
        painter.setPen(self.palette().text().color())
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(QtCore.QPointF(area.left() - 3, area.top()), QtCore.QPointF(area.left(), area.top()))
        painter.drawText(QtCore.QRectF(0, area.top() - metrics.height(), area.left() + 40, metrics.height()),
                         QtCore.Qt.AlignmentFlag.AlignLeft, f"{top:.3g}")
        slot = area.width() / len(self.labels)
        width = max(1.0, slot * 0.8 / max(1, len(self.series)))
        every = max(1, int(metrics.horizontalAdvance("00-00") * 1.3 // slot) + 1)
        for i, label in enumerate(self.labels):
            for s, (_name, values) in enumerate(self.series):
                value = values[i] if i < len(values) else 0
                height = area.height() * value / top
                bar = QtCore.QRectF(area.left() + i * slot + s * width, area.bottom() - height, width, height)
                painter.setBrush(QtGui.QColor(SHADES[s % len(SHADES)]))
                painter.setPen(QtGui.QPen(QtGui.QColor("black"), 0.5) if width > 3 else QtCore.Qt.PenStyle.NoPen)
                painter.drawRect(bar)
            if i % every == 0:
                painter.setPen(self.palette().text().color())
                painter.drawText(QtCore.QPointF(area.left() + i * slot, area.bottom() + metrics.ascent() + 2), label)


def bar_chart(title: str, categories: list[str], series: list[tuple[str, list[float]]],
              top: float | None = None) -> BarChart:
    """A chart ready to lay out: grouped bars, one value per category in each (name, values) series."""
    chart = BarChart(title)
    chart.top = top
    chart.set_data(categories, series)
    return chart
