"""A new year's working-day table, from a file (`station calendar import FILE`) or the town office's bundle.

File formats (one year or several; each year given is replaced whole):

JSON  {"year": 2027, "source": "国办发明电〔2026〕…",
       "holidays": [{"date": "2027-01-01", "name": "元旦"}, {"from": "2027-02-06", "to": "2027-02-13", "name": "春节"}],
       "workdays": [{"date": "2027-02-14", "name": "春节调休"}]}
      or a list of such objects.
CSV   date,kind,name   with kind `holiday` or `workday` (a make-up workday on a weekend), one day a line.

Importing a year recomputes every open clock: provisional deadlines reaching that year become exact.
"""
import csv
import datetime as dt
import io
import json
from pathlib import Path

from db.models import CalendarDay, CalendarYear
from station import audit
from station.audit_actions import CALENDAR_IMPORT
from station.cases.clocks import recompute_open_clocks
from station.context import Ctx
from station.errors import FileProblem, InvalidInput
from station.permissions import Perm
from station.service import service

Table = dict[int, dict[str, dict[dt.date, str]]]  # year -> {"holiday": {day: name}, "workday": {...}}


def _day(text: object) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput("{text} is not a date like 2027-02-06.", why="bad_date", text=text) from None


def _add(table: Table, year: int, kind: str, day: dt.date, name: str) -> None:
    if kind not in ("holiday", "workday"):
        raise InvalidInput("Kind {kind} must be holiday or workday.", why="bad_kind", kind=kind)
    if day.year != year:
        raise InvalidInput("{day} is not in {year}.", why="wrong_year", day=day, year=year)
    if kind == "workday" and day.weekday() < 5:
        raise InvalidInput("{day} is a weekday already; a make-up workday falls on a weekend.",
                           why="workday_on_weekday", day=day)
    other = "workday" if kind == "holiday" else "holiday"
    if day in table[year][other]:
        raise InvalidInput("{day} is listed both as a holiday and as a workday.", why="both_kinds", day=day)
    table[year][kind][day] = name


def _json_entries(doc: dict, key: str):
    for item in doc.get(key) or []:
        if "from" in item:
            day, last = _day(item["from"]), _day(item.get("to", item["from"]))
            while day <= last:
                yield day, str(item.get("name", ""))
                day += dt.timedelta(days=1)
        else:
            yield _day(item.get("date")), str(item.get("name", ""))


def parse_json(text: str) -> tuple[Table, str]:
    try:
        loaded = json.loads(text)
    except ValueError:
        raise InvalidInput("The calendar file is not valid JSON.", why="bad_json") from None
    docs = loaded if isinstance(loaded, list) else [loaded]
    table: Table = {}
    for doc in docs:
        if not isinstance(doc, dict) or not isinstance(doc.get("year"), int):
            raise InvalidInput("Each calendar year needs \"year\": 2027.", why="no_year")
        year = doc["year"]
        table[year] = {"holiday": {}, "workday": {}}
        for kind, key in (("holiday", "holidays"), ("workday", "workdays")):
            for day, name in _json_entries(doc, key):
                _add(table, year, kind, day, name)
    return table, str(docs[0].get("source", "")) if docs else ""


def parse_csv(text: str) -> Table:
    table: Table = {}
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"date", "kind"} <= set(reader.fieldnames):
        raise InvalidInput("A calendar CSV starts with the header date,kind,name.", why="bad_csv")
    for row in reader:
        day = _day(row["date"])
        table.setdefault(day.year, {"holiday": {}, "workday": {}})
        _add(table, day.year, (row.get("kind") or "").strip(), day, (row.get("name") or "").strip())
    return table


def parse_file(path: Path) -> tuple[Table, str]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise FileProblem(exc) from None
    except UnicodeDecodeError:
        raise InvalidInput("{path} is not a calendar file (not UTF-8 text).", why="not_text", path=str(path)) from None
    table, source = (parse_csv(text), "") if Path(path).suffix.lower() == ".csv" else parse_json(text)
    if not table:
        raise InvalidInput("The calendar file holds no year.", why="empty")
    return table, source or Path(path).name


def apply_calendar(ctx: Ctx, table: Table, source: str) -> dict:
    """Replace the given years' tables and recompute open clocks. No transaction of its own: the caller's
    (the import service below, or the office return-bundle import) so the table and the clocks land together."""
    now = ctx.now()
    for year, kinds in sorted(table.items()):
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        CalendarDay.delete().where(CalendarDay.day.between(first, last)).execute()
        rows = [{"day": d, "kind": kind, "name": name} for kind in kinds for d, name in kinds[kind].items()]
        if rows:
            CalendarDay.insert_many(rows).execute()
        CalendarYear.replace(year=year, source=source, imported_at=now).execute()
    changed = recompute_open_clocks(ctx, reason="calendar")
    done = {"years": sorted(table), "source": source, "clocks_recomputed": changed}
    audit.record(ctx, CALENDAR_IMPORT, "calendar", ",".join(map(str, sorted(table))), None, done)
    return done


def apply_calendar_documents(ctx: Ctx, docs: list[dict], source: str = "office") -> dict:
    """For the town office's return bundle: the same JSON objects as a file, already decoded."""
    table, _ = parse_json(json.dumps(docs, ensure_ascii=False))
    return apply_calendar(ctx, table, source)


@service(Perm.SETTINGS)
def import_calendar_file(ctx: Ctx, path: Path) -> dict:
    table, source = parse_file(path)
    return apply_calendar(ctx, table, source)
