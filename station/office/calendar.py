"""The working-day calendar the office imports (the State Council's schedule for a new year) and sends out.

A CSV file of `date,kind,name` lines (kind: holiday | workday, the latter a make-up workday 调休). It travels to
the stations in return bundles as `calendar` lines; a station applies them through the hook in
station/sync/returns.py (CALENDAR_APPLIERS), which the working-day calendar of the cases area fills.
"""
import csv
import datetime as dt
import io
from pathlib import Path

from db.models import OfficeCalendar
from station import audit
from station import audit_actions as actions
from station.context import Ctx
from station.errors import InvalidInput, os_reason
from station.permissions import Perm
from station.service import service

KINDS = ("holiday", "workday")


def parse_calendar(text: str) -> list[tuple[dt.date, str, str]]:
    days = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or row[0].strip().lower() in ("", "date") or row[0].startswith("#"):
            continue
        try:
            day = dt.date.fromisoformat(row[0].strip())
            kind = row[1].strip().lower()
        except (ValueError, IndexError):
            raise InvalidInput("Line {n} of the calendar is not date,kind,name (e.g. 2027-10-01,holiday,国庆节).",
                               why="calendar_line", n=number) from None
        if kind not in KINDS:
            raise InvalidInput("Line {n}: the kind is holiday or workday, not {kind}.",
                               why="calendar_kind", n=number, kind=kind)
        days.append((day, kind, row[2].strip() if len(row) > 2 else ""))
    if not days:
        raise InvalidInput("The calendar file holds no days.", why="calendar_empty")
    return days


@service(Perm.OFFICE)
def import_calendar(ctx: Ctx, path: Path) -> dict:
    """Replace the office's calendar for the years the file covers; all or nothing."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InvalidInput("{path} cannot be read: {error}",
                           why="calendar_unreadable", path=str(path), error=os_reason(exc)) from None
    except UnicodeDecodeError:
        raise InvalidInput("{path} is not a UTF-8 text file.", why="calendar_not_utf8", path=str(path)) from None
    days = parse_calendar(text)
    years = sorted({d.year for d, _k, _n in days})
    for year in years:
        OfficeCalendar.delete().where((OfficeCalendar.day >= dt.date(year, 1, 1)) &
                                      (OfficeCalendar.day <= dt.date(year, 12, 31))).execute()
    OfficeCalendar.insert_many([{"day": d, "kind": k, "name": n} for d, k, n in days]).execute()
    audit.record(ctx, actions.OFFICE_CALENDAR, "office_calendar", ",".join(map(str, years)), None, {"days": len(days)})
    return {"days": len(days), "years": years}


def calendar_items() -> list[dict]:
    return [{"type": "calendar", "day": str(c.day), "kind": c.kind, "name": c.name}
            for c in OfficeCalendar.select().order_by(OfficeCalendar.day)]


@service(Perm.OFFICE, write=False)
def calendar_days(ctx: Ctx) -> list[dict]:
    return [{"day": str(c.day), "kind": c.kind, "name": c.name}
            for c in OfficeCalendar.select().order_by(OfficeCalendar.day)]
