"""station calendar show | import — the working-day table (holidays, make-up workdays 调休) as data."""
from pathlib import Path

from station.i18n import ntr, tr
from ui.cli.framework import Invocation, Output, command, group, lazy


def register(subparsers) -> None:
    cmds = group(subparsers, "calendar", "the working-day calendar legal clocks count in")
    show = command(cmds, "show", run_show, "a year's public holidays and make-up workdays")
    show.add_argument("--year", type=int, required=True, help="the year, e.g. 2027")
    imp = command(cmds, "import", run_import, "import a year's table (JSON or CSV); open deadlines are recomputed")
    imp.add_argument("file", type=Path, metavar="FILE",
                     help="JSON, or CSV with date,kind,name a line (kind: holiday or workday)")


def run_show(inv: Invocation) -> Output:
    year = lazy("station.cases.calendar:show_year")(inv.ctx(), inv.args.year)
    if not year["known"]:
        return Output(year, tr("Cli", "No working-day table for {year} yet: deadlines reaching it are provisional "
                                      "(import one with: station calendar import FILE).").format(year=year["year"]))
    lines = [tr("Cli", "Working-day table {year} ({source})").format(**year), tr("Cli", "Holidays:")]
    lines += [f"  {d['date']}  {d['name']}" for d in year["holidays"]]
    lines += [tr("Cli", "Make-up workdays:")] + [f"  {d['date']}  {d['name']}" for d in year["workdays"]]
    return Output(year, "\n".join(lines))


def run_import(inv: Invocation) -> Output:
    done = lazy("station.cases.calendar_import:import_calendar_file")(inv.ctx(), inv.args.file)
    return Output(done, ntr("Cli", "Working-day table imported for {years}; 1 open deadline changed.",
                            "Working-day table imported for {years}; {count} open deadlines changed.",
                            done["clocks_recomputed"], years=", ".join(map(str, done["years"]))))
