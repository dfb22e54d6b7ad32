"""The case statistics as a printable PDF with charts, drawn by reportlab's own graphics (CJK TTF embedded)."""
import io
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from station.context import Ctx
from station.files import write_atomically
from station.i18n import tr
from station.identity import this_station
from station.pdf import cjk_font

MAX_BARS = 12


def _percent(text: str) -> float:
    return float(text.rstrip("%")) if text.endswith("%") else 0.0


def bar_chart(title: str, labels: list[str], series: list[list[float]], width: float, height: float) -> Drawing:
    font = cjk_font()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, width - 60, height - 70
    chart.data = [values for values in series if values] or [[0]]  # no cases yet: one empty bar
    chart.categoryAxis.categoryNames = [label[:8] for label in labels] or ["—"]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.angle = 30 if len(labels) > 5 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 5 else "n"
    chart.valueAxis.valueMin = 0
    for n, colour in enumerate((colors.HexColor("#2f6fb0"), colors.HexColor("#e08a1e"), colors.HexColor("#3c9a5f"))):
        chart.bars[n].fillColor = colour
    drawing.add(chart)
    drawing.add(String(40, height - 18, title, fontName=font, fontSize=12))
    return drawing


def render_stats_pdf(station: str, stats: dict) -> bytes:
    font, buffer = cjk_font(), io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    width, height = A4
    t = stats["total"]
    canvas.setFont(font, 18)
    scope = stats["month"] or tr("CaseStats", "all months")
    canvas.drawString(2 * cm, height - 2.5 * cm, tr("CaseStats", "{station}: rights cases, {scope}").format(
        station=station, scope=scope))
    canvas.setFont(font, 11)
    lines = [tr("CaseStats", "Received {received}, accepted {accepted}: acceptance rate (受理率) {acceptance}"),
             tr("CaseStats", "Closed {closed}, on time {timely}: on-time closure rate (按期办结率) {on_time}"),
             tr("CaseStats", "Rated {rated}, satisfied {satisfied}: satisfaction rate (满意率) {satisfaction}"),
             tr("CaseStats", "Money recovered: {money} yuan")]
    for n, line in enumerate(lines):
        canvas.drawString(2 * cm, height - (3.6 + 0.7 * n) * cm, line.format(**t))
    groups = stats["groups"][:MAX_BARS]
    labels = [g["key"] or "—" for g in groups]
    rates = [[_percent(g[k]) for g in groups] for k in ("acceptance", "on_time", "satisfaction")]
    money = [[g["money_fen"] / 100 for g in groups]]
    chart_w = width - 4 * cm
    rate_title = tr("CaseStats", "Acceptance, on-time closure and satisfaction, % (blue, orange, green)")
    bar_chart(rate_title, labels, rates, chart_w, 8 * cm).drawOn(canvas, 2 * cm, height - 15.5 * cm)
    bar_chart(tr("CaseStats", "Money recovered, yuan"), labels, money, chart_w, 8 * cm).drawOn(
        canvas, 2 * cm, height - 24.5 * cm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_stats_pdf(ctx: Ctx, stats: dict, out: Path) -> dict:
    """`stats` is what `case_stats` returned (that service checked the permission)."""
    write_atomically(Path(out), render_stats_pdf(this_station().name, stats))
    return {"out": str(out)}
