"""The 80 mm handout receipt: station, time, who received the parcels (and their relation), which
parcels with codes and carriers, and the staff member who handed them out."""
from collections.abc import Mapping
from pathlib import Path

from reportlab.lib.units import mm

from station.clock import format_time, local
from station.errors import InvalidInput
from station.i18n import ntr, tr
from station.identity import this_station
from station.parcels.carriers import carrier_name
from station.parcels.printing import save_pdf
from station.parcels.views import relation_name
from station.pdf import MIN_PT, shrink_to_fit, wrap

WIDTH = 80 * mm
PAD = 4 * mm
LINE = 15


def _get(item: object, *names: str, default: object = "") -> object:
    """The first field present: handouts from the counter, dicts from the CLI's JSON, or test objects."""
    for name in names:
        value = item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)
        if value not in (None, ""):
            return value
    return default


def receipt_lines(handout: object) -> list[tuple[int, str]]:
    """(font size, text) lines of the receipt, top to bottom; the PDF and a preview share them."""
    parcels = list(_get(handout, "parcels", default=[]))
    if not parcels:
        raise InvalidInput("A receipt needs at least one parcel.", why="no_parcels")
    station = str(_get(handout, "station_name", default="")) or this_station().name
    at = _get(handout, "handed_at", "at", "picked_up_at", default=None)
    receiver = str(_get(handout, "receiver_name", "receiver"))
    relation = relation_name(str(_get(handout, "receiver_relation", "relation")))
    resident = _get(handout, "resident_name", "resident")
    resident = str(_get(resident, "name", default="") if not isinstance(resident, str) else resident)
    lines = [(16, station), (13, tr("Receipts", "Parcel pickup receipt")), (MIN_PT, format_time(local(at)))]
    lines.append((0, ""))
    if resident and resident != receiver:
        lines.append((12, tr("Receipts", "For: {name}").format(name=resident)))
    who = tr("Receipts", "Received by: {name}").format(name=receiver)
    if relation and relation != receiver:
        who += tr("Receipts", " ({relation})").format(relation=relation)
    lines.append((12, who))
    lines.append((0, ""))
    lines.append((11, ntr("Receipts", "1 parcel:", "{count} parcels:", len(parcels))))
    for parcel in parcels:
        code = str(_get(parcel, "pickup_code", "code"))
        carrier = str(_get(parcel, "carrier_name")) or carrier_name(str(_get(parcel, "carrier")))
        tracking = str(_get(parcel, "tracking_no", "tracking"))
        lines.append((12, f"{code}  {carrier}"))
        if tracking:
            lines.append((MIN_PT, "    " + tracking))
    lines.append((0, ""))
    staff = str(_get(handout, "staff_name", "staff", "actor"))
    lines.append((MIN_PT, tr("Receipts", "Handed out by: {staff}").format(staff=staff)))
    lines.append((MIN_PT, tr("Receipts", "Please check your parcels before leaving.")))
    return lines


def _wrapped(lines: list[tuple[int, str]], font: str) -> list[tuple[float, str]]:
    """Each line shrunk a little to fit the paper's width, wrapped where even MIN_PT would not fit."""
    out: list[tuple[float, str]] = []
    for size, text in lines:
        if not text:
            out.append((size, text))
            continue
        size = shrink_to_fit(text, font, size, WIDTH - 2 * PAD, max(MIN_PT, size - 2))
        out += [(size, line) for line in wrap(text, font, size, WIDTH - 2 * PAD)]
    return out


def receipt_pdf(handout: object, out: Path) -> Path:
    """One receipt page, as long as its lines need (receipt printers cut to length)."""
    from station.pdf import cjk_font

    font = cjk_font()
    lines = _wrapped(receipt_lines(handout), font)
    height = 2 * PAD + sum(size + 5 if text else 11 for size, text in lines)

    def draw(pdf) -> None:
        pdf.setPageSize((WIDTH, height))
        pdf.setTitle(tr("Receipts", "Parcel pickup receipt"))
        y = height - PAD
        for size, text in lines:
            if not text:
                pdf.setDash(2, 2)
                pdf.line(PAD, y - 5, WIDTH - PAD, y - 5)
                pdf.setDash()
                y -= 11
                continue
            y -= size + 3
            pdf.setFont(font, size)
            pdf.drawString(PAD, y, text)
            y -= 2

    return save_pdf(draw, Path(out))
