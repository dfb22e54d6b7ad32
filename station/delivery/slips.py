"""The delivery slips PDF: four slips per A4 page (cut along the lines), or two (one per half page).

Each slip: a QR code of `VS1.<slip id>.<tag>` (nothing personal), the short slip code, the resident's
name in large type, village group and landmark, masked phone, care flags and notes, the parcels and a
signature box. The QR is drawn as vector rectangles from qrcode's matrix: crisp at any printer dpi
and much faster than embedding an image per slip.
"""
import io
from collections.abc import Callable
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_ALPHA_NUM, QRData
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from station.context import Ctx
from station.delivery import OPEN_RUN_STATUSES
from station.delivery.runs import get_run, mark_slips_printed
from station.delivery.stops import RunSheet, Slip, build_sheet
from station.errors import InvalidInput, Refused
from station.files import write_atomically
from station.i18n import join_list, tr
from station.identity import this_station
from station.parcels.carriers import carrier_name
from station.pdf import cjk_font
from station.permissions import Perm
from station.residents import CARE_LABELS
from station.service import service

MARGIN = 28
QR_MASK = 4
PER_PAGE_CHOICES = (4, 2)
Reporter = Callable[[int, int], None]


def qr_rows(payload: str) -> list[list[bool]]:
    """The QR modules: alphanumeric mode (version 3 for a slip payload) and a fixed mask pattern.

    Trying all eight masks for the lowest penalty takes 90% of qrcode's time; any mask is valid, and
    the slips test decodes every code from a 150 dpi rendering."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    qr.add_data(QRData(payload.upper().encode("ascii"), mode=MODE_ALPHA_NUM))
    qr.make(fit=True)
    return qr.get_matrix()


def draw_qr(c: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Dark modules as one filled path, each horizontal run of modules one rectangle."""
    n = len(matrix)
    module = size / n
    path = c.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - (row + 1) * module
        col = 0
        while col < n:
            if cells[col]:
                start = col
                while col < n and cells[col]:
                    col += 1
                path.rect(x + start * module, top, (col - start) * module, module)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


class SlipPainter:
    """Lays out one slip in a box; the labels are translated once per PDF, not per slip."""

    def __init__(self, c: Canvas, font: str, sheet: RunSheet, station: str, per_page: int) -> None:
        self.c, self.font, self.sheet, self.station = c, font, sheet, station
        self.big = per_page == 2
        self.labels = {k: tr(*v) for k, v in CARE_LABELS.items()}
        self.t_run = tr("Slips", "Run {run} · stop {n}/{total} · volunteer {volunteer}")
        self.t_phone = tr("Slips", "Phone")
        self.t_care = tr("Slips", "Care")
        self.t_signature = tr("Slips", "Signature / fingerprint")
        self.t_parcels = tr("Slips", "Parcels ({count})")
        self.t_more = tr("Slips", "… and {count} more")
        self.t_scan = tr("Slips", "Scan at the counter when back")

    def text(self, x: float, y: float, value: str, size: float) -> None:
        self.c.setFont(self.font, size)
        self.c.drawString(x, y, value)

    def wrapped(self, x: float, y: float, value: str, size: float, width: float, max_lines: int) -> float:
        lines = simpleSplit(value, self.font, size, width)[:max_lines]
        self.c.setFont(self.font, size)
        for line in lines:
            self.c.drawString(x, y, line)
            y -= size * 1.25
        return y

    def paint(self, slip: Slip, x: float, y: float, w: float, h: float) -> None:
        c, k = self.c, (1.4 if self.big else 1.0)
        c.setDash(4, 3)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setDash()
        qr_size = min(h * (0.5 if self.big else 0.62), 150)
        pad = 10
        draw_qr(c, qr_rows(slip.payload), x + pad, y + h - pad - qr_size, qr_size)
        self.text(x + pad, y + h - pad - qr_size - 20, slip.slip_code, 16)
        self.text(x + pad, y + h - pad - qr_size - 34, self.t_scan, 7)
        left = x + pad * 2 + qr_size
        width = x + w - pad - left
        top = y + h - pad
        header = self.t_run.format(run=self.sheet.code, n=slip.position, total=len(self.sheet.slips),
                                   volunteer=self.sheet.volunteer or "—")
        self.text(left, top - 8, f"{self.station} · {header}", 7.5)
        self.text(left, top - 8 - 30 * k, slip.name, 24 * k)
        where = " · ".join(v for v in (slip.group, slip.address) if v)
        cursor = self.wrapped(left, top - 8 - 48 * k, where, 11 * k, width, 2)
        self.text(left, cursor, f"{self.t_phone}: {slip.phone}", 10 * k)
        cursor -= 14 * k
        care = join_list(self.labels[f] for f in slip.care)
        notes = " — ".join(v for v in (care, slip.care_notes) if v)
        if notes:
            cursor = self.wrapped(left, cursor, f"{self.t_care}: {notes}", 10.5 * k, width, 3 if self.big else 2)
        self.parcels(slip, left, cursor - 2, width, y + pad, k)
        self.signature(x + w - pad - 150, y + pad, 150, 60 if self.big else 40)

    def parcels(self, slip: Slip, left: float, top: float, width: float, bottom: float, k: float) -> None:
        step = 11 * k
        self.text(left, top, self.t_parcels.format(count=len(slip.parcels)), 9 * k)
        room = max(1, int((top - bottom) // step))
        shown = slip.parcels if len(slip.parcels) <= room else slip.parcels[:room - 1]
        y = top - step
        for p in shown:
            line = f"{p.pickup_code or '—'}  {p.shelf}  {carrier_name(p.carrier)}  {p.tracking_no}"
            self.wrapped(left + 6, y, line, 9 * k, width - 6 - 160, 1)
            y -= step
        if len(shown) < len(slip.parcels):
            self.text(left + 6, y, self.t_more.format(count=len(slip.parcels) - len(shown)), 9 * k)

    def signature(self, x: float, y: float, w: float, h: float) -> None:
        self.c.rect(x, y, w, h, stroke=1, fill=0)
        self.text(x + 4, y + h - 10, self.t_signature, 7)


def render_slips(sheet: RunSheet, station: str, per_page: int = 4, report: Reporter | None = None) -> bytes:
    """The PDF bytes for a run's slips (no database work: the benchmark times this beside bare reportlab)."""
    if per_page not in PER_PAGE_CHOICES:
        raise InvalidInput("Slips per page must be 4 or 2.", why="slips_per_page")
    if not sheet.slips:
        raise Refused("Run {run} has no slips to print.", why="no_slips", run=sheet.code)
    buffer = io.BytesIO()
    page_w, page_h = A4
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"{sheet.code} {station}")
    painter = SlipPainter(c, cjk_font(), sheet, station, per_page)
    slot_h = (page_h - 2 * MARGIN) / per_page
    total = len(sheet.slips)
    for index, slip in enumerate(sheet.slips):
        slot = index % per_page
        if index and slot == 0:
            c.showPage()
        painter.paint(slip, MARGIN, page_h - MARGIN - (slot + 1) * slot_h, page_w - 2 * MARGIN, slot_h - 4)
        if report is not None and (index % 20 == 19 or index == total - 1):
            report(index + 1, total)
    c.showPage()
    c.save()
    return buffer.getvalue()


@service(Perm.DELIVERY_PLAN, write=False)
def _sheet_for_print(ctx: Ctx, run: str) -> tuple[RunSheet, str]:
    found = get_run(run)
    return build_sheet(found, show_phone=False), this_station().name


def print_slips(ctx: Ctx, run: str, out: Path, per_page: int = 4, report: Reporter | None = None) -> dict:
    """Write the run's slips PDF (phones always masked on paper) and start the run's clock."""
    sheet, station = _sheet_for_print(ctx, run)
    if sheet.status not in OPEN_RUN_STATUSES:
        raise Refused("Run {run} is finished; its slips can no longer be scanned, so they are not printed.",
                      why="run_finished",
                      run=sheet.code)
    data = render_slips(sheet, station, per_page, report)
    write_atomically(Path(out), data)
    mark_slips_printed(ctx, sheet.gid)
    return {"run": sheet.gid, "code": sheet.code, "out": str(out), "slips": len(sheet.slips),
            "pages": -(-len(sheet.slips) // per_page)}
