"""Making a station (or office) data directory, opening it, and its enrolment card."""
import json
import re
from pathlib import Path

from db.connection import DatabaseTooNew, NotADatabase, close_database, open_database
from db.models import Account, StationRecord, database
from station import audit
from station.accounts import make_account
from station.audit_actions import ACCOUNT_ADD, INIT_ACTIONS
from station.context import CONSOLE, Actor, Ctx
from station.errors import InvalidInput, NoStation, Refused, SchemaTooNew
from station.files import write_atomically
from station.keys import b64, fingerprint, new_key_pairs
from station.paths import DB_FILE, backups_dir
from station.permissions import Perm, Role
from station.service import service

CARD_FORMAT = "village-station-card/1"
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{1,19}$")


def check_code_and_name(code: str, name: str) -> None:
    if not _CODE.match(code or ""):
        raise InvalidInput("A station code has 2 to 20 capital letters, digits or dashes, like CN-XJ-001.",
                           why="station_code")
    if not (name or "").strip() or len(name) > 60:
        raise InvalidInput("A station name is needed (at most 60 characters).", why="station_name")


def init_station(data_dir: Path, code: str, name: str, admin: str | None = None, pin: str | None = None,
                 kind: str = "station") -> Ctx:
    """Create the data directory, the database, the station row and its keys. Refuses an existing one."""
    check_code_and_name(code, name)
    if bool(admin) != bool(pin):
        raise InvalidInput("--admin and --pin go together.", why="admin_without_pin")
    db_path = data_dir / DB_FILE
    if db_path.exists():
        raise Refused("{path} already holds a station; nothing was changed.", why="station_exists", path=str(data_dir))
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        _create(db_path, data_dir, code, name.strip(), admin, pin, kind)
    except Exception:
        close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        raise
    return Ctx(data_dir, code, CONSOLE)


def _create(db_path: Path, data_dir: Path, code: str, name: str, admin: str | None, pin: str | None,
            kind: str) -> None:
    open_database(db_path, backups_dir(data_dir))
    keys = new_key_pairs()
    ctx = Ctx(data_dir, code, CONSOLE)
    with database.atomic():
        StationRecord.create(code=code, name=name, kind=kind, sign_private=keys.sign_private,
                             sign_public=keys.sign_public, box_private=keys.box_private, box_public=keys.box_public)
        audit.record(ctx, INIT_ACTIONS[kind], kind, code, None, {"name": name})
        if admin:
            make_account(admin, admin, Role.ADMIN, pin)
            audit.record(ctx, ACCOUNT_ADD, "account", admin, None, {"role": "admin"})


def open_station(data_dir: Path, actor: Actor = CONSOLE) -> Ctx:
    """Open an existing data directory (migrating it if older) and return a context for `actor`."""
    db_path = data_dir / DB_FILE
    if not db_path.exists():
        raise NoStation("No station in {path}. Make one with: station init --code CODE --name NAME",
                        path=str(data_dir))
    try:
        open_database(db_path, backups_dir(data_dir))
    except DatabaseTooNew as exc:
        raise SchemaTooNew("This data was written by a newer Village Station (schema {found}); this version "
                           "reads up to schema {known}. Please update the program.",
                           found=exc.found, known=exc.known) from exc
    except NotADatabase as exc:
        raise InvalidInput("{path} is not a Village Station database.",
                           why="not_a_station_database", path=str(db_path)) from exc
    record = StationRecord.select().first()
    if record is None:
        raise NoStation("No station in {path}. Make one with: station init --code CODE --name NAME",
                        path=str(data_dir))
    return Ctx(data_dir, record.code, actor)


def this_station() -> StationRecord:
    return StationRecord.select().first()


@service(Perm.VIEW, write=False)
def station_info(ctx: Ctx) -> dict:
    record = this_station()
    return {"code": record.code, "name": record.name, "kind": record.kind,
            "fingerprint": fingerprint(bytes(record.sign_public), bytes(record.box_public)),
            "accounts": Account.select().count()}


@service(None, write=False)
def enrolment_card(ctx: Ctx) -> dict:
    record = this_station()
    return {"format": CARD_FORMAT, "kind": record.kind, "code": record.code, "name": record.name,
            "sign_public": b64(bytes(record.sign_public)), "box_public": b64(bytes(record.box_public)),
            "fingerprint": fingerprint(bytes(record.sign_public), bytes(record.box_public))}


def export_card(ctx: Ctx, out: Path) -> dict:
    card = enrolment_card(ctx)
    write_atomically(out, json.dumps(card, ensure_ascii=False, indent=2).encode("utf-8"))
    return card
