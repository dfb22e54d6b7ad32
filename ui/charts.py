"""Charts for every page, behind one small interface so the engine can change.

QtCharts (PySide6-Addons) draws them today; it is deprecated since Qt 6.10, so nothing outside this module
touches it: a page asks for `bar_chart(title, categories, series)` and lays out the widget it gets.
"""
from station.i18n import tr
from ui.qt import Qt, QtGui, QtWidgets, qt_charts

Series = list[tuple[str, list[float]]]  # (name, one value per category)
COLOURS = ("#2f6fb0", "#e08a1e", "#3c9a5f", "#a23b72")


def bar_chart(title: str, categories: list[str], series: Series, font: QtGui.QFont | None = None,
              top: float | None = None) -> QtWidgets.QWidget:
    """Grouped bars, one set per series; `top` fixes the value axis (100 for percentages)."""
    charts = qt_charts()
    if charts is None:
        return QtWidgets.QLabel(tr("Charts", "Charts need the PySide6 add-ons."))
    chart = charts.QChart()
    chart.setTitle(title)
    bars = charts.QBarSeries()
    for n, (name, values) in enumerate(series):
        bar_set = charts.QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(QtGui.QColor(COLOURS[n % len(COLOURS)]))
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_x, axis_y = charts.QBarCategoryAxis(), charts.QValueAxis()
    axis_x.append(categories or ["—"])
    axis_y.setMin(0)
    highest = max((v for _, values in series for v in values), default=0)
    axis_y.setMax(top or (highest * 1.15 if highest > 0 else 1))
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_x)
    bars.attachAxis(axis_y)
    _fonts(chart, axis_x, axis_y, font or QtWidgets.QApplication.font())
    view = charts.QChartView(chart)
    view.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _fonts(chart, axis_x, axis_y, font: QtGui.QFont) -> None:
    """The application's font (CJK family, large text) on titles, labels and the legend."""
    small = QtGui.QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.8, 9))
    chart.setTitleFont(font)
    chart.legend().setFont(small)
    axis_x.setLabelsFont(small)
    axis_y.setLabelsFont(small)
