"""The page's small questions (reason, carrier, amount …) and the services they call, each in an Op."""
from station.errors import StationError
from station.i18n import N_, tr
from station.orders.money import parse_yuan
from station.orders.returns import OUTCOMES, REASONS
from ui import messages
from ui.ops import Op
from ui.qt import QtWidgets
from ui.tables import open_file


def _text(page, title: str, label: str) -> str | None:
    text, ok = QtWidgets.QInputDialog.getText(page, title, label)
    return text if ok else None


def _choice(page, title: str, label: str, choices: dict) -> str | None:
    labels = [tr(*pair) for pair in choices.values()]
    text, ok = QtWidgets.QInputDialog.getItem(page, title, label, labels, 0, False)
    return list(choices)[labels.index(text)] if ok else None


def _yuan(page, title: str, label: str, zero_ok: bool = False) -> int | None:
    text = _text(page, title, label)
    if text is None:
        return None
    if zero_ok and text.strip() in ("0", "0.0", "0.00"):
        return 0
    try:
        return parse_yuan(text)
    except StationError as exc:
        messages.bridge().warning(exc.message())
        return None


def start_return(page, order_id: str) -> None:
    from station.orders.returns import start_return as start

    title = tr("Orders", "Start a return")
    reason = _choice(page, title, tr("Orders", "Reason"), REASONS)
    if reason is None:
        return
    outcome = _choice(page, title, tr("Orders", "What the resident wants"), OUTCOMES)
    if outcome is None:
        return
    answer = QtWidgets.QMessageBox.question(page, title, tr(
        "Orders", "Is this a 7-day no-reason return? (No: a quality complaint)"))
    no_reason = answer == QtWidgets.QMessageBox.StandardButton.Yes
    ctx = page.session.ctx
    page._do(lambda: start(ctx, order_id=order_id, reason=reason, no_reason=no_reason, outcome=outcome),
             tr("Orders", "Return started."))


def hand_off(page, return_id: str) -> None:
    from station.orders.returns import hand_off_return

    title = tr("Orders", "Return parcel to a courier")
    carrier = _text(page, title, tr("Orders", "Carrier"))
    tracking = _text(page, title, tr("Orders", "Tracking number")) if carrier is not None else None
    if tracking is None:
        return
    ctx = page.session.ctx
    page._do(lambda: hand_off_return(ctx, return_id, carrier, tracking), tr("Orders", "Return parcel handed over."))


def refund(page, return_id: str) -> None:
    from station.orders.returns import confirm_refund

    title = tr("Orders", "Refund received")
    fen = _yuan(page, title, tr("Orders", "Amount (yuan)"))
    if fen is None:
        return
    how = _choice(page, title, tr("Orders", "How"), {"original": N_("Orders", "Back to the original payment"),
                                                     "cash": N_("Orders", "Handed to the resident in cash")})
    if how is None:
        return
    ctx = page.session.ctx
    page._do(lambda: confirm_refund(ctx, return_id, fen, how), tr("Orders", "Refund confirmed."))


def handover(page) -> None:
    from station.orders.printouts import handover_pdf
    from station.orders.send import hand_over

    carriers = sorted({p.carrier for p in page.data.get("outgoing", [])})
    if not carriers:
        messages.bridge().info(tr("Orders", "No outgoing parcels are waiting."))
        return
    carrier, ok = QtWidgets.QInputDialog.getItem(page, tr("Orders", "Handover list"), tr("Orders", "Carrier"),
                                                 carriers, 0, False)
    if not ok:
        return
    ctx, out = page.session.ctx, page.session.data_dir / "prints" / "handover.pdf"

    def work():
        done = hand_over(ctx, carrier)
        return handover_pdf(done, out.with_name(f"handover-{done.id}.pdf"))

    def done(path) -> None:
        open_file(path)
        page.session.notify("orders")
        page.refresh()

    Op(work, parent=page).success(done).run()


def cod_refuse(page, tracking: str) -> None:
    from station.orders.cod import refuse_cod

    courier = _text(page, tr("Orders", "Back to the courier"), tr("Orders", "Courier's name"))
    if courier is None:
        return
    ctx = page.session.ctx
    page._do(lambda: refuse_cod(ctx, tracking, courier), tr("Orders", "The parcel goes back to the courier."))


def count_cash(page) -> None:
    from station.clock import station_today
    from station.orders.cash import count_cash as count

    fen = _yuan(page, tr("Orders", "Count the cash"), tr("Orders", "Cash in the drawer (yuan)"), zero_ok=True)
    if fen is None:
        return
    ctx = page.session.ctx
    page._do(lambda: count(ctx, station_today(ctx.now()), fen), tr("Orders", "Count recorded."))

