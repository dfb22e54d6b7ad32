"""station cash list|day|count|add|reverse, station cod list|pay|refuse, station merchant flag|list|unflag —
the cash ledger, the cash-on-delivery guard and the station's own merchant warnings."""
from station.i18n import tr
from ui.cli.framework import Invocation, Output, command, group, lazy


def register(subparsers) -> None:
    cash = group(subparsers, "cash", "the cash ledger and its daily reconciliation")
    cmd = command(cash, "list", run_list, "cash entries, newest first")
    cmd.add_argument("--date", default=None, help="one station day YYYY-MM-DD")
    cmd = command(cash, "day", run_day, "a station day's reconciliation (opening, entries, closing, counted)")
    cmd.add_argument("--date", required=True, help="the station day YYYY-MM-DD")
    cmd.add_argument("--out", default=None, help="write the reconciliation sheet (PDF)")
    cmd = command(cash, "count", run_count, "record the cash counted in the drawer")
    cmd.add_argument("--date", required=True, help="the station day YYYY-MM-DD")
    cmd.add_argument("--amount", required=True, help="yuan (0 allowed)")
    cmd = command(cash, "add", run_add, "a sum no other record explains (cash handed to a courier …)")
    cmd.add_argument("--kind", required=True, choices=["courier_settlement", "other_in", "other_out"],
                     help="courier_settlement (cash handed to a courier), other_in (other cash received) or "
                          "other_out (other cash paid out)")
    cmd.add_argument("--amount", required=True, help="yuan")
    cmd.add_argument("--note", required=True, help="what the cash was for")
    cmd = command(cash, "reverse", run_reverse, "correct a wrong entry by its opposite")
    cmd.add_argument("entry", help="the entry's id (shown by cash list)")
    cmd.add_argument("--note", required=True, help="why it is corrected")
    cod = group(subparsers, "cod", "parcels with an amount to pay on collection (到付 / 代收货款)")
    cmd = command(cod, "list", run_cod_list, "amounts on collection, newest first")
    cmd.add_argument("--status", choices=["held", "expected", "paid", "refused"], default=None,
                     help="only this state: held (nobody ordered it), expected (ordered through the station), "
                          "paid or refused")
    cmd = command(cod, "pay", run_cod_pay, "the resident agreed and paid (a cash entry)")
    cmd.add_argument("parcel", metavar="TRACKING", help="the parcel's tracking number")
    cmd = command(cod, "refuse", run_cod_refuse, "nobody ordered it: back to the courier")
    cmd.add_argument("parcel", metavar="TRACKING", help="the parcel's tracking number")
    cmd.add_argument("--courier", required=True, help="name of the courier taking it back")
    merchant = group(subparsers, "merchant", "merchants this station warns about")
    cmd = command(merchant, "flag", run_flag, "warn about a merchant at order time")
    cmd.add_argument("name", help="the merchant's name, as on the platform (at most 60 characters)")
    cmd.add_argument("--reason", required=True, help="why staff are warned (at most 200 characters)")
    command(merchant, "list", run_merchant_list, "the town's watch list and this station's flags (with their ids)")
    cmd = command(merchant, "unflag", run_unflag, "remove a station flag")
    cmd.add_argument("id", help="the flag's id (shown by merchant list)")


def _yuan(fen) -> str:
    from station.orders.money import yuan

    return yuan(fen)


def entry_line(e) -> str:
    from station.clock import format_time, local
    from station.orders.cash import kind_name

    mark = tr("Cli", " (reversed)") if e.reversed_by else ""
    return f"{e.gid}  {format_time(local(e.at))}  {kind_name(e.kind):<16} ¥{_yuan(e.amount_fen):>9}  {e.note}{mark}"


def run_list(inv: Invocation) -> Output:
    rows = lazy("station.orders.cash:list_entries")(inv.ctx(), inv.args.date)
    return Output([e.to_dict() for e in rows], "\n".join(entry_line(e) for e in rows))


def run_day(inv: Invocation) -> Output:
    from station.errors import FileProblem
    from station.orders.cash import cash_day
    from station.orders.printouts import balance_text, cash_day_lines

    sheet = cash_day(inv.ctx(), inv.args.date)
    data = sheet.to_dict()
    text = "\n".join(t for _, t in cash_day_lines(sheet) if t)
    if inv.args.out:
        from station.orders.printouts import cash_day_pdf

        try:
            data["path"] = str(cash_day_pdf(sheet, inv.args.out))
        except OSError as exc:
            raise FileProblem(exc) from exc
    data["balance_text"] = balance_text(sheet)
    return Output(data, text)


def run_count(inv: Invocation) -> Output:
    from station.errors import InvalidInput
    from station.orders.cash import count_cash
    from station.orders.money import parse_yuan

    raw = str(inv.args.amount).strip()
    if raw in ("0", "0.0", "0.00"):
        fen = 0
    elif raw.startswith("-"):
        raise InvalidInput("Counted cash must be zero or more.", why="bad_count")
    else:
        fen = parse_yuan(raw)
    done = count_cash(inv.ctx(), inv.args.date, fen)
    return Output(done, tr("Cli", "Counted ¥{amount} for {day}.").format(amount=_yuan(fen), day=done["day"]))


def run_add(inv: Invocation) -> Output:
    from station.orders.cash import record_cash
    from station.orders.money import parse_yuan

    a = inv.args
    entry = record_cash(inv.ctx(), a.kind, parse_yuan(a.amount), a.note)
    return Output(entry.to_dict(), entry_line(entry))


def run_reverse(inv: Invocation) -> Output:
    entry = lazy("station.orders.cash:reverse_entry")(inv.ctx(), inv.args.entry, inv.args.note)
    return Output(entry.to_dict(), entry_line(entry))


def cod_line(c) -> str:
    warning = f"  {c.warning}" if c.warning else ""
    return f"{c.id}  {c.tracking:<20} {c.resident_name:<6} ¥{_yuan(c.amount_fen)}  {c.status_name}{warning}"


def run_cod_list(inv: Invocation) -> Output:
    rows = lazy("station.orders.cod:list_cod")(inv.ctx(), inv.args.status)
    return Output([c.to_dict() for c in rows], "\n".join(cod_line(c) for c in rows))


def run_cod_pay(inv: Invocation) -> Output:
    view = lazy("station.orders.cod:pay_cod")(inv.ctx(), inv.args.parcel)
    return Output(view.to_dict(), cod_line(view))


def run_cod_refuse(inv: Invocation) -> Output:
    view = lazy("station.orders.cod:refuse_cod")(inv.ctx(), inv.args.parcel, inv.args.courier)
    return Output(view.to_dict(), cod_line(view))


def run_flag(inv: Invocation) -> Output:
    done = lazy("station.orders.watch:flag_merchant")(inv.ctx(), inv.args.name, inv.args.reason)
    return Output(done, tr("Cli", "{name} flagged: {reason}").format(**done))


def run_merchant_list(inv: Invocation) -> Output:
    rows = lazy("station.orders.watch:list_watch")(inv.ctx())
    lines = [f"{r['id']}  {r['listed_by']}" for r in rows] or [tr("Cli", "No merchant is on a watch list.")]
    return Output(rows, "\n".join(lines))


def run_unflag(inv: Invocation) -> Output:
    done = lazy("station.orders.watch:unflag_merchant")(inv.ctx(), inv.args.id)
    return Output(done, tr("Cli", "Flag removed from {name}.").format(**done))
