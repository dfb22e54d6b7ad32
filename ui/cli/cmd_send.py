"""station send add|list|handover — outgoing parcels (寄件) and the carrier's handover list."""
from station.i18n import ntr, tr
from ui.cli.framework import Invocation, Output, command, group, lazy


def register(subparsers) -> None:
    send = group(subparsers, "send", "outgoing parcels residents send (寄件)")
    cmd = command(send, "add", run_add, "take in a parcel a resident sends")
    cmd.add_argument("--sender", required=True, help="the sender's full phone number")
    cmd.add_argument("--carrier", required=True, help="the carrier, e.g. 中通 (the handover uses the same name)")
    cmd.add_argument("--tracking", default="", help="the tracking number on the waybill (needed)")
    cmd.add_argument("--fee", required=True, help="postage paid in cash (yuan)")
    cmd.add_argument("--inspected", action="store_true", help="the box was opened and inspected (开箱验视)")
    cmd.add_argument("--id-checked", action="store_true",
                     help="staff saw the sender's ID card (实名收寄; no ID number is stored)")
    cmd.add_argument("--recipient", default="", help="who and where it goes, as on the waybill (name, place)")
    cmd.add_argument("--note", default="", help="a note (at most 200 characters)")
    cmd = command(send, "list", run_list, "outgoing parcels, newest first")
    cmd.add_argument("--carrier", default=None, help="only this carrier (as entered with send add)")
    cmd.add_argument("--waiting", action="store_true", help="only those not yet handed to the courier")
    cmd = command(send, "handover", run_handover, "hand every waiting parcel of a carrier to its courier")
    cmd.add_argument("--carrier", required=True, help="the carrier, as entered with send add")
    cmd.add_argument("--courier", default="", help="the courier's name")
    cmd.add_argument("--out", default=None, help="write the handover list (PDF) for the courier to sign")


def line(p) -> str:
    state = tr("Cli", "handed over") if p.handover_id else tr("Cli", "waiting for the courier")
    checks = "".join((tr("Cli", " ID seen") if p.id_checked else tr("Cli", " ID NOT seen"),
                      tr("Cli", " inspected") if p.inspected else tr("Cli", " NOT inspected")))
    return f"{p.id}  {p.carrier:<8} {p.tracking:<20} {p.sender_name:<6} ¥{p.fee_fen / 100:.2f} {state}{checks}"


def run_add(inv: Invocation) -> Output:
    from station.orders.money import parse_yuan
    from station.orders.send import send_parcel

    a = inv.args
    view = send_parcel(inv.ctx(), a.sender, a.carrier, a.tracking, parse_yuan(a.fee), a.inspected, a.id_checked,
                       a.note, a.recipient)
    return Output(view.to_dict(), line(view))


def run_list(inv: Invocation) -> Output:
    rows = lazy("station.orders.send:list_outgoing")(inv.ctx(), inv.args.carrier, inv.args.waiting)
    return Output([r.to_dict() for r in rows], "\n".join(line(r) for r in rows))


def run_handover(inv: Invocation) -> Output:
    from station.errors import FileProblem
    from station.orders.send import hand_over

    a = inv.args
    done = hand_over(inv.ctx(), a.carrier, a.courier)
    data = done.to_dict()
    text = ntr("Cli", "1 parcel handed to {carrier}.", "{count} parcels handed to {carrier}.", len(done.parcels),
               carrier=done.carrier)
    if a.out:
        from station.orders.printouts import handover_pdf

        try:
            data["path"] = str(handover_pdf(done, a.out))
        except OSError as exc:
            raise FileProblem(exc) from exc
        text += "\n" + tr("Cli", "Handover list written to {path}").format(path=data["path"])
    return Output(data, text)
