"""The delivery slips PDF: four slips per A4 page (cut along the lines), or two (one per half page).

Each slip: a QR code of `VS1.<slip id>.<tag>` (nothing personal), the short slip code, the resident's
name in large type, village group and landmark, masked phone, care flags and notes, the parcels, a tick
box per outcome and a signature box; page numbers "第 1 / 2 页". The QR is drawn as vector rectangles
from qrcode's matrix: crisp at any printer dpi and much faster than embedding an image per slip.
"""
import io
from collections.abc import Callable
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_ALPHA_NUM, QRData
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from station.context import Ctx
from station.delivery import OPEN_RUN_STATUSES, OUTCOME_LABELS, Outcome
from station.delivery.runs import get_run, mark_slips_printed
from station.delivery.stops import RunSheet, Slip, SlipParcel, build_sheet
from station.errors import InvalidInput, Refused
from station.files import write_atomically
from station.i18n import join_list, tr
from station.identity import this_station
from station.parcels.carriers import carrier_name
from station.pdf import MIN_PT, NAME_PT, cjk_font, fit_lines, page_label, shrink_to_fit
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
    """Lays out one slip in a box; the labels are translated once per PDF, not per slip.

    Three columns: QR code, slip code and "scan when back" on the left; run header, name (≥ 20 pt),
    address, phone, care notes and parcels in the middle; outcome tick boxes and the signature box on the
    right. No text under MIN_PT; every text is wrapped or cut to its column, never drawn past it."""

    def __init__(self, c: Canvas, font: str, sheet: RunSheet, station: str, per_page: int) -> None:
        self.c, self.font, self.sheet, self.station = c, font, sheet, station
        self.k = 1.4 if per_page == 2 else 1.0
        self.parcel_pt = 10.5 if per_page == 4 else 12.5  # room for code, carrier and tracking tail
        self.labels = {k: tr(*v) for k, v in CARE_LABELS.items()}
        self.outcomes = [tr(*OUTCOME_LABELS[o]) for o in Outcome]
        self.t_run = tr("Slips", "Run {run} · stop {n}/{total} · volunteer {volunteer}")
        self.t_address = tr("Slips", "Address: {address}")
        self.t_phone = tr("Slips", "Phone: {phone}")
        self.t_care = tr("Slips", "Care: {care}")
        self.t_signature = tr("Slips", "Signature / fingerprint")
        self.t_parcels = tr("Slips", "Parcels ({count})")
        self.t_parcel = tr("Slips", "Code {code}")
        self.t_shelf = tr("Slips", "shelf {shelf}")
        self.t_more = tr("Slips", "… and {count} more")
        self.t_scan = tr("Slips", "Scan at the counter when back")
        self.t_outcome = tr("Slips", "Outcome (tick one):")
        self.forms: set[str] = set()

    def lines(self, x: float, y: float, value: str, size: float, width: float, max_lines: int,
              leading: float = 1.25) -> float:
        """Draw `value` wrapped into `width` (cut with an ellipsis past `max_lines`); returns the next baseline."""
        self.c.setFont(self.font, size)
        for line in fit_lines(value, self.font, size, width, max_lines):
            self.c.drawString(x, y, line)
            y -= size * leading
        return y

    def paint(self, slip: Slip, x: float, y: float, w: float, h: float) -> None:
        c, k, pad = self.c, self.k, 10
        c.setDash(4, 3)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setDash()
        top = y + h - pad
        qr_size = min(h * 0.55, 125)
        draw_qr(c, qr_rows(slip.payload), x + pad, top - qr_size, qr_size)
        code_size = shrink_to_fit(slip.slip_code, self.font, 16 * k, qr_size + pad)
        self.lines(x + pad, top - qr_size - 18 * k, slip.slip_code, code_size, qr_size + pad, 1)
        self.lines(x + pad, top - qr_size - 32 * k, self.t_scan, MIN_PT * k, qr_size + pad, 2, 1.15)
        left = x + pad * 2.5 + qr_size
        right_w = min(170 * k, w * 0.32)
        right = x + w - pad - right_w
        header = self.t_run.format(run=self.sheet.code, n=slip.position, total=len(self.sheet.slips),
                                   volunteer=self.sheet.volunteer or "—")
        self.lines(left, top - MIN_PT * k, f"{self.station} · {header}", MIN_PT * k, x + w - pad - left, 1)
        self.details(slip, left, top - 16 * k, right - pad - left, y + pad)
        self.ticks(right, top - 16 * k, right_w, y + pad)

    def details(self, slip: Slip, left: float, top: float, width: float, bottom: float) -> None:
        k = self.k
        name_size = shrink_to_fit(slip.name, self.font, 24 * k, width, NAME_PT * k)
        cursor = self.lines(left, top - name_size, slip.name, name_size, width, 2, 1.1) - 4 * k
        where = " · ".join(v for v in (slip.group, slip.address) if v)
        if where:
            cursor = self.lines(left, cursor, self.t_address.format(address=where), 12 * k, width, 2)
        cursor = self.lines(left, cursor, self.t_phone.format(phone=slip.phone), 11 * k, width, 1)
        care = join_list(self.labels[f] for f in slip.care)
        notes = " — ".join(v for v in (care, slip.care_notes) if v)
        if notes:
            cursor = self.lines(left, cursor, self.t_care.format(care=notes), 11 * k, width, 2)
        self.parcels(slip, left, cursor - 2, width, bottom)

    def parcel_line(self, p: SlipParcel, width: float) -> str:
        """取件码 3-2-1045 · 顺丰 SF…: the shelf only where the code doesn't already start with it."""
        parts = [self.t_parcel.format(code=p.pickup_code or "—")]
        if p.shelf and not (p.pickup_code or "").startswith(f"{p.shelf}-"):
            parts.append(self.t_shelf.format(shelf=p.shelf))
        carrier = carrier_name(p.carrier)
        for tracking in (p.tracking_no, p.tracking_no[-6:], ""):  # the tracking number's tail is enough
            line = " · ".join([*parts, f"{carrier} {tracking}".strip()])
            if stringWidth(line, self.font, self.parcel_pt) <= width:
                break
        return line

    def parcels(self, slip: Slip, left: float, top: float, width: float, bottom: float) -> None:
        k = self.k
        step = self.parcel_pt * 1.25
        self.lines(left, top, self.t_parcels.format(count=len(slip.parcels)), 11 * k, width, 1)
        room = max(1, int((top - step - bottom) // step) + 1)
        shown = slip.parcels if len(slip.parcels) <= room else slip.parcels[:room - 1]
        y = top - step
        for p in shown:
            self.lines(left + 6, y, self.parcel_line(p, width - 6), self.parcel_pt, width - 6, 1)
            y -= step
        if len(shown) < len(slip.parcels):
            more = self.t_more.format(count=len(slip.parcels) - len(shown))
            self.lines(left + 6, y, more, self.parcel_pt, width - 6, 1)

    def ticks(self, x: float, top: float, width: float, bottom: float) -> None:
        """One box per outcome to tick at the door, then the signature box filling what is left.

        The same on every slip, so drawn once as a form and placed on each (a smaller, faster PDF)."""
        name = f"ticks{round(top - bottom)}"
        if name not in self.forms:
            self.c.beginForm(name)
            self.draw_ticks(width, top - bottom)
            self.c.endForm()
            self.forms.add(name)
        self.c.saveState()
        self.c.translate(x, bottom)
        self.c.doForm(name)
        self.c.restoreState()

    def draw_ticks(self, width: float, height: float) -> None:
        c, k = self.c, self.k
        size, box = 10.5 * k, 9 * k
        y = self.lines(0, height - size, self.t_outcome, size, width, 1)
        for label in self.outcomes:
            c.rect(0, y - 1, box, box, stroke=1, fill=0)
            y = self.lines(box + 4 * k, y, label, size, width - box - 4 * k, 2, 1.2) - 1.5 * k
        sign_top = y + size - 2 * k
        c.rect(0, 0, width, sign_top, stroke=1, fill=0)
        self.lines(4, sign_top - MIN_PT * k - 2, self.t_signature, MIN_PT * k, width - 8, 1)


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
    pages = -(-total // per_page)
    for index, slip in enumerate(sheet.slips):
        slot = index % per_page
        if index and slot == 0:
            c.showPage()
        if slot == 0:
            c.setFont(painter.font, MIN_PT)
            c.drawRightString(page_w - MARGIN, MARGIN - 16, page_label(index // per_page + 1, pages))
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
