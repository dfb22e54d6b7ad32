"""The volunteer roster (with weekly availability) and the hours ledger per volunteer and month."""
import datetime as dt
from dataclasses import asdict, dataclass

from db.models import Account, DeliveryRun, DeliveryStop, VillageGroup, Volunteer, VolunteerHours
from station import audit
from station.audit_actions import VOLUNTEER_ADD, VOLUNTEER_EDIT, VOLUNTEER_HOURS
from station.context import Ctx
from station.errors import InvalidInput, NotFound
from station.i18n import N_, tr
from station.ids import new_gid
from station.permissions import Perm, allowed
from station.phones import check_mobile, mask_phone
from station.service import service

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HALVES = ("am", "pm")
SLOTS = tuple(f"{d}_{h}" for d in DAYS for h in HALVES)
DAY_LABELS = (N_("Volunteers", "Mon"), N_("Volunteers", "Tue"), N_("Volunteers", "Wed"), N_("Volunteers", "Thu"),
              N_("Volunteers", "Fri"), N_("Volunteers", "Sat"), N_("Volunteers", "Sun"))
MAX_RUN_MINUTES = 8 * 60  # a run left open overnight counts a working day at most; staff can add more


@dataclass(frozen=True)
class VolunteerView:
    gid: str
    name: str
    phone: str
    account: str
    group: str
    availability: tuple[str, ...]
    active: bool

    def to_dict(self) -> dict:
        return asdict(self)


def check_availability(slots) -> tuple[str, ...]:
    if isinstance(slots, str):
        slots = [s for s in slots.replace(" ", "").split(",") if s]
    slots = tuple(s.lower() for s in slots or ())
    bad = [s for s in slots if s not in SLOTS]
    if bad:
        raise InvalidInput("{slot} is not a half-day like mon_am or sat_pm.", why="half_day", slot=bad[0])
    return tuple(s for s in SLOTS if s in slots)


def availability_text(slots) -> str:
    """Half-days as staff read them: 周一 周三上午 (Mon Wed AM), "—" when none."""
    parts = []
    for day, label in zip(DAYS, DAY_LABELS, strict=True):
        halves = [h for h in HALVES if f"{day}_{h}" in slots]
        if halves:
            if len(halves) == 2:
                parts.append(tr(*label))
            else:
                half = tr("Volunteers", "AM") if halves == ["am"] else tr("Volunteers", "PM")
                parts.append(tr("Volunteers", "{day} {half}").format(day=tr(*label), half=half))
    return " ".join(parts) or "—"


def _view(v: Volunteer, show_phone: bool) -> VolunteerView:
    group = VillageGroup.get_or_none(VillageGroup.gid == v.group_gid) if v.group_gid else None
    slots = tuple(s for s in v.availability.split(",") if s)
    return VolunteerView(v.gid, v.name, v.phone if show_phone else mask_phone(v.phone), v.account,
                         group.name if group else "", slots, v.active)


def find_volunteer(text: str) -> Volunteer:
    """By gid, account user name or exact name (the CLI's --volunteer)."""
    text = (text or "").strip()
    found = (Volunteer.get_or_none(Volunteer.gid == text) or Volunteer.get_or_none(Volunteer.account == text)
             or Volunteer.get_or_none(Volunteer.name == text))
    if found is None:
        raise NotFound("No volunteer {name} on the roster.", why="volunteer", name=text)
    return found


def _check(name: str, phone: str, account: str, group_gid: str | None) -> tuple[str, str]:
    name = (name or "").strip()
    if not name or len(name) > 30:
        raise InvalidInput("A volunteer needs a name (at most 30 characters).", why="volunteer_name")
    phone = check_mobile(phone) if phone else ""
    if account and Account.get_or_none(Account.username == account) is None:
        raise InvalidInput("No account {username}.", why="unknown_account", username=account)
    if group_gid and VillageGroup.get_or_none(VillageGroup.gid == group_gid) is None:
        raise InvalidInput("Unknown village group.", why="unknown_group")
    return name, phone


@service(Perm.VOLUNTEERS)
def save_volunteer(ctx: Ctx, name: str, phone: str = "", account: str = "", group_gid: str | None = None,
                   availability=(), gid: str | None = None, active: bool = True) -> VolunteerView:
    """Add a volunteer to the roster, or change one (by gid)."""
    name, phone = _check(name, phone, account, group_gid)
    fields = {"name": name, "phone": phone, "account": account or "", "group": group_gid or None,
              "availability": ",".join(check_availability(availability)), "active": bool(active)}
    if gid:
        v = Volunteer.get_or_none(Volunteer.gid == gid)
        if v is None:
            raise NotFound("No volunteer {name} on the roster.", why="volunteer", name=gid)
        before = _audit_fields(v)
        Volunteer.update(**fields).where(Volunteer.gid == gid).execute()
        v = Volunteer.get(Volunteer.gid == gid)
        audit.record(ctx, VOLUNTEER_EDIT, "volunteer", gid, before, _audit_fields(v))
    else:
        v = Volunteer.create(gid=new_gid(), owner=ctx.station_code, created_at=ctx.now(), **fields)
        audit.record(ctx, VOLUNTEER_ADD, "volunteer", v.gid, None, _audit_fields(v))
    return _view(v, True)


def _audit_fields(v: Volunteer) -> dict:
    return {"name": v.name, "account": v.account, "group": v.group_gid, "availability": v.availability,
            "active": v.active}


@service(Perm.VOLUNTEERS)
def ensure_volunteer(ctx: Ctx, name: str, phone: str = "", account: str = "", group_gid: str | None = None,
                     availability=()) -> VolunteerView:
    """The roster row for this account (or name), made if missing: for demo data and set-up scripts."""
    existing = (Volunteer.get_or_none(Volunteer.account == account) if account else None) or \
        Volunteer.get_or_none(Volunteer.name == name.strip())
    if existing is not None:
        return _view(existing, True)
    return save_volunteer(ctx, name, phone, account, group_gid, availability)


@service(Perm.VIEW, write=False)
def roster(ctx: Ctx, include_inactive: bool = False) -> list[VolunteerView]:
    show = allowed(ctx.actor.role, Perm.RESIDENT_PHONES)
    query = Volunteer.select().order_by(Volunteer.name)
    if not include_inactive:
        query = query.where(Volunteer.active == True)  # noqa: E712
    return [_view(v, show) for v in query]


@service(Perm.VOLUNTEERS)
def add_hours(ctx: Ctx, volunteer: str, day: dt.date, minutes: int, note: str = "") -> dict:
    """Enter time by hand (a visit, an errand, a run whose clock was wrong)."""
    v = find_volunteer(volunteer)
    if not isinstance(minutes, int) or not 1 <= minutes <= 24 * 60:
        raise InvalidInput("Minutes must be between 1 and 1440.", why="minutes")
    entry = VolunteerHours.create(gid=new_gid(), owner=ctx.station_code, volunteer=v.gid, day=day,
                                  minutes=minutes, source="entered", note=(note or "").strip(), created_at=ctx.now())
    audit.record(ctx, VOLUNTEER_HOURS, "volunteer_hours", entry.gid, None,
                 {"volunteer": v.gid, "day": day, "minutes": minutes, "note": note})
    return {"gid": entry.gid, "volunteer": v.name, "day": str(day), "minutes": minutes}


def credit_run(ctx: Ctx, run: DeliveryRun, closed_at: dt.datetime) -> int:
    """Ledger entry for a closed run: from slips printed (or planning) to closing, capped at a day's work."""
    if run.volunteer_gid is None:
        return 0
    started = run.started_at or run.created_at
    minutes = max(1, min(MAX_RUN_MINUTES, int((closed_at - started).total_seconds() // 60)))
    VolunteerHours.create(gid=new_gid(), owner=ctx.station_code, volunteer=run.volunteer_gid, run=run.gid,
                          day=closed_at.date(), minutes=minutes, source="run", created_at=ctx.now())
    return minutes


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    try:
        first = dt.datetime.strptime(month, "%Y-%m").date()
    except (TypeError, ValueError):
        raise InvalidInput("A month looks like 2026-03.", why="month") from None
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following


@service(Perm.VIEW, write=False)
def hours_by_month(ctx: Ctx, month: str) -> list[dict]:
    """Per volunteer for the month: minutes, runs and doorstep stops (every volunteer on the roster)."""
    first, following = month_bounds(month)
    rows = []
    for v in Volunteer.select().order_by(Volunteer.name):
        entries = list(VolunteerHours.select().where(VolunteerHours.volunteer == v.gid, VolunteerHours.day >= first,
                                                     VolunteerHours.day < following))
        runs = [e.run_gid for e in entries if e.run_gid]
        stops = DeliveryStop.select().where(DeliveryStop.run.in_(runs), DeliveryStop.outcome != "").count() \
            if runs else 0
        if entries or v.active:
            rows.append({"gid": v.gid, "name": v.name, "month": month, "minutes": sum(e.minutes for e in entries),
                         "runs": len(runs), "stops": stops,
                         "entries": [{"day": str(e.day), "minutes": e.minutes, "source": e.source,
                                      "run": e.run_gid or "", "note": e.note} for e in entries]})
    return rows
