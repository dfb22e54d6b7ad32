"""station order add|list|show|ship|cancel|done|receipt and station return start|handoff|refund|list —
assisted orders and returns from the command line (amounts in yuan, kept as fen)."""
from station.i18n import tr
from ui.cli.framework import Invocation, Output, command, group, lazy

ORDER_STATES = ["placed", "shipped", "arrived", "collected", "delivered", "done", "cancelled"]
REASONS = ["changed_mind", "quality", "damaged", "wrong_item", "not_as_described", "missing_parts", "found_at_door"]


def register(subparsers) -> None:
    order = group(subparsers, "order", "assisted orders placed for residents (代下单)")
    cmd = command(order, "add", run_add, "place an order for a resident: prints the order's id")
    cmd.add_argument("--resident", required=True, help="the resident's full phone number")
    cmd.add_argument("--platform", required=True, help="where it was bought, e.g. 拼多多")
    cmd.add_argument("--merchant", required=True, help="the shop on the platform (checked against the watch list)")
    cmd.add_argument("--item", action="append", default=[], metavar="NAME:QTY:PRICE[:EXCEPTION]",
                     help="an item; price in yuan; EXCEPTION excludes it from no-reason returns (perishable …)")
    cmd.add_argument("--paid-by", required=True, choices=["resident_cash", "family", "own_account"],
                     help="resident_cash (cash at the station), family (a relative paid) or own_account (the "
                          "resident's own account)")
    cmd.add_argument("--payer-name", default="", help="with --paid-by family: who paid")
    cmd.add_argument("--payer-phone", default="", help="with --paid-by family: their phone")
    cmd.add_argument("--consent-by", default="", help="the resident or a registered delegate (their name)")
    cmd.add_argument("--consent-how", default="", choices=["in_person", "phone", ""], metavar="{in_person,phone}",
                     help="how consent was given: in person or by phone (needed)")
    cmd.add_argument("--tracking", default="", help="expected tracking number (becomes a pre-alert)")
    cmd.add_argument("--expected-arrival", default=None, metavar="YYYY-MM-DD",
                     help="the day the merchant says it arrives (printed large on the receipt)")
    cmd.add_argument("--non-returnable", action="store_true", help="confirmed non-returnable at purchase")
    cmd.add_argument("--confirm-watch", action="store_true", help="save although the merchant is on the watch list")
    cmd = command(order, "show", run_show, "one order")
    cmd.add_argument("id", help="the order's id (printed by order add and order list)")
    cmd = command(order, "list", run_list, "orders, newest first")
    cmd.add_argument("--status", choices=ORDER_STATES, default=None, metavar="STATUS",
                     help="only this status: placed, shipped, arrived, collected, delivered, done, cancelled")
    cmd.add_argument("--limit", type=int, default=100, help="at most this many orders (1-10000, default 100)")
    command(order, "cancel", run_cancel, "cancel an order before its parcel arrived").add_argument(
        "id", help="the order's id (printed by order add and order list)")
    command(order, "done", run_done, "close a received order").add_argument(
        "id", help="the order's id (printed by order add and order list)")
    cmd = command(order, "ship", run_ship, "the merchant shipped it (optionally with the tracking number)")
    cmd.add_argument("id", help="the order's id (printed by order add and order list)")
    cmd.add_argument("--tracking", default="", help="the tracking number the merchant gave (becomes a pre-alert)")
    cmd.add_argument("--expected-arrival", default=None, metavar="YYYY-MM-DD", help="the new expected arrival")
    cmd = command(order, "receipt", run_receipt, "the resident's receipt in large type (PDF)")
    cmd.add_argument("id", help="the order's id (printed by order add and order list)")
    cmd.add_argument("--out", required=True, help="PDF file to write")
    _register_returns(subparsers)


def _register_returns(subparsers) -> None:
    ret = group(subparsers, "return", "returns for residents (代退换)")
    cmd = command(ret, "start", run_start, "start a return: prints the return's id")
    source = cmd.add_mutually_exclusive_group(required=True)
    source.add_argument("--order", action="append", default=None, metavar="ID",
                        help="an order; repeat it for one return over several orders of one resident and merchant")
    source.add_argument("--parcel", default=None, metavar="CODE_OR_TRACKING",
                        help="or a collected parcel without an order: its tracking number or pickup code")
    cmd.add_argument("--reason", required=True, choices=REASONS, metavar="REASON",
                     help="changed_mind, quality, damaged, wrong_item, not_as_described, missing_parts or "
                          "found_at_door")
    cmd.add_argument("--no-reason", action="store_true", help="a 7-day no-reason return")
    cmd.add_argument("--outcome", default="refund", choices=["refund", "exchange", "refund_without_return"],
                     help="refund (default), exchange or refund_without_return")
    cmd.add_argument("--note", default="", help="note kept with the return")
    cmd.add_argument("--paid", default=None, help="for a parcel without an order: what was paid (yuan)")
    cmd.add_argument("--item", action="append", default=[], metavar="ORDER:ITEM[:QTY]",
                     help="return only this item (its number in `order show`, or its name); repeatable")
    cmd = command(ret, "handoff", run_handoff, "the return parcel goes to a courier")
    cmd.add_argument("id", help="the return's id (printed by return start and return list)")
    cmd.add_argument("--carrier", required=True, help="the carrier taking the return parcel, e.g. 中通")
    cmd.add_argument("--tracking", default="", help="the return parcel's tracking number (needed)")
    cmd.add_argument("--refund-due", default=None, help="expected refund date YYYY-MM-DD (default: in 7 days)")
    cmd = command(ret, "refund", run_refund, "confirm the refund came")
    cmd.add_argument("id", help="the return's id (printed by return start and return list)")
    cmd.add_argument("--amount", required=True, help="yuan")
    cmd.add_argument("--how", default="original", choices=["original", "cash"],
                     help="original: back to the payment; cash: staff hand it to the resident")
    cmd.add_argument("--date", default=None, help="when it came (YYYY-MM-DD, default today)")
    cmd = command(ret, "exchanged", run_exchanged, "an exchange is done: the replacement arrived or was handed over")
    cmd.add_argument("id", help="the return's id (printed by return start and return list)")
    cmd.add_argument("--replacement", default="", metavar="TRACKING", help="the replacement parcel's tracking number")
    cmd = command(ret, "list", run_returns, "returns; or windows closing soon, or refunds overdue")
    which = cmd.add_mutually_exclusive_group()
    which.add_argument("--closing-soon", action="store_true", help="no-reason windows ending within two days")
    which.add_argument("--overdue", action="store_true", help="refunds past their expected date")
    cmd = command(ret, "show", run_return_show, "one return")
    cmd.add_argument("id", help="the return's id (printed by return start and return list)")


def _yuan(fen) -> str:
    from station.orders.money import yuan

    return yuan(fen)


def order_line(o) -> str:
    ends = f"  {tr('Cli', 'window ends')} {o.window_ends}" if o.window_ends else ""
    return f"{o.id}  {o.status_name:<6} {o.resident_name:<6} {o.merchant:<14} ¥{_yuan(o.total_fen)}{ends}"


def run_add(inv: Invocation) -> Output:
    from station.orders.orders import OrderIn, Payment, parse_item, place_order

    a = inv.args
    order = OrderIn(a.resident, a.platform, a.merchant, [parse_item(i) for i in a.item],
                    Payment(a.paid_by, a.payer_name, a.payer_phone), a.consent_by, a.consent_how, a.tracking,
                    a.non_returnable, a.confirm_watch, a.expected_arrival)
    view = place_order(inv.ctx(), order)
    text = tr("Cli", "Order {id} placed for {name}: ¥{amount}.").format(id=view.id, name=view.resident_name,
                                                                 amount=_yuan(view.total_fen))
    if view.watch_warning:
        text += "\n" + tr("Cli", "Watch list warning recorded: {warning}").format(warning=view.watch_warning)
    return Output(view.to_dict(), text)


def _order_text(o) -> str:
    consent = tr("Cli", "consent by {who} ({how})").format(who=o.consent_by, how=o.consent_how)
    lines = [order_line(o), f"  {o.platform} · {o.merchant} · {consent}"]
    lines += [f"  {n}. {i['name']} × {i['quantity']}  ¥{_yuan(i['unit_price_fen'])} {i['exception']}".rstrip()
              for n, i in enumerate(o.items, 1)]
    if o.tracking:
        lines.append(f"  {tr('Cli', 'expected parcel')} {o.tracking}")
    lines.append(f"  {tr('Cli', 'expected arrival')} {o.expected_arrival or tr('Cli', 'not shipped yet')}")
    return "\n".join(lines)


def run_show(inv: Invocation) -> Output:
    view = lazy("station.orders.orders:show_order")(inv.ctx(), inv.args.id)
    return Output(view.to_dict(), _order_text(view))


def run_list(inv: Invocation) -> Output:
    from station.errors import InvalidInput

    if not 1 <= inv.args.limit <= 10_000:
        raise InvalidInput("--limit is between 1 and 10000.", why="limit")
    rows = lazy("station.orders.orders:list_orders")(inv.ctx(), inv.args.status, inv.args.limit)
    return Output([o.to_dict() for o in rows], "\n".join(order_line(o) for o in rows))


def _order_change(service: str):
    def run(inv: Invocation) -> Output:
        view = lazy(f"station.orders.orders:{service}")(inv.ctx(), inv.args.id)
        return Output(view.to_dict(), order_line(view))

    return run


run_cancel, run_done = _order_change("cancel_order"), _order_change("finish_order")


def run_ship(inv: Invocation) -> Output:
    view = lazy("station.orders.orders:ship_order")(inv.ctx(), inv.args.id, inv.args.tracking,
                                                    inv.args.expected_arrival)
    return Output(view.to_dict(), order_line(view))


def run_receipt(inv: Invocation) -> Output:
    from station.errors import FileProblem
    from station.orders.printouts import order_receipt_pdf

    view = lazy("station.orders.orders:show_order")(inv.ctx(), inv.args.id)
    try:
        path = order_receipt_pdf(view, inv.args.out)
    except OSError as exc:
        raise FileProblem(exc) from exc
    return Output({"id": view.id, "path": str(path)}, tr("Cli", "Receipt written to {path}").format(path=path))


def _reason(code: str) -> str:
    return lazy("station.orders.returns:reason_name")(code)


def return_line(r) -> str:
    due = f"  {tr('Cli', 'refund due')} {r.refund_due}" if r.refund_due and not r.refunded_at else ""
    orders = f"  {tr('Cli', '{count} orders').format(count=len(r.orders))}" if len(r.orders) > 1 else ""
    return (f"{r.id}  {r.status_name:<6} {r.resident_name:<6} {r.merchant:<14} {_reason(r.reason)}  "
            f"{tr('Cli', 'window ends')} {r.window_ends}{due}{orders}")


def run_start(inv: Invocation) -> Output:
    from station.orders.money import parse_yuan
    from station.orders.return_items import parse_pick
    from station.orders.returns import start_return

    a = inv.args
    paid = parse_yuan(a.paid) if a.paid is not None else None
    picks = [parse_pick(text) for text in a.item]
    view = start_return(inv.ctx(), a.order, a.parcel, a.reason, a.no_reason, a.outcome, a.note, paid, picks)
    return Output(view.to_dict(), tr("Cli", "Return {id} started; window ends {day}.").format(id=view.id,
                                                                                       day=view.window_ends))


def run_handoff(inv: Invocation) -> Output:
    a = inv.args
    view = lazy("station.orders.returns:hand_off_return")(inv.ctx(), a.id, a.carrier, a.tracking, a.refund_due)
    return Output(view.to_dict(), return_line(view))


def run_exchanged(inv: Invocation) -> Output:
    view = lazy("station.orders.returns:complete_exchange")(inv.ctx(), inv.args.id, inv.args.replacement)
    return Output(view.to_dict(), return_line(view))


def run_refund(inv: Invocation) -> Output:
    from station.orders.money import parse_yuan
    from station.orders.returns import confirm_refund

    a = inv.args
    view = confirm_refund(inv.ctx(), a.id, parse_yuan(a.amount), a.how, a.date)
    return Output(view.to_dict(), tr("Cli", "Refund of ¥{amount} confirmed for return {id}.").format(
        amount=_yuan(view.refund_fen), id=view.id))


def run_returns(inv: Invocation) -> Output:
    a, ctx = inv.args, inv.ctx()
    if a.closing_soon:
        rows = lazy("station.orders.lists:closing_soon")(ctx)
        return Output(rows, "\n".join(f"{r['id']}  {r['resident_name']:<6} {r['merchant']:<14} "
                                      f"{tr('Cli', 'window ends')} {r['window_ends']}" for r in rows))
    if a.overdue:
        rows = lazy("station.orders.lists:overdue_refunds")(ctx)
        return Output(rows, "\n".join(f"{r['id']}  {r['resident_name']:<6} {r['merchant']:<14} "
                                      f"{tr('Cli', 'refund due')} {r['refund_due']}" for r in rows))
    rows = lazy("station.orders.returns:list_returns")(ctx)
    return Output([r.to_dict() for r in rows], "\n".join(return_line(r) for r in rows))


def run_return_show(inv: Invocation) -> Output:
    view = lazy("station.orders.returns:show_return")(inv.ctx(), inv.args.id)
    return Output(view.to_dict(), return_line(view))
