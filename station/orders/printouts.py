"""The orders area's printouts, all with the CJK font embedded: the resident's order receipt in large type,
the handover list a carrier's courier signs, and the cash day's reconciliation sheet."""
import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from station.audit import head_text
from station.clock import format_date, format_time, local
from station.i18n import N_, ntr, tr
from station.identity import this_station
from station.options import STATION_PHONE
from station.orders.cash import CashDay, kind_name
from station.orders.money import yuan
from station.orders.orders import OrderView
from station.orders.send import HandoverView
from station.parcels.printing import fit_font_size, save_pdf
from station.pdf import MIN_PT
from station.settings import read_setting

MARGIN = 18 * mm
WIDTH, HEIGHT = A4

COLUMNS = (0, 12 * mm, 62 * mm, 95 * mm, 140 * mm)  # handover list: no., tracking, sender, checks
PAID_BY = {"resident_cash": N_("Printouts", "Paid in cash at the station"),
           "family": N_("Printouts", "Paid by family: {name}"),
           "own_account": N_("Printouts", "Paid from the resident's own account")}


def _lines(pdf, font: str, lines: list[tuple[float, str]], top: float, left: float = MARGIN,
           gap: float = 1.45) -> float:
    """Draw (size, text) lines downward from `top`, each fitted to the width; returns the next y."""
    y = top
    for size, text in lines:
        size = fit_font_size(text, font, size, WIDTH - left - MARGIN) if text else size
        y -= size * gap
        pdf.setFont(font, size)
        pdf.drawString(left, y, text)
    return y


def order_receipt_lines(order: OrderView) -> list[tuple[float, str]]:
    """Large type for a resident with poor eyesight: 20 pt body, 30 pt heading."""
    paid = PAID_BY.get(order.paid_by)
    paid_text = tr(*paid).format(name=order.payer_name) if paid else order.paid_by
    lines = [(30, this_station().name), (24, tr("Printouts", "Order placed for you")), (20, order.resident_name),
             (16, format_time(local(order.created_at))), (12, "")]
    for item in order.items:
        lines.append((20, f"{item['name']} × {item['quantity']}  ¥{yuan(item['unit_price_fen'] * item['quantity'])}"))
    lines += [(24, tr("Printouts", "Total ¥{amount}").format(amount=yuan(order.total_fen))), (20, paid_text),
              (20, f"{order.platform} · {order.merchant}")]
    lines.append((30, arrival_text(order)))
    if order.tracking:
        lines.append((20, tr("Printouts", "Expected parcel: {tracking}").format(tracking=order.tracking)))
    if order.non_returnable:
        lines.append((18, tr("Printouts", "Confirmed non-returnable at purchase.")))
    phone = read_setting(STATION_PHONE.key)
    lines += [(12, ""), (20, tr("Printouts", "We will call you when it arrives.")),
              (20, tr("Printouts", "Station phone: {phone}").format(phone=phone or "—"))]
    return lines


def arrival_text(order: OrderView) -> str:
    """The line a resident looks for first: when to come (or that the merchant has not shipped yet)."""
    if not order.expected_arrival:
        return tr("Printouts", "Arrival: waiting for the merchant to ship")
    day = dt.date.fromisoformat(order.expected_arrival)
    return tr("Printouts", "Expected arrival: {day}").format(day=format_date(day))


def order_receipt_pdf(order: OrderView, out: Path) -> Path:
    from station.pdf import cjk_font

    font = cjk_font()

    def draw(pdf) -> None:
        pdf.setPageSize(A4)
        pdf.setTitle(tr("Printouts", "Order placed for you"))
        _lines(pdf, font, order_receipt_lines(order), HEIGHT - MARGIN)

    return save_pdf(draw, Path(out))


def handover_pdf(handover: HandoverView, out: Path) -> Path:
    """One row per parcel (tracking, sender, real-name check, inspection), then the courier's signature."""
    from station.pdf import cjk_font

    font = cjk_font()
    yes, no = tr("Printouts", "yes"), tr("Printouts", "NO")

    def draw(pdf) -> None:
        pdf.setTitle(tr("Printouts", "Handover list"))
        head = [(20, tr("Printouts", "Handover list — {carrier}").format(carrier=handover.carrier)),
                (12, f"{this_station().name} · {format_time(local(handover.at))} · "
                     + tr("Printouts", "staff {staff}").format(staff=handover.staff)),
                (12, ntr("Printouts", "1 parcel", "{count} parcels", len(handover.parcels)))]
        y = _lines(pdf, font, head, HEIGHT - MARGIN) - 24
        header = (tr("Printouts", "No."), tr("Printouts", "Tracking number"), tr("Printouts", "Sender"),
                  tr("Printouts", "Real name checked"), tr("Printouts", "Inspected"))
        rows = [header] + [(str(n), p.tracking, p.sender_name, yes if p.id_checked else no, yes if p.inspected else no)
                           for n, p in enumerate(handover.parcels, start=1)]
        for row in rows:
            if y < MARGIN + 60:
                pdf.showPage()
                y = HEIGHT - MARGIN
            pdf.setFont(font, 12)
            for x, text in zip(COLUMNS, row, strict=True):
                pdf.drawString(MARGIN + x, y, text)
            y -= 20
        _lines(pdf, font, [(14, tr("Printouts", "Courier's signature: ____________________   time: ________"))],
               y - 20)

    return save_pdf(draw, Path(out))


def cash_day_lines(sheet: CashDay) -> list[tuple[float, str]]:
    lines = [(20, tr("Printouts", "Cash reconciliation {day}").format(day=format_date(_day(sheet.day)))),
             (12, this_station().name), (8, ""),
             (13, tr("Printouts", "Opening balance: ¥{amount}").format(amount=yuan(sheet.opening_fen)))]
    for e in sheet.entries:
        mark = tr("Printouts", " (reversed)") if e.reversed_by else ""
        clock = format_time(local(e.at))[-5:]
        lines.append((11, f"  {clock}  {kind_name(e.kind)}  ¥{yuan(e.amount_fen)}  {e.note}{mark}"))
    counted = yuan(sheet.counted_fen) if sheet.counted_fen is not None else tr("Printouts", "not counted")
    lines += [(13, tr("Printouts", "Received: ¥{amount}   Paid out: ¥{out}").format(
        amount=yuan(sheet.in_fen), out=yuan(sheet.out_fen))),
        (13, tr("Printouts", "Closing balance: ¥{amount}").format(amount=yuan(sheet.closing_fen))),
        (13, tr("Printouts", "Counted cash: {amount}").format(amount=counted)),
        (16, balance_text(sheet))]
    return lines


def balance_text(sheet: CashDay) -> str:
    """Shown, never hidden: whether the day balances and by how much it does not."""
    if sheet.counted_fen is None:
        return tr("Printouts", "Not balanced yet: the cash has not been counted.")
    if sheet.balanced:
        return tr("Printouts", "Balanced: difference ¥0.00.")
    return tr("Printouts", "DOES NOT BALANCE: difference ¥{amount}.").format(amount=yuan(sheet.difference_fen))


def _day(text: str):
    import datetime as dt

    return dt.date.fromisoformat(text)


def cash_day_pdf(sheet: CashDay, out: Path) -> Path:
    from station.pdf import cjk_font

    font = cjk_font()
    lines = cash_day_lines(sheet)

    def draw(pdf) -> None:
        pdf.setTitle(tr("Printouts", "Cash reconciliation {day}").format(day=sheet.day))
        y = HEIGHT - MARGIN
        for size, text in lines:
            if y < MARGIN + 40:
                pdf.showPage()
                y = HEIGHT - MARGIN
            if text == lines[-1][1] and not sheet.balanced:
                pdf.setFillColorRGB(0.75, 0, 0)
            y = _lines(pdf, font, [(size, text)], y)
        pdf.setFillColorRGB(0, 0, 0)
        y = _lines(pdf, font, [(12, tr("Printouts", "Counted by: ____________   Checked by: ____________"))], y - 24)
        _lines(pdf, font, [(MIN_PT, head_text())], y - 12)  # the audit head on paper: a later rewrite shows against it

    return save_pdf(draw, Path(out))
