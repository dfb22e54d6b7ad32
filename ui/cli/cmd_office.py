"""The town office application's commands (station office report|export|refigure|watch …|calendar …).

Registered into the `office` group that cmd_sync makes (enrol, import, serve live there)."""
from pathlib import Path

from station.i18n import ntr, tr
from ui.cli.framework import Invocation, Output, command, lazy

_lazy = lazy
monthly_report = lazy("station.office.report:monthly_report")
export_table = _lazy("station.office.export:export_table")
refigure = _lazy("station.office.service:refigure")
set_bundle_limit = _lazy("station.office.service:set_bundle_limit")
propose = _lazy("station.office.watch:propose")
decide = _lazy("station.office.watch:decide")
import_calendar = _lazy("station.office.calendar:import_calendar")
case_evidence = _lazy("station.office.case_evidence:case_evidence")
TABLES = ("stations", "daily", "cases", "merchants", "health", "watch", "quarantine")


def register_office(office) -> None:
    rep = command(office, "report", run_report, "write the monthly report PDF")
    rep.add_argument("--month", required=True, help="YYYY-MM")
    rep.add_argument("--out", required=True, type=Path, help="PDF file to write")
    exp = command(office, "export", run_export, "write a table as CSV (UTF-8 with BOM, opens in Excel)")
    exp.add_argument("table", choices=TABLES, metavar="TABLE",
                     help="stations, daily, cases, merchants, health, watch or quarantine")
    exp.add_argument("--month", required=True, help="YYYY-MM")
    exp.add_argument("--out", required=True, type=Path, help="CSV file to write")
    command(office, "refigure", run_refigure, "recompute the figures from the records held")
    review = command(office, "watch-review", run_watch_review, "propose, accept, appeal or remove a merchant")
    review.add_argument("action", choices=("propose", "accept", "appeal", "remove"),
                        help="propose (merchants reaching --threshold), accept, appeal or remove (with --name)")
    review.add_argument("--name", help="the merchant (accept, appeal, remove)")
    review.add_argument("--reason", default="", help="why (needed to appeal or remove; kept with the decision)")
    review.add_argument("--threshold", type=int, default=3, help="cases with evidence (propose)")
    limit = command(office, "limit", run_limit, "the largest bundle a station may push (MB; 0 = default 256)")
    limit.add_argument("--station", required=True, help="the station's code, e.g. CN-XJ-001")
    limit.add_argument("--mb", type=int, required=True, help="the limit in MB, 0-4096 (0: the default, 256)")
    cal = command(office, "calendar", run_calendar, "import a working-day calendar (CSV: date,kind,name)")
    cal.add_argument("file", type=Path, help="CSV file: date,kind,name a line; kind is holiday or workday")
    ev = command(office, "case-evidence", run_case_evidence, "an escalated case's evidence files, re-hashed")
    ev.add_argument("case", help="the case number")
    ev.add_argument("--station", help="the station's code (when two stations use the same number)")


def _office(inv: Invocation):
    from station.sync.office import as_office

    return as_office(inv.ctx())


def run_report(inv: Invocation) -> Output:
    made = monthly_report(_office(inv), inv.args.month, inv.args.out)
    return Output(made, ntr("Cli", "Monthly report {month} written: {out} (1 station).",
                            "Monthly report {month} written: {out} ({count} stations).", made["stations"],
                            month=made["month"], out=made["out"]))


def run_export(inv: Invocation) -> Output:
    made = export_table(_office(inv), inv.args.table, inv.args.month, inv.args.out)
    return Output(made, ntr("Cli", "1 row of {table} written to {out}.", "{rows} rows of {table} written to {out}.",
                            made["rows"], **made))


def run_refigure(inv: Invocation) -> Output:
    seen = refigure(_office(inv))
    return Output({"records": seen}, ntr("Cli", "Figures recomputed from 1 record.",
                                         "Figures recomputed from {count} records.", seen))


def run_watch_review(inv: Invocation) -> Output:
    ctx = _office(inv)
    if inv.args.action == "propose":
        found = propose(ctx, inv.args.threshold)
        lines = [ntr("Cli", "Proposed: {name} (1 case with evidence)", "Proposed: {name} ({cases} cases with evidence)",
                     p["cases"], **p) for p in found]
        return Output({"proposed": found}, "\n".join(lines) or tr("Cli", "No merchant reaches the threshold."))
    row = decide(ctx, inv.args.name or "", inv.args.action, inv.args.reason)
    from station.office.watch import STATUS_LABELS

    status = tr(*STATUS_LABELS[row["status"]])
    return Output(row, tr("Cli", "{name}: now {status}.").format(name=row["name"], status=status))


def run_calendar(inv: Invocation) -> Output:
    made = import_calendar(_office(inv), inv.args.file)
    return Output(made, ntr("Cli", "Calendar imported: 1 day ({years}); it goes out with the next return bundles.",
                            "Calendar imported: {count} days ({years}); it goes out with the next return bundles.",
                            made["days"], years=", ".join(map(str, made["years"]))))


def run_case_evidence(inv: Invocation) -> Output:
    found = case_evidence(_office(inv), inv.args.case, inv.args.station)
    lines = [ntr("Cli", "Case {number} of {station}: 1 evidence item.",
                 "Case {number} of {station}: {count} evidence items.", len(found["items"]),
                 number=found["number"], station=found["station"])]
    states = {"ok": tr("Cli", "ok"), "missing": tr("Cli", "not received"), "altered": tr("Cli", "ALTERED")}
    lines += [f"  {i['sha256'][:12]}  {i['size']:>9}  {states[i['status']]}  {i['file_name']}" for i in found["items"]]
    return Output(found, "\n".join(lines))


def run_limit(inv: Invocation) -> Output:
    made = set_bundle_limit(_office(inv), inv.args.station, inv.args.mb)
    return Output(made, tr("Cli", "{station} may now push bundles of up to {megabytes} MB (0: the default).").format(
        **made))
