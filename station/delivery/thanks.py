"""A printable thank-you summary of one volunteer's month: hours, runs, doors reached."""
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from station.context import Ctx
from station.delivery.volunteers import find_volunteer, hours_by_month
from station.files import write_atomically
from station.i18n import tr
from station.identity import this_station
from station.pdf import cjk_font
from station.permissions import Perm
from station.service import service


def render_thank_you(station: str, name: str, month: str, row: dict) -> bytes:
    font = cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4)
    width, height = A4
    c.setFont(font, 28)
    c.drawCentredString(width / 2, height - 120, tr("Thanks", "Thank you, {name}!").format(name=name))
    c.setFont(font, 14)
    c.drawCentredString(width / 2, height - 160, tr("Thanks", "{station} · volunteer doorstep delivery · {month}")
                        .format(station=station, month=month))
    figures = [
        (tr("Thanks", "Hours given"), f"{row['minutes'] / 60:.1f}"),
        (tr("Thanks", "Delivery runs"), str(row["runs"])),
        (tr("Thanks", "Doors reached"), str(row["stops"])),
    ]
    y = height - 240
    for label, value in figures:
        c.setFont(font, 16)
        c.drawString(140, y, label)
        c.setFont(font, 24)
        c.drawRightString(width - 140, y, value)
        y -= 44
    c.setFont(font, 11)
    y -= 10
    c.drawString(140, y, tr("Thanks", "Day"))
    c.drawRightString(width - 140, y, tr("Thanks", "Minutes"))
    for entry in row["entries"][:30]:
        y -= 16
        c.drawString(140, y, entry["day"])
        c.drawRightString(width - 140, y, str(entry["minutes"]))
    c.setFont(font, 13)
    c.drawCentredString(width / 2, 90, tr("Thanks", "Your time brought parcels to neighbours who could not come. "
                                                    "Thank you."))
    c.showPage()
    c.save()
    return buffer.getvalue()


@service(Perm.VIEW, write=False)
def _month_of(ctx: Ctx, volunteer: str, month: str) -> tuple[str, str, dict]:
    target = find_volunteer(volunteer)
    row = next((r for r in hours_by_month(ctx, month) if r["gid"] == target.gid),
               {"minutes": 0, "runs": 0, "stops": 0, "entries": []})
    return this_station().name, target.name, row


def write_thank_you(ctx: Ctx, volunteer: str, month: str, out: Path) -> dict:
    station, name, row = _month_of(ctx, volunteer, month)
    write_atomically(Path(out), render_thank_you(station, name, month, row))
    return {"volunteer": name, "month": month, "minutes": row["minutes"], "out": str(out)}

