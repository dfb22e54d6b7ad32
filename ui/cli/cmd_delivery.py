"""station delivery proposals | plan | runs | show | slips | close | cancel."""
from pathlib import Path

from station.delivery import OUTCOME_LABELS, RUN_STATUS_LABELS, Outcome, RunStatus
from station.delivery.outcomes import close_run
from station.delivery.runs import cancel_run, list_runs, plan_run, proposals
from station.delivery.stops import run_sheet
from station.i18n import ntr, tr
from station.parcels.carriers import carrier_name
from ui.cli.framework import Invocation, Output, command, group


def register(subparsers) -> None:
    cmds = group(subparsers, "delivery", "doorstep delivery runs and their QR slips")
    listing = command(cmds, "proposals", run_proposals, "parcels proposed for doorstep delivery")
    listing.add_argument("--group", help="village group (name or id)")
    plan = command(cmds, "plan", run_plan, "make a run of the proposed parcels -> run id")
    plan.add_argument("--group", help="only this village group (name or id)")
    plan.add_argument("--volunteer", help="volunteer (name, account or id)")
    command(cmds, "runs", run_runs, "delivery runs, newest first")
    show = command(cmds, "show", run_show, "a run's stops and outcomes")
    show.add_argument("run", help="run id or code (R0001)")
    slips = command(cmds, "slips", run_slips, "write a run's slips PDF (starts the run's clock)")
    slips.add_argument("run", help="run id or code (R0001)")
    slips.add_argument("--out", required=True, type=Path, help="PDF file to write")
    slips.add_argument("--per-page", type=int, choices=[4, 2], default=4, help="slips per A4 page: 4 or 2 (default 4)")
    close = command(cmds, "close", run_close, "close a run (every slip scanned, or --all-delivered)")
    close.add_argument("run", help="run id or code (R0001)")
    close.add_argument("--all-delivered", action="store_true", help="slips not scanned back count as delivered")
    cancel = command(cmds, "cancel", run_cancel, "abandon a run; its parcels go back on the shelf")
    cancel.add_argument("run", help="run id or code (R0001)")


def run_proposals(inv: Invocation) -> Output:
    rows = proposals(inv.ctx(), inv.args.group)
    lines = [f"{r['group_name'] or '—':<8} {r['name']:<8} {r['pickup_code']:<8} "
             f"{carrier_name(r['carrier']):<6} {r['tracking_no']}"
             for r in rows]
    lines.append(ntr("Cli", "1 parcel proposed for doorstep delivery.",
                     "{count} parcels proposed for doorstep delivery.", len(rows)))
    return Output(rows, "\n".join(lines))


def run_plan(inv: Invocation) -> Output:
    done = plan_run(inv.ctx(), inv.args.group, inv.args.volunteer)
    return Output(done, tr("Cli", "Run {code} planned: {stops}, {parcels}. Run id: {run}").format(
        code=done["code"], run=done["run"], stops=ntr("Cli", "1 stop", "{count} stops", done["stops"]),
        parcels=ntr("Cli", "1 parcel", "{count} parcels", done["parcels"])))


def run_runs(inv: Invocation) -> Output:
    rows = list_runs(inv.ctx())
    lines = [f"{r['code']}  {tr(*RUN_STATUS_LABELS[RunStatus(r['status'])]):<6} {r['group'] or '—':<8} "
             f"{r['volunteer'] or '—':<8} {r['done']}/{r['stops']}  {r['run']}" for r in rows]
    return Output(rows, "\n".join(lines))


def run_show(inv: Invocation) -> Output:
    sheet = run_sheet(inv.ctx(), inv.args.run)
    lines = [f"{sheet.code} {tr(*RUN_STATUS_LABELS[RunStatus(sheet.status)])} {sheet.group} {sheet.volunteer}"]
    for s in sheet.slips:
        outcome = tr(*OUTCOME_LABELS[Outcome(s.outcome)]) if s.outcome else tr("Cli", "not scanned back yet")
        count = ntr("Cli", "1 parcel", "{count} parcels", len(s.parcels))
        lines.append(f"{s.position:>3}. {s.slip_code} {s.name:<8} {count}  {outcome} {s.delegate_name}".rstrip())
    return Output(sheet.to_dict(), "\n".join(lines))


def run_slips(inv: Invocation) -> Output:
    from station.delivery.slips import print_slips  # reportlab and qrcode: not at `station gui` start

    done = print_slips(inv.ctx(), inv.args.run, inv.args.out, inv.args.per_page)
    return Output(done, tr("Cli", "{slips} of run {code} written to {out} ({pages}).").format(
        slips=ntr("Cli", "1 slip", "{count} slips", done["slips"]), code=done["code"], out=done["out"],
        pages=ntr("Cli", "1 page", "{count} pages", done["pages"])))


def run_close(inv: Invocation) -> Output:
    done = close_run(inv.ctx(), inv.args.run, inv.args.all_delivered)
    return Output(done, ntr("Cli", "Run {code} closed; 1 parcel marked delivered.",
                            "Run {code} closed; {delivered} parcels marked delivered.", done["delivered"], **done))


def run_cancel(inv: Invocation) -> Output:
    done = cancel_run(inv.ctx(), inv.args.run)
    return Output(done, ntr("Cli", "Run {code} cancelled; 1 parcel back on the shelf.",
                            "Run {code} cancelled; {back_to_shelf} parcels back on the shelf.", done["back_to_shelf"],
                            **done))
