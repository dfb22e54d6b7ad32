"""Every table an office page shows, as plain rows: the GUI, the CSV export and the monthly report share them."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from db.models import OfficeQuarantine, OfficeStation, OfficeWatch, database
from station.clock import local, station_today
from station.context import Ctx
from station.errors import InvalidInput
from station.i18n import N_, ntr, tr
from station.office import dashboard
from station.office.catalog import COMPLAINTS, HANDLED, ratio
from station.office.watch import STATUS_LABELS
from station.permissions import Perm
from station.service import service

NO_SYNC_DAYS = 3  # a station silent this long gets a warning sign
BACKLOG_WARN = 2  # bundles held back (an earlier one missing) before the backlog counts as growing


@dataclass
class Table:
    name: str
    title: str
    headers: list[str]
    rows: list[list]


def _fmt(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:.{digits}f}"


def _station_row(code: str, name: str, f: dict[str, float], open_now: tuple[float, float]) -> list:
    return [
        code,
        name,
        int(f.get("parcels_in", 0)),
        int(f.get("parcels_out", 0)),
        _fmt(ratio(f, "door_share"), 1),
        _fmt(ratio(f, "dwell"), 1),
        int(open_now[0]),
        int(open_now[1]),
        _fmt(f.get("volunteer_minutes", 0) / 60, 1),
        int(f.get("orders", 0)),
        int(f.get("returns", 0)),
        int(f.get("cases_opened", 0)),
        int(f.get("cases_closed", 0)),
        _fmt(f.get("money_recovered", 0), 2),
    ]


def _figure_headers() -> list[str]:
    return [
        tr(*h)
        for h in (
            N_("Office", "Station"),
            N_("Office", "Name"),
            N_("Office", "Parcels arrived"),
            N_("Office", "Handed out"),
            N_("Office", "To the door %"),
            N_("Office", "Dwell (h)"),
            N_("Office", "Waiting now"),
            N_("Office", "Overdue now"),
            N_("Office", "Volunteer hours"),
            N_("Office", "Assisted orders"),
            N_("Office", "Assisted returns"),
            N_("Office", "Cases opened"),
            N_("Office", "Cases closed"),
            N_("Office", "Money recovered"),
        )
    ]


@service(Perm.OFFICE, write=False)
def stations_table(ctx: Ctx, month: str) -> Table:
    """Per station and for the whole town: the month's figures."""
    start, end = dashboard.month_range(month)
    per = dashboard.by_station(ctx, start, end)
    open_now = dashboard.open_parcels(ctx)
    names = {s.code: s.name for s in OfficeStation.select()}
    rows = [_station_row(code, names[code], per.get(code, {}), open_now.get(code, (0, 0))) for code in sorted(names)]
    waiting = (sum(w for w, _ in open_now.values()), sum(o for _, o in open_now.values()))
    rows.append(_station_row("", tr("Office", "Whole town"), dashboard.town(per), waiting))
    return Table("stations", tr("Office", "Stations, {month}").format(month=month), _figure_headers(), rows)


@service(Perm.OFFICE, write=False)
def daily_table(ctx: Ctx, month: str, station: str | None = None) -> Table:
    start, end = dashboard.month_range(month)
    series = {
        m: dict(dashboard.daily(ctx, m, start, end, station))
        for m in ("parcels_in", "parcels_out", "parcels_door", "volunteer_minutes")
    }
    rows = [
        [
            d.isoformat(),
            int(series["parcels_in"][d]),
            int(series["parcels_out"][d]),
            int(series["parcels_door"][d]),
            _fmt(series["volunteer_minutes"][d] / 60, 1),
        ]
        for d in sorted(series["parcels_in"])
    ]
    headers = [
        tr(*h)
        for h in (
            N_("Office", "Day"),
            N_("Office", "Parcels arrived"),
            N_("Office", "Handed out"),
            N_("Office", "To the door"),
            N_("Office", "Volunteer hours"),
        )
    ]
    return Table("daily", tr("Office", "Day by day, {month}").format(month=month), headers, rows)


@service(Perm.OFFICE, write=False)
def merchants_table(ctx: Ctx, month: str) -> Table:
    start, end = dashboard.month_range(month)
    complaints = dashboard.by_dim(ctx, COMPLAINTS, start, end)
    handled = dashboard.by_dim(ctx, HANDLED, start, end)
    rows = [
        [dim, int(n), int(handled.get(dim, 0)), _fmt(100 * handled.get(dim, 0) / n if n else None, 1)]
        for dim, n in sorted(complaints.items(), key=lambda kv: -kv[1])
    ]
    headers = [
        tr(*h)
        for h in (
            N_("Office", "Platform / merchant"),
            N_("Office", "Complaints"),
            N_("Office", "Handled"),
            N_("Office", "Handling rate %"),
        )
    ]
    return Table(
        "merchants", tr("Office", "Complaints by platform and merchant, {month}").format(month=month), headers, rows
    )


@service(Perm.OFFICE, write=False)
def cases_table(ctx: Ctx, month: str) -> Table:
    """Cases across stations: opened, closed, open and overdue now, and the three rates the county asks for."""
    start, end = dashboard.month_range(month)
    per = dashboard.by_station(ctx, start, end)
    late = dashboard.overdue_cases(ctx)
    names = {s.code: s.name for s in OfficeStation.select()}
    rows = []
    for code, name in [*sorted(names.items()), ("", tr("Office", "Whole town"))]:
        f = per.get(code, {}) if code else dashboard.town(per)
        rows.append(
            [
                code,
                name,
                int(f.get("cases_opened", 0)),
                int(f.get("cases_closed", 0)),
                int(f.get("cases_open", 0)),
                late.get(code, 0) if code else sum(late.values()),
                _fmt(ratio(f, "acceptance_rate"), 1),
                _fmt(ratio(f, "on_time_rate"), 1),
                _fmt(ratio(f, "satisfaction_rate"), 1),
                _fmt(f.get("money_recovered", 0), 2),
            ]
        )
    headers = [tr(*h) for h in CASE_HEADERS]
    return Table("cases", tr("Office", "Cases, {month}").format(month=month), headers, rows)


CASE_HEADERS = (
    N_("Office", "Station"),
    N_("Office", "Name"),
    N_("Office", "Cases opened"),
    N_("Office", "Cases closed"),
    N_("Office", "Open cases"),
    N_("Office", "Overdue cases"),
    N_("Office", "Accepted %"),
    N_("Office", "Closed on time %"),
    N_("Office", "Satisfied %"),
    N_("Office", "Money recovered"),
)


def _local(at) -> str:
    """A stored UTC time as station time (UTC+8), to the minute."""
    value = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
    return local(value).strftime("%Y-%m-%d %H:%M")


def _last_via() -> dict[str, tuple[str, str]]:
    """Each station's latest bundle: when (station time) and how it came, one grouped query."""
    cursor = database.execute_sql(
        "SELECT b.station, b.received_at, b.via FROM office_bundle b JOIN (SELECT station, MAX(received_at) AS m "
        "FROM office_bundle GROUP BY station) l ON b.station = l.station AND b.received_at = l.m")
    return {station: (_local(at), via) for station, at, via in cursor.fetchall()}


def _held() -> dict[str, int]:
    return dict(database.execute_sql("SELECT station, COUNT(*) FROM office_backlog GROUP BY station").fetchall())


def _audit_signs() -> dict[str, tuple[int, int]]:
    """station → (audit-chain warnings, restores): what the office noticed on import (office_warning)."""
    found: dict[str, list[int]] = {}
    for station, kind, n in database.execute_sql(
            "SELECT station, kind, COUNT(*) FROM office_warning GROUP BY station, kind").fetchall():
        found.setdefault(station, [0, 0])[kind == "restored"] += n
    return {station: (chain, restores) for station, (chain, restores) in found.items()}


VIA = {"push": N_("Office", "network"), "file": N_("Office", "USB / folder"), "": N_("Office", "—")}


def warnings(last: dt.datetime | None, held: int, now: dt.datetime, chain: int = 0, restores: int = 0) -> list[str]:
    """Warning signs in words: everything the counts beside them say that needs a look (the Stations page shows
    these words where its width has no room for the counts)."""
    signs = [ntr("Office", "audit log changed (1 warning)", "audit log changed ({count} warnings)", chain)] \
        if chain else []
    if last is None or (now - last).days >= NO_SYNC_DAYS:
        signs.append(ntr("Office", "no sync for 1 day", "no sync for {count} days", (now - last).days) if last
                     else tr("Office", "never synced"))
    if held >= BACKLOG_WARN:
        signs.append(ntr("Office", "backlog growing (1 bundle held)", "backlog growing ({count} bundles held)", held))
    elif held:
        signs.append(tr("Office", "1 bundle waits for an earlier one"))
    if restores:
        signs.append(ntr("Office", "restored from a backup once", "restored from a backup {count} times", restores))
    return signs


# Health columns whose counts the warning signs also say in words: held back, audit warnings, restores.
HEALTH_SAID_IN_SIGNS = (4, 9, 10)


@service(Perm.OFFICE, write=False)
def health_table(ctx: Ctx, month: str | None = None) -> Table:
    """Each station's health now: last sync and how, backlog, open and overdue parcels, cases, warning signs."""
    via, open_now, held_by, audit_by = _last_via(), dashboard.open_parcels(ctx), _held(), _audit_signs()
    late = dashboard.overdue_cases(ctx)
    month = month or station_today(ctx.now()).strftime("%Y-%m")
    start, end = dashboard.month_range(month)
    per = dashboard.by_station(ctx, start, end)
    rows = []
    for s in OfficeStation.select().order_by(OfficeStation.code):
        held = held_by.get(s.code, 0)
        when, how = via.get(s.code, ("", ""))
        waiting, overdue = open_now.get(s.code, (0, 0))
        figures = per.get(s.code, {})
        chain, restores = audit_by.get(s.code, (0, 0))
        signs = warnings(s.last_bundle_at, held, ctx.now(), chain, restores)
        rows.append(
            [
                s.code,
                s.name,
                when or tr("Office", "never"),
                tr(*VIA.get(how, VIA[""])),
                held,
                int(waiting),
                int(overdue),
                int(figures.get("cases_open", 0)),
                late.get(s.code, 0),
                chain,
                restores,
                "; ".join(signs) or tr("Office", "all well"),
            ]
        )
    headers = [
        tr(*h)
        for h in (
            N_("Office", "Station"),
            N_("Office", "Name"),
            N_("Office", "Last sync"),
            N_("Office", "By"),
            N_("Office", "Held back"),
            N_("Office", "Waiting parcels"),
            N_("Office", "Overdue parcels"),
            N_("Office", "Open cases"),
            N_("Office", "Overdue cases"),
            N_("Office", "Audit warnings"),
            N_("Office", "Restores"),
            N_("Office", "Warning signs"),
        )
    ]
    return Table("health", tr("Office", "Station health"), headers, rows)


@service(Perm.OFFICE, write=False)
def watch_table(ctx: Ctx, month: str | None = None) -> Table:
    rows = [
        [
            w.name,
            w.platform,
            tr(*STATUS_LABELS.get(w.status, ("Office", w.status))),
            w.cases,
            w.reason,
            _local(w.updated_at),
        ]
        for w in OfficeWatch.select().order_by(OfficeWatch.status, OfficeWatch.name)
    ]
    headers = [
        tr(*h)
        for h in (
            N_("Office", "Merchant"),
            N_("Office", "Platform"),
            N_("Office", "Status"),
            N_("Office", "Cases"),
            N_("Office", "Reason"),
            N_("Office", "Updated"),
        )
    ]
    return Table("watch", tr("Office", "Watch list"), headers, rows)


@service(Perm.OFFICE, write=False)
def quarantine_table(ctx: Ctx, month: str | None = None) -> Table:
    from station.sync.errors import shown_message

    rows = [
        [q.file_name, q.station, q.reason, shown_message(q.reason, q.message), str(q.at)[:16]]
        for q in OfficeQuarantine.select().order_by(OfficeQuarantine.at.desc())
    ]
    headers = [
        tr(*h)
        for h in (
            N_("Office", "File"),
            N_("Office", "Station"),
            N_("Office", "Reason"),
            N_("Office", "In words"),
            N_("Office", "When"),
        )
    ]
    return Table("quarantine", tr("Office", "Quarantine"), headers, rows)


TABLES: dict[str, Callable[[Ctx, str], Table]] = {
    "stations": stations_table,
    "daily": daily_table,
    "cases": cases_table,
    "merchants": merchants_table,
    "health": health_table,
    "watch": watch_table,
    "quarantine": quarantine_table,
}


def table(ctx: Ctx, name: str, month: str) -> Table:
    if name not in TABLES:
        raise InvalidInput("There is no table {name}; the tables are: {names}.",
                           why="no_such_table", name=name, names=", ".join(TABLES))
    dashboard.month_range(month)
    return TABLES[name](ctx, month)
