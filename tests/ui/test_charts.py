"""The chart legend stays on the chart: entries wrap onto another row instead of running off its right edge."""
from ui.charts import bar_chart
from ui.qt import QtGui

NAMES = ["志愿服务小时", "新立案件", "办结案件"]


def _right_edges(chart) -> list[float]:
    metrics = QtGui.QFontMetrics(chart.font())
    return [x + metrics.height() * 0.8 + 6 + metrics.horizontalAdvance(name)
            for (name, _v), (_row, x) in zip(chart.series, chart.legend_places(metrics), strict=True)]


def test_a_legend_too_wide_for_a_narrow_chart_wraps_and_every_name_is_whole(qtbot):
    chart = bar_chart("每日志愿服务小时和案件", ["11-01", "11-02"], [(n, [1, 2]) for n in NAMES])
    qtbot.addWidget(chart)
    font = chart.font()
    font.setPointSize(18)  # large text
    chart.setFont(font)
    chart.resize(300, 240)
    rows = {row for row, _x in chart.legend_places(QtGui.QFontMetrics(chart.font()))}
    assert len(rows) > 1
    assert max(_right_edges(chart)) <= chart.width()
    chart.grab()  # paints with the wrapped legend without complaint


def test_a_wide_chart_keeps_its_legend_on_one_row(qtbot):
    chart = bar_chart("每日包裹", ["11-01"], [(n, [1]) for n in NAMES])
    qtbot.addWidget(chart)
    chart.resize(1200, 240)
    assert {row for row, _x in chart.legend_places(QtGui.QFontMetrics(chart.font()))} == {0}
