"""station volunteer list | add | hours | log | thanks."""
import datetime as dt
from pathlib import Path

from station.delivery.volunteers import (
    add_hours,
    availability_text,
    ensure_volunteer,
    hours_by_month,
    roster,
    save_volunteer,
)
from station.errors import InvalidInput
from station.i18n import ntr, tr
from ui.cli.framework import Invocation, Output, command, group


def register(subparsers) -> None:
    cmds = group(subparsers, "volunteer", "the volunteer roster and hours ledger")
    command(cmds, "list", run_list, "the roster with availability")
    add = command(cmds, "add", run_add, "add a volunteer to the roster")
    add.add_argument("name", help="the volunteer's name")
    add.add_argument("--phone", default="", help="their mobile number")
    add.add_argument("--account", default="", help="their sign-in account (role volunteer)")
    add.add_argument("--availability", default="", help="half-days, e.g. mon_am,wed_pm,sat_am")
    add.add_argument("--if-missing", action="store_true", help="do nothing when already on the roster")
    hours = command(cmds, "hours", run_hours, "hours per volunteer for a month")
    hours.add_argument("--month", help="YYYY-MM (default: this month)")
    log = command(cmds, "log", run_log, "enter time by hand")
    log.add_argument("volunteer", help="the volunteer (name, account or id)")
    log.add_argument("--minutes", type=int, required=True, help="time given, in minutes (1-1440)")
    log.add_argument("--day", help="YYYY-MM-DD (default: today)")
    log.add_argument("--note", default="", help="what the time was for, e.g. an errand")
    thanks = command(cmds, "thanks", run_thanks, "printable thank-you summary of a month")
    thanks.add_argument("volunteer", help="the volunteer (name, account or id)")
    thanks.add_argument("--month", help="YYYY-MM (default: this month)")
    thanks.add_argument("--out", required=True, type=Path, help="PDF file to write")


def run_list(inv: Invocation) -> Output:
    rows = roster(inv.ctx())
    lines = [f"{v.name:<8} {v.phone:<13} {v.account or '—':<10} {v.group or '—':<8} {availability_text(v.availability)}"
             for v in rows]
    return Output([v.to_dict() for v in rows], "\n".join(lines) or tr("Cli", "No volunteers on the roster yet "
                                                                       "(station volunteer add NAME)."))


def run_add(inv: Invocation) -> Output:
    a = inv.args
    make = ensure_volunteer if a.if_missing else save_volunteer
    v = make(inv.ctx(), a.name, a.phone, a.account, None, a.availability)
    return Output(v.to_dict(), tr("Cli", "Volunteer {name} is on the roster.").format(name=v.name))


def _month(inv: Invocation) -> str:
    return inv.args.month or inv.ctx().now().strftime("%Y-%m")


def run_hours(inv: Invocation) -> Output:
    month = _month(inv)
    rows = hours_by_month(inv.ctx(), month)
    lines = [tr("Cli", "Volunteer hours, {month}").format(month=month)]
    lines += [tr("Cli", "{name}: {hours} h ({runs}, {stops})").format(
        name=r["name"], hours=f"{r['minutes'] / 60:.1f}", runs=ntr("Cli", "1 run", "{count} runs", r["runs"]),
        stops=ntr("Cli", "1 doorstep stop", "{count} doorstep stops", r["stops"])) for r in rows]
    return Output(rows, "\n".join(lines))


def run_log(inv: Invocation) -> Output:
    a = inv.args
    try:
        day = dt.date.fromisoformat(a.day) if a.day else inv.ctx().now().date()
    except ValueError:
        raise InvalidInput("A day looks like 2026-03-08.", why="day") from None
    done = add_hours(inv.ctx(), a.volunteer, day, a.minutes, a.note)
    return Output(done, ntr("Cli", "1 minute entered for {volunteer} on {day}.",
                            "{minutes} minutes entered for {volunteer} on {day}.", done["minutes"], **done))


def run_thanks(inv: Invocation) -> Output:
    from station.delivery.thanks import write_thank_you  # reportlab: not at `station gui` start

    done = write_thank_you(inv.ctx(), inv.args.volunteer, _month(inv), inv.args.out)
    return Output(done, tr("Cli", "Thank-you summary written to {out}.").format(**done))
