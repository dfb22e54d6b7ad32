"""The page's small questions (reason, carrier, amount …) and the services they call, each in an Op."""
from station.errors import StationError
from station.i18n import N_, tr
from station.orders.money import parse_yuan
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
    """The return form over the items this order's resident may return to this merchant, read in an Op."""
    from station.orders.return_items import return_candidates

    ctx = page.session.ctx
    Op(lambda: return_candidates(ctx, order_id), parent=page).success(lambda found: _return_form(page, found)).run()


def _return_form(page, candidates: list[dict]) -> None:
    from station.orders.returns import start_return as start
    from ui.orders.return_dialog import ReturnDialog

    if not candidates:
        messages.bridge().info(tr("Orders", "Every item of this order is in a return already."))
        return
    dialog = ReturnDialog(page, candidates)
    page.dialog = dialog
    ctx = page.session.ctx

    def save() -> None:
        chosen = dialog.values()
        if not chosen.picks:
            messages.bridge().warning(tr("Orders", "Tick at least one item to return."))
            return
        page._do(lambda: start(ctx, order_id=chosen.order_ids, reason=chosen.reason, no_reason=chosen.no_reason,
                               outcome=chosen.outcome, items=chosen.picks), tr("Orders", "Return started."))

    dialog.accepted.connect(save)
    dialog.open()


def exchanged(page, return_id: str) -> None:
    """The replacement came: the exchange is done (its tracking number, when there is one, is kept)."""
    from station.orders.returns import complete_exchange

    tracking = _text(page, tr("Orders", "Replacement received"),
                     tr("Orders", "The replacement parcel's tracking number (may be empty)"))
    if tracking is None:
        return
    ctx = page.session.ctx
    page._do(lambda: complete_exchange(ctx, return_id, tracking), tr("Orders", "Exchange done."))


def send_parcel(page) -> None:
    """The outgoing-parcel form; saved in an Op, the new parcel selected in its tab."""
    from station.errors import StationError
    from station.orders.send import send_parcel as send
    from ui.orders.send_dialog import SendDialog

    dialog = SendDialog(page, page.session.ctx)
    page.dialog = dialog
    ctx = page.session.ctx

    def save() -> None:
        try:
            typed = dialog.values()
        except StationError as exc:
            messages.bridge().warning(exc.message())
            return
        Op(lambda: send(ctx, typed.sender, typed.carrier, typed.tracking, typed.fee_fen, typed.inspected,
                        typed.id_checked, typed.note, typed.recipient), parent=page).success(
            lambda view: _sent(page, view)).run()

    dialog.accepted.connect(save)
    dialog.open()


def _sent(page, view) -> None:
    messages.bridge().info(tr("Orders", "Parcel {tracking} taken in for {carrier}.").format(
        tracking=view.tracking, carrier=view.carrier))
    page.session.notify("orders")
    page.refresh(("outgoing", view.id))


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

