"""station parcel intake | pickup | list | prealert — the counter's services from the command line."""
from dataclasses import asdict

from station.clock import format_time, local
from station.errors import InvalidInput, NotFound, Refused
from station.i18n import join_list, ntr, tr
from station.parcels import ParcelStatus
from station.parcels.handout import hand_out, waiting_for
from station.parcels.intake import CHOOSE, NO_MATCH, STORED, IntakeResult, intake, register_prealert
from station.parcels.views import ParcelView, relation_name, status_name
from ui.cli.framework import Invocation, Output, command, group


def register(subparsers) -> None:
    parcel = group(subparsers, "parcel", "parcels at the counter")
    cmd = command(parcel, "intake", run_intake, "take in a parcel: prints its pickup code and shelf")
    cmd.add_argument("tracking", help="the tracking number on the waybill")
    cmd.add_argument("--phone", default=None, help="full mobile number or its last 4 digits")
    cmd.add_argument("--name", default=None, help="resident's name (with a full phone: adds a new resident)")
    cmd.add_argument("--cod", default=None, metavar="YUAN", help="amount to pay on collection (到付 / 代收货款)")
    cmd = command(parcel, "pickup", run_pickup, "hand out every waiting parcel of the code's resident")
    cmd.add_argument("code", help="pickup code like 3-2-1045 (or a phone tail or name with one match)")
    cmd.add_argument("--receiver", default="", help="who takes them (default: the resident)")
    cmd.add_argument("--relation", default="本人", help="receiver's relation to the resident, e.g. 女儿")
    cmd.add_argument("--only-code", action="store_true", help="hand out only the parcel with this code")
    cmd = command(parcel, "list", run_list, "parcels, newest first")
    cmd.add_argument("--status", choices=[s.value for s in ParcelStatus], default=None, metavar="STATUS",
                     help="only this status: waiting, out_for_delivery, picked_up, delivered, problem, returned")
    cmd.add_argument("--limit", type=int, default=50, help="at most this many parcels (1-10000, default 50)")
    cmd = command(parcel, "prealert", run_prealert, "expect a tracking number for a resident")
    cmd.add_argument("tracking", help="the tracking number to expect")
    cmd.add_argument("--phone", required=True, help="the resident's phone (a tail must match one resident)")
    cmd.add_argument("--note", default="", help="shown at intake when the parcel arrives")


def parcel_line(p: ParcelView) -> str:
    return f"{p.pickup_code:<10} {p.shelf:<5} {status_name(p.status):<10} {p.carrier_name:<12} {p.tracking_no:<20} " \
           f"{p.resident_name} ****{p.phone_tail}"


def intake_output(result: IntakeResult) -> Output:
    """The stored parcel, or one clear error saying what is missing."""
    if result.outcome == STORED:
        p = result.parcel
        text = tr("Cli", "Code {code}  shelf {shelf}  {name}  ({carrier})").format(
            code=p.pickup_code, shelf=p.shelf, name=p.resident_name, carrier=p.carrier_name)
        if result.prealert_note is not None:
            text += "\n" + tr("Cli", "Expected parcel (pre-alert): {note}").format(note=result.prealert_note)
        if result.cod and result.cod["status"] == "held":
            text += "\n" + tr("Cli", "HELD — ¥{amount} to pay on collection. {warning}").format(
                amount=f"{result.cod['amount_fen'] / 100:.2f}", warning=result.cod["warning"])
        return Output(result.to_dict(), text)
    if result.outcome == CHOOSE:
        who = join_list(f"{c.name} ({c.group or '-'}) ****{c.phone_tail}" for c in result.candidates)
        raise Refused("Several residents match: {who}. Give the full phone number.", why="ambiguous_resident", who=who)
    if result.outcome == NO_MATCH:
        raise NotFound("No resident matches. Give the full phone number and --name to add them.", why="resident")
    raise InvalidInput("Who is {tracking} for? Give --phone or --name.",
                       why="resident_missing", tracking=result.tracking)


def run_intake(inv: Invocation) -> Output:
    a = inv.args
    cod = 0
    if a.cod is not None:
        from station.orders.money import parse_yuan

        cod = parse_yuan(a.cod)
    return intake_output(intake(inv.ctx(), a.tracking, phone=a.phone, name=a.name, cod_fen=cod))


def run_pickup(inv: Invocation) -> Output:
    a, ctx = inv.args, inv.ctx()
    lookup = waiting_for(ctx, a.code)
    if len(lookup.matches) != 1:
        raise Refused("{n} residents match {query}; use the pickup code.",
                      why="ambiguous_resident", n=len(lookup.matches), query=a.code)
    parcels = lookup.matches[0].parcels
    if a.only_code:
        parcels = [p for p in parcels if p.pickup_code == a.code]
    done = hand_out(ctx, [p.gid for p in parcels], a.receiver, a.relation)
    lines = [ntr("Cli", "Handed out 1 parcel to {receiver} ({relation}):",
                 "Handed out {count} parcels to {receiver} ({relation}):", len(done.parcels),
                 receiver=done.receiver_name, relation=relation_name(done.receiver_relation))]
    lines += ["  " + parcel_line(p) for p in done.parcels]
    until = format_time(local(done.undo_until))
    lines.append(tr("Cli", "Undo until {until}: handout {id}").format(until=until, id=done.handout_id))
    return Output(done.to_dict(), "\n".join(lines))


def run_list(inv: Invocation) -> Output:
    a = inv.args
    if a.limit < 1 or a.limit > 10_000:
        raise InvalidInput("--limit is between 1 and 10000.", why="limit")
    from station.parcels.search import list_parcels

    rows = list_parcels(inv.ctx(), a.status, a.limit)
    return Output([asdict(p) for p in rows], "\n".join(parcel_line(p) for p in rows))


def run_prealert(inv: Invocation) -> Output:
    from station.residents import find_residents

    a, ctx = inv.args, inv.ctx()
    found = find_residents(ctx, a.phone)
    if len(found) != 1:
        raise NotFound("No single resident has phone {phone}.", why="resident", phone=a.phone)
    alert = register_prealert(ctx, a.tracking, found[0].gid, a.note)
    return Output(alert, tr("Cli", "Expecting {tracking} for {name}.").format(tracking=alert["tracking"],
                                                                              name=found[0].name))



