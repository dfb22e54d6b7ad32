"""The town office's data directory: making it, its key file, enrolling stations, the watch list and notices."""
import os
from pathlib import Path

from db.models import OfficeNotice, OfficeStation, OfficeWatch
from station import audit
from station.audit_actions import OFFICE_ENROLL, OFFICE_NOTICE_ADD, OFFICE_WATCH_ADD
from station.context import Actor, Ctx
from station.errors import InvalidInput, Refused
from station.identity import enrolment_card, export_card, init_station, open_station, this_station
from station.ids import new_gid
from station.permissions import Perm
from station.service import service
from station.sync.state import read_card

# In-process callers (tests, benchmarks) act as this; the CLI and GUI sign in with an office account or token.
OFFICE_CONSOLE = Actor("console", "命令行", "office_admin")


def new_office_code() -> str:
    return "OFFICE-" + new_gid()[-6:]


def init_office(data_dir: Path, name: str, code: str | None = None, admin: str | None = None,
                pin: str | None = None, db_url: str | None = None) -> Ctx:
    """A town office data directory; `admin` (with `pin`) is its first office administrator."""
    ctx = as_office(init_station(data_dir, code or new_office_code(), name, admin, pin, kind="office",
                                 db_url=db_url))
    office_dirs(data_dir)
    return ctx


def as_office(ctx: Ctx) -> Ctx:
    """The context for office work; refuses a station's data directory."""
    if this_station().kind != "office":
        raise Refused("{path} holds a station, not a town office (make one with: station office init).",
                      why="station_directory",
                      path=str(ctx.data_dir))
    return ctx.as_actor(OFFICE_CONSOLE) if ctx.actor.username == "console" else ctx


def open_office(data_dir: Path) -> Ctx:
    return as_office(open_station(data_dir))


def export_office_key(ctx: Ctx, out: Path) -> dict:
    return export_card(ctx, out)


@service(Perm.OFFICE)
def enroll(ctx: Ctx, card_path: Path) -> dict:
    """Accept bundles from the station whose enrolment card this is."""
    card = read_card(card_path, "station")
    existing = OfficeStation.get_or_none(OfficeStation.code == card["code"])
    if existing is not None:
        if existing.fingerprint != card["fingerprint"]:
            raise Refused("Station {code} is already enrolled with another key ({fp}); nothing was changed.",
                          why="enrolled_with_other_key",
                          code=card["code"], fp=existing.fingerprint)
        return {"code": card["code"], "name": existing.name, "fingerprint": card["fingerprint"], "new": False}
    OfficeStation.create(code=card["code"], name=card["name"], sign_public=card["sign_public"],
                         box_public=card["box_public"], fingerprint=card["fingerprint"], enrolled_at=ctx.now())
    audit.record(ctx, OFFICE_ENROLL, "office_station", card["code"], None,
                 {"name": card["name"], "fingerprint": card["fingerprint"]})
    return {"code": card["code"], "name": card["name"], "fingerprint": card["fingerprint"], "new": True}


@service(Perm.OFFICE, write=False)
def stations(ctx: Ctx) -> list[dict]:
    query = OfficeStation.select().order_by(OfficeStation.code)
    return [{"code": s.code, "name": s.name, "fingerprint": s.fingerprint, "applied_to": s.applied_to,
             "last_bundle_at": str(s.last_bundle_at or "")} for s in query]


@service(Perm.OFFICE, write=False)
def station_warnings(ctx: Ctx, station: str | None = None) -> list[dict]:
    """What the office noticed about stations' audit logs and restores, newest first (office status)."""
    from station.sync.office_audit import warnings_for

    return warnings_for(station)


@service(Perm.OFFICE)
def add_watch(ctx: Ctx, name: str, phone: str = "", reason: str = "") -> dict:
    if not name.strip():
        raise InvalidInput("A merchant name is needed.", why="merchant_name")
    row = {"gid": new_gid(), "name": name.strip(), "phone": phone.strip(), "reason": reason.strip()}
    OfficeWatch.create(**row, updated_at=ctx.now())
    audit.record(ctx, OFFICE_WATCH_ADD, "office_watch", row["gid"], None, row)
    return row


@service(Perm.OFFICE)
def add_notice(ctx: Ctx, title: str, body: str) -> dict:
    if not title.strip():
        raise InvalidInput("A notice needs a title.", why="notice_title")
    row = {"gid": new_gid(), "title": title.strip(), "body": body.strip()}
    OfficeNotice.create(**row, created_at=ctx.now())
    audit.record(ctx, OFFICE_NOTICE_ADD, "office_notice", row["gid"], None, row)
    return row


def office_dirs(data_dir: Path) -> dict[str, Path]:
    dirs = {name: data_dir / name for name in ("quarantine", "backlog", "incoming", "returns")}
    for path in dirs.values():
        os.makedirs(path, exist_ok=True)
    return dirs


def office_card(ctx: Ctx) -> dict:
    return enrolment_card(ctx)
