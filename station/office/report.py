"""The monthly report PDF for the county: the town's figures, then each station's, with tables and charts.

Charts are drawn in black, greys and hatching-free outlines with the numbers written on them, so the report
reads the same when printed in black and white. The CJK font is TrueType, embedded by reportlab.
"""
import datetime as dt
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from db.models import OfficeStation
from station import audit
from station.context import Ctx
from station.i18n import ntr, tr
from station.identity import this_station
from station.office import dashboard
from station.office.catalog import LABELS, PERCENT, RATIOS, ratio
from station.office.tables import merchants_table, stations_table
from station.pdf import MIN_PT, cjk_font
from station.permissions import Perm
from station.service import service
from station.sync.office_audit import held_head

GREYS = (colors.Color(0.15, 0.15, 0.15), colors.Color(0.7, 0.7, 0.7))


def _styles(font: str) -> dict[str, ParagraphStyle]:
    return {"h1": ParagraphStyle("h1", fontName=font, fontSize=18, leading=24, spaceAfter=6),
            "h2": ParagraphStyle("h2", fontName=font, fontSize=14, leading=19, spaceBefore=8, spaceAfter=4),
            "body": ParagraphStyle("body", fontName=font, fontSize=10.5, leading=14),
            "small": ParagraphStyle("small", fontName=font, fontSize=10, leading=12)}


def _figures_table(figures: dict[str, float], waiting: tuple[float, float], font: str) -> Table:
    rows = [[tr("Office", "Figure"), tr("Office", "Value")]]
    rows += [[tr(*label), f"{figures.get(name, 0):.0f}" if name != "money_recovered" else
              f"{figures.get(name, 0):.2f}"] for name, label in LABELS.items() if name != "volunteer_minutes"]
    rows.append([tr("Office", "Volunteer hours"), f"{figures.get('volunteer_minutes', 0) / 60:.1f}"])
    for name, (_top, _bottom, label) in RATIOS.items():
        value = ratio(figures, name)
        unit = " %" if name in PERCENT else ""
        rows.append([tr(*label), "—" if value is None else f"{value:.1f}{unit}"])
    rows += [[tr("Office", "Waiting now"), f"{waiting[0]:.0f}"], [tr("Office", "Overdue now"), f"{waiting[1]:.0f}"]]
    return _grid(rows, font, [110 * mm, 40 * mm])


def _grid(rows: list[list], font: str, widths: list[float] | None = None, words: int = 1) -> Table:
    """A table in black and grey; the first `words` columns are text (left), the rest numbers (right)."""
    grid = Table(rows, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, MIN_PT),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
                              ("ALIGN", (words, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return grid


def _chart(ctx: Ctx, start: dt.date, end: dt.date, station: str | None, font: str) -> Drawing:
    """Parcels arrived and handed out per day: dark and light bars, outlined, with a legend in words."""
    series = [dashboard.daily(ctx, m, start, end, station) for m in ("parcels_in", "parcels_out")]
    drawing = Drawing(170 * mm, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 12 * mm, 150 * mm, 46 * mm
    chart.data = [[v for _d, v in s] for s in series]
    chart.categoryAxis.categoryNames = [str(d.day) if d.day % 5 == 1 else "" for d, _v in series[0]]
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize = font, MIN_PT
    chart.valueAxis.valueMin = 0
    chart.barSpacing, chart.groupSpacing = 0, 2
    for i, grey in enumerate(GREYS):
        chart.bars[i].fillColor, chart.bars[i].strokeColor, chart.bars[i].strokeWidth = grey, colors.black, 0.3
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 14 * mm, 66 * mm, font, MIN_PT
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 8, 8
    legend.colorNamePairs = list(zip(GREYS, [tr("Office", "Parcels arrived"), tr("Office", "Handed out")],
                                     strict=True))
    drawing.add(legend)
    drawing.add(String(162 * mm, 2 * mm, tr("Office", "day of month"), fontName=font, fontSize=MIN_PT,
                       textAnchor="end"))
    return drawing


def _section(ctx: Ctx, title: str, figures: dict, waiting: tuple, start, end, station, styles, font) -> list:
    return [Paragraph(title, styles["h2"]), _chart(ctx, start, end, station, font), Spacer(1, 3 * mm),
            _figures_table(figures, waiting, font)]


def held_head_text(code: str) -> str:
    """The head of a station's audit log as the office holds it: on paper, a later rewrite at either end shows."""
    head = held_head(code)
    return tr("Office", "Audit log head held for {station}: row {seq}, {hash}").format(
        station=code, seq=head["seq"], hash=head["hash"][:16] or "—")


def _heads_table(stations: list, font: str) -> Table:
    """Every station's audit head as the office holds it, one row each, for the paper anchor (issue 9)."""
    rows = [[tr("Office", "Station"), tr("Office", "Name"), tr("Office", "Audit row"), tr("Office", "Hash")]]
    for s in stations:
        head = held_head(s.code)
        rows.append([s.code, s.name, str(head["seq"]), head["hash"][:16] or "—"])
    return _grid(rows, font, [38 * mm, 56 * mm, 24 * mm, 56 * mm], words=2)


@service(Perm.OFFICE, write=False)
def monthly_report(ctx: Ctx, month: str, out: Path) -> dict:
    """Write the month's report; reads only office_figure (the aggregated table)."""
    start, end = dashboard.month_range(month)
    font = cjk_font()
    styles = _styles(font)
    per = dashboard.by_station(ctx, start, end)
    open_now = dashboard.open_parcels(ctx)
    office = this_station()
    stations = list(OfficeStation.select().order_by(OfficeStation.code))
    story = [Paragraph(tr("Office", "{office}: monthly report {month}").format(office=office.name, month=month),
                       styles["h1"]),
             Paragraph(ntr("Office", "1 station; figures as imported by {when}.",
                           "{count} stations; figures as imported by {when}.", len(stations),
                           when=ctx.now().strftime("%Y-%m-%d %H:%M UTC")), styles["body"])]
    town_waiting = (sum(w for w, _ in open_now.values()), sum(o for _, o in open_now.values()))
    story += _section(ctx, tr("Office", "Whole town"), dashboard.town(per), town_waiting, start, end, None,
                      styles, font)
    compared = stations_table(ctx, month)
    keep = [0, 1, 2, 3, 4, 5, 6, 7, 8]  # station … volunteer hours: what fits across an A4 page
    story += [Paragraph(tr("Office", "Stations compared"), styles["h2"]),
              _grid([[Paragraph(compared.headers[i], styles["small"]) for i in keep]] +
                    [[row[i] for i in keep] for row in compared.rows], font,
                    [28 * mm, 25 * mm] + [121 * mm / (len(keep) - 2)] * (len(keep) - 2), words=2)]
    merchants = merchants_table(ctx, month)
    if merchants.rows:
        story += [Paragraph(merchants.title, styles["h2"]), _grid([merchants.headers] + merchants.rows[:30], font)]
    story += [Paragraph(tr("Office", "Audit log heads"), styles["h2"]),
              Paragraph(tr("Office", "This office: {head}").format(head=audit.head_text()), styles["body"]),
              Spacer(1, 2 * mm), _heads_table(stations, font)]
    for s in stations:
        story += [PageBreak()] + _section(ctx, f"{s.code} {s.name}", per.get(s.code, {}),
                                          open_now.get(s.code, (0, 0)), start, end, s.code, styles, font)
        story += [Spacer(1, 3 * mm), Paragraph(held_head_text(s.code), styles["body"])]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    SimpleDocTemplate(str(tmp), pagesize=A4, title=f"{office.name} {month}", leftMargin=18 * mm,
                      rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm).build(story)
    tmp.replace(out)
    return {"month": month, "out": str(out), "stations": len(stations)}
