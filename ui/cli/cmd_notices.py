"""station notices --out F.pdf, and the counter extras under `station parcel`: problem, problems, resolve,
return, returns, remind, label, notice-log.

The `parcel` group belongs to the counter core's command module; these sub-commands join it when it
exists (so this module is listed after it in commands.py) and make the group otherwise.
"""
import argparse
from pathlib import Path

from station.clock import format_time, local
from station.errors import InvalidInput, NotFound
from station.i18n import ntr, tr
from station.parcels import problems, returns
from station.residents import find_residents
from ui.cli.framework import Invocation, Output, command, group, lazy

notice_board_pdf = lazy("station.parcels.notices:notice_board_pdf")  # imported when run, not at `station gui`


def parcel_group(subparsers):
    """The sub-parsers of `station parcel`, made here if the core's module has not made them."""
    parser = subparsers.choices.get("parcel")
    if parser is None:
        return group(subparsers, "parcel", "parcels at the counter")
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(subparsers) -> None:
    notices = command(subparsers, "notices", run_notices, "print the notice board of waiting parcels (A4 PDF)")
    notices.add_argument("--out", required=True, type=Path, help="PDF file to write")
    notices.add_argument("--by", choices=["group", "code"], default="group", help="sort by village group or code")
    parcel = parcel_group(subparsers)
    problem = command(parcel, "problem", run_problem, "put a parcel into the problem queue")
    problem.add_argument("tracking", help="tracking number (a parcel not taken in yet is taken in now)")
    problem.add_argument("--kind", required=True, choices=list(problems.KINDS), metavar="KIND",
                         help="damaged (needs --photo), unknown_addressee, misaddressed, refused or "
                              "cod_unexpected (cash on delivery nobody ordered)")
    problem.add_argument("--note", default="", help="what is wrong (at most 500 characters)")
    problem.add_argument("--photo", type=Path, help="photo of the damage (JPEG or PNG)")
    command(parcel, "problems", run_problems, "the open problem queue")
    resolve = command(parcel, "resolve", run_resolve, "resolve a problem parcel by giving it to a resident")
    resolve.add_argument("tracking", help="tracking number of the problem parcel")
    resolve.add_argument("--resident", default="", help="resident id")
    resolve.add_argument("--phone", default="", help="full phone number or its last 4 digits")
    resolve.add_argument("--name", default="", help="the resident's name (with --phone: narrows the match)")
    resolve.add_argument("--note", default="", help="note kept with the resolution")
    back = command(parcel, "return", run_return, "hand parcels back to the courier (return to sender)")
    back.add_argument("tracking", nargs="+", help="tracking numbers (all of them go back, or none)")
    back.add_argument("--courier", required=True, help="name of the courier taking them")
    back.add_argument("--reason", choices=list(returns.REASONS), default=None,
                      help="overdue (not collected in time), problem or refused (default: problem for a problem "
                           "parcel, else overdue)")
    back.add_argument("--note", default="", help="note kept with the hand-back")
    command(parcel, "returns", run_returns, "parcels due to go back to the courier")
    command(parcel, "remind", run_remind, "run the reminder rules once")
    label = command(parcel, "label", run_label, "shelf labels for a small label printer (PDF)")
    label.add_argument("codes", nargs="+", help="pickup codes or tracking numbers")
    label.add_argument("--out", required=True, type=Path, help="PDF file to write")
    log = command(parcel, "notice-log", run_notice_log, "the notices a resident was given")
    log.add_argument("resident", help="resident id, phone, phone tail or name")


def run_notices(inv: Invocation) -> Output:
    result = notice_board_pdf(inv.ctx(), inv.args.out, inv.args.by)
    return Output(result, tr("Cli", "Notice board written to {path}: {parcels} for {people}, {pages}.").format(
        path=result["path"], parcels=ntr("Cli", "1 parcel", "{count} parcels", result["parcels"]),
        people=ntr("Cli", "1 resident", "{count} residents", result["residents"]),
        pages=ntr("Cli", "1 page", "{count} pages", result["pages"])))


def run_label(inv: Invocation) -> Output:
    from station.parcels.labels import labels_for  # reportlab only when a label is printed

    done = labels_for(inv.ctx(), inv.args.codes, inv.args.out)
    return Output(done, ntr("Cli", "1 shelf label written to {out}.", "{count} shelf labels written to {out}.",
                            done["labels"], out=done["out"]))


def run_problem(inv: Invocation) -> Output:
    a = inv.args
    problem = problems.report_problem(inv.ctx(), a.tracking, a.kind, a.note, a.photo)
    text = tr("Cli", "Parcel {tracking} is in the problem queue ({kind}).").format(
        tracking=problem.tracking_no, kind=tr(*problems.KINDS[problem.kind]))
    if problem.photo_sha256:
        text += "\n" + tr("Cli", "Photo kept as {path} (SHA-256 {sha}).").format(path=problem.photo_path,
                                                                              sha=problem.photo_sha256)
    return Output(problem.to_dict(), text)


def run_problems(inv: Invocation) -> Output:
    rows = problems.open_problems(inv.ctx())
    lines = [f"{p.reported_at}  {p.tracking_no:<20} {tr(*problems.KINDS[p.kind]):<8} {p.resident_name} {p.note}"
             for p in rows]
    return Output([p.to_dict() for p in rows], "\n".join(lines) or tr("Cli", "No open problem parcels."))


def _resident_gid(inv: Invocation) -> str:
    a = inv.args
    if a.resident:
        return a.resident
    query = a.phone or a.name
    if not query:
        raise InvalidInput("Say who gets the parcel: --resident, --phone or --name.", why="resident_missing")
    found = find_residents(inv.ctx(), query)
    if a.phone and a.name:
        found = [r for r in found if r.name == a.name.strip()]
    if not found:
        raise InvalidInput("No resident matches {query}.", why="unknown_resident", query=query)
    if len(found) > 1:
        choices = "; ".join(f"{r.name} {r.group} ****{r.phone_tail} ({r.gid})" for r in found)
        raise InvalidInput("Several residents match; give --resident with one of: {choices}",
                           why="ambiguous_resident", choices=choices)
    return found[0].gid


def run_resolve(inv: Invocation) -> Output:
    result = problems.reassign_problem(inv.ctx(), inv.args.tracking, _resident_gid(inv), inv.args.note)
    return Output(result, tr("Cli", "Parcel {tracking} now waits for {name}: pickup code {code}, shelf {shelf}.")
                  .format(tracking=result["tracking_no"], name=result["resident"], code=result["pickup_code"],
                          shelf=result["shelf"]))


def run_return(inv: Invocation) -> Output:
    a = inv.args
    done = returns.return_to_courier(inv.ctx(), a.tracking, a.courier, a.reason, a.note)
    text = ntr("Cli", "1 parcel handed back to courier {courier}: {tracking}",
               "{count} parcels handed back to courier {courier}: {tracking}", len(done),
               courier=a.courier, tracking=", ".join(h.tracking_no for h in done))
    return Output([h.to_dict() for h in done], text)


def run_returns(inv: Invocation) -> Output:
    from station.parcels import reminders

    rows = reminders.returns_due(inv.ctx())
    lines = [f"{r['arrived_at']}  {r['tracking_no']:<20} {r['pickup_code']:<10} {r['name'] or ''}" for r in rows]
    return Output(rows, "\n".join(lines) or tr("Cli", "No parcels are due to go back to the courier."))


def run_remind(inv: Invocation) -> Output:
    from station.parcels import reminders

    run = reminders.run_reminders(inv.ctx())
    text = tr("Cli", "{reminded} reminded; {new} newly due for return ({due} in all).").format(
        reminded=ntr("Cli", "1 resident", "{count} residents", len(run.reminded)),
        new=ntr("Cli", "1 parcel", "{count} parcels", len(run.newly_due_for_return)), due=run.due_for_return)
    return Output(run.to_dict(), text)


def run_notice_log(inv: Invocation) -> Output:
    from station.parcels import notice_log

    query = inv.args.resident
    ctx = inv.ctx()
    try:
        rows = notice_log.notice_history(ctx, query)
    except NotFound:
        inv.args.resident, inv.args.phone, inv.args.name = "", "", ""
        if query.isdigit():
            inv.args.phone = query
        else:
            inv.args.name = query
        rows = notice_log.notice_history(ctx, _resident_gid(inv))
    channels = {k: tr(*v) for k, v in notice_log.CHANNELS.items()}
    kinds = {k: tr(*v) for k, v in notice_log.KINDS.items()}
    lines = [f"{format_time(local(r.at))}  {kinds[r.kind]:<6} {channels[r.channel]:<10} {r.codes} {r.note}"
             for r in rows]
    return Output([r.to_dict() for r in rows], "\n".join(lines) or tr("Cli", "No notices yet."))
