"""Shelf labels for a small label printer (60 × 40 mm): the pickup code huge, a QR code of it for the
handout scan, then the masked name (20 pt), shelf, arrival date and carrier (nothing under 10 pt)."""
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from db.models import Parcel, Resident
from station.clock import format_date, local
from station.context import Ctx
from station.errors import InvalidInput, NotFound
from station.i18n import tr
from station.parcels.carriers import carrier_name
from station.parcels.printing import fit_masked, mask_name, save_pdf
from station.pdf import MIN_PT, NAME_PT, fit_lines, shrink_to_fit
from station.permissions import Perm
from station.service import service

LABEL_SIZE = (60 * mm, 40 * mm)
PAD = 2.5 * mm
QR_SIZE = 20 * mm


@dataclass(frozen=True)
class LabelInfo:
    pickup_code: str
    shelf: str
    name: str
    arrived_at: object
    carrier: str
    tracking_no: str


def _field(item: object, name: str, default: object = "") -> object:
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def label_info(item: object) -> LabelInfo:
    """A label's facts from a parcel gid, a Parcel row, or any object/dict with the same field names."""
    if isinstance(item, LabelInfo):
        return item
    if isinstance(item, str):
        row = Parcel.get_or_none(Parcel.gid == item)
        if row is None:
            raise NotFound("No parcel with id {gid}.", why="parcel", gid=item)
        item = row
    if isinstance(item, Parcel):
        resident = Resident.get_or_none(Resident.gid == item.resident_gid) if item.resident_gid else None
        name = resident.name if resident else ""
    else:
        name = str(_field(item, "resident_name") or _field(item, "name") or "")
    info = LabelInfo(str(_field(item, "pickup_code")), str(_field(item, "shelf")), name,
                     _field(item, "arrived_at", None), str(_field(item, "carrier")), str(_field(item, "tracking_no")))
    if not info.pickup_code:
        raise InvalidInput("A shelf label needs a pickup code.", why="pickup_code_missing")
    return info


def _draw_qr(pdf, text: str, x: float, y: float, size: float) -> None:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, pdf, x, y)


def _draw_label(pdf, font: str, info: LabelInfo) -> None:
    """Code (up to 30 pt), masked name (20 pt), shelf, arrival date and carrier; nothing under MIN_PT."""
    width, height = LABEL_SIZE
    code_size = shrink_to_fit(info.pickup_code, font, 30, width - 2 * PAD)
    pdf.setFont(font, code_size)
    pdf.drawString(PAD, height - PAD - code_size * 0.85, fit_lines(info.pickup_code, font, code_size,
                                                                   width - 2 * PAD, 1)[0])
    _draw_qr(pdf, info.pickup_code, width - PAD - QR_SIZE + 1.5 * mm, PAD - 1.5 * mm, QR_SIZE)
    left = width - 2 * PAD - QR_SIZE + 1.5 * mm
    lines = [
        (NAME_PT, fit_masked(mask_name(info.name), font, NAME_PT, left)),
        (12, tr("Labels", "Shelf {shelf}").format(shelf=info.shelf) if info.shelf else ""),
        (MIN_PT, format_date(local(info.arrived_at)) if info.arrived_at else ""),
        (MIN_PT, " ".join(part for part in (carrier_name(info.carrier), info.tracking_no[-6:]) if part)),
    ]
    y = height - PAD - code_size - 1.5 * mm
    for size, text in lines:
        if text:
            pdf.setFont(font, size)
            pdf.drawString(PAD, y - size * 0.8, fit_lines(text, font, size, left, 1)[0])
        y -= size + 2


def shelf_label_pdf(parcels: Iterable[object], out: Path) -> Path:
    """One 60 × 40 mm page per parcel; `parcels` are parcel gids, Parcel rows or objects/dicts with the fields."""
    from station.pdf import cjk_font

    infos = [label_info(item) for item in parcels]
    if not infos:
        raise InvalidInput("There are no parcels to label.", why="no_parcels")
    font = cjk_font()

    def draw(pdf) -> None:
        pdf.setPageSize(LABEL_SIZE)
        pdf.setTitle(tr("Labels", "Shelf labels"))
        for info in infos:
            _draw_label(pdf, font, info)
            pdf.showPage()

    return save_pdf(draw, Path(out))


@service(Perm.PARCEL_INTAKE, write=False)
def labels_for(ctx: Ctx, codes: Iterable[str], out: Path) -> dict:
    """Shelf labels for parcels named by pickup code or tracking number (reprinting one that came off)."""
    from station.parcels.views import parcels_where

    gids = []
    for text in codes:
        wanted = (text or "").strip()
        found = parcels_where("p.pickup_code = ? OR p.tracking_no = ?", (wanted, wanted.upper()), limit=1)
        if not found:
            raise NotFound("No parcel has the pickup code or tracking number {code}.", why="parcel", code=wanted)
        gids.append(found[0].gid)
    shelf_label_pdf(gids, out)
    return {"out": str(out), "labels": len(gids)}
