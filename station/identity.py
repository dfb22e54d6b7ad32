"""Making a station (or office) data directory, opening it, and its enrolment card."""
import json
import re
from pathlib import Path

from db.connection import DatabaseTooNew, NotADatabase, close_database, open_database
from db.migrations import LATEST_VERSION
from db.models import Account, StationRecord, database
from db.postgres import is_postgres_url, where
from station import audit, keystore
from station.accounts import make_account
from station.audit_actions import ACCOUNT_ADD, INIT_ACTIONS
from station.context import CONSOLE, Actor, Ctx
from station.errors import InvalidInput, NoStation, Refused, SchemaTooNew, database_reason
from station.files import write_atomically
from station.inputs import clean_text
from station.keys import b64, fingerprint, new_key_pairs
from station.paths import DB_FILE, DB_URL_FILE, backups_dir, database_url, holds_data
from station.permissions import Perm, Role
from station.service import service

CARD_FORMAT = "village-station-card/1"
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{1,19}$")


def check_code_and_name(code: str, name: str) -> None:
    if not _CODE.match(code or ""):
        raise InvalidInput("A station code has 2 to 20 capital letters, digits or dashes, like CN-XJ-001.",
                           why="station_code")
    clean_text("name", name or "")
    if not (name or "").strip() or len(name) > 60:
        raise InvalidInput("A station name is needed (at most 60 characters).", why="station_name")


def init_station(data_dir: Path, code: str, name: str, admin: str | None = None, pin: str | None = None,
                 kind: str = "station", db_url: str | None = None) -> Ctx:
    """Create the data directory, the database, the station row and its keys. Refuses an existing one.

    `db_url` (an office only) puts the database on PostgreSQL; the data directory then keeps its address."""
    check_code_and_name(code, name)
    if bool(admin) != bool(pin):
        raise InvalidInput("--admin and --pin go together.", why="admin_without_pin")
    db_path = data_dir / DB_FILE
    if holds_data(data_dir):
        raise Refused("{path} already holds a station; nothing was changed.", why="station_exists", path=str(data_dir))
    if db_url:
        return _init_on_postgres(data_dir, code, name.strip(), admin, pin, kind, db_url)
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        _create(db_path, data_dir, code, name.strip(), admin, pin, kind)
    except Exception:
        close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        (data_dir / keystore.KEY_FILE).unlink(missing_ok=True)
        raise
    return Ctx(data_dir, code, CONSOLE)


def _init_on_postgres(data_dir: Path, code: str, name: str, admin: str | None, pin: str | None, kind: str,
                      url: str) -> Ctx:
    if kind != "office" or not is_postgres_url(url):
        raise InvalidInput("--db takes a postgresql://user@host:port/database address (for a town office).",
                           why="db_not_postgres")
    _open_postgres(url)
    if StationRecord.select().exists():
        raise Refused("The database at {host} already holds {code}; nothing was changed.",
                      why="database_not_empty", host=where(url),
                      code=StationRecord.select().first().code)
    _fill(data_dir, code, name, admin, pin, kind)
    data_dir.mkdir(parents=True, exist_ok=True)
    write_atomically(data_dir / DB_URL_FILE, (url + "\n").encode("utf-8"))
    return Ctx(data_dir, code, CONSOLE)


def _open_postgres(url: str) -> None:
    from db import postgres

    try:
        db = postgres.connect(url)
    except postgres.ConnectFailed as exc:
        raise Refused("The office database at {host} cannot be used: {reason}", why="database_unreachable",
                      host=exc.host, reason=database_reason(exc.kind, exc.reason)) from None
    found = postgres.schema_version(db)
    if found > LATEST_VERSION:
        raise SchemaTooNew("This data was written by a newer Village Station (schema {found}); this version "
                           "reads up to schema {known}. Please update the program.", found=found, known=LATEST_VERSION)
    postgres.migrate(db)


def _create(db_path: Path, data_dir: Path, code: str, name: str, admin: str | None, pin: str | None,
            kind: str) -> None:
    open_database(db_path, backups_dir(data_dir))
    _fill(data_dir, code, name, admin, pin, kind)


def _fill(data_dir: Path, code: str, name: str, admin: str | None, pin: str | None, kind: str) -> None:
    keys = new_key_pairs()
    role = Role.OFFICE_ADMIN if kind == "office" else Role.ADMIN
    ctx = Ctx(data_dir, code, Actor(admin, admin, role) if admin else CONSOLE)  # the log starts with its maker
    with database.atomic():
        StationRecord.create(code=code, name=name, kind=kind, sign_private=b"", sign_public=keys.sign_public,
                             box_private=b"", box_public=keys.box_public)
        keystore.save(keystore.PrivateKeys(keys.sign_private, keys.box_private), code, data_dir)
        audit.record(ctx, INIT_ACTIONS[kind], kind, code, None, {"name": name})
        if admin:
            make_account(admin, admin, role, pin)
            audit.record(ctx, ACCOUNT_ADD, "account", admin, None, {"role": str(role)})


def open_station(data_dir: Path, actor: Actor = CONSOLE) -> Ctx:
    """Open an existing data directory (migrating it if older) and return a context for `actor`."""
    db_path = data_dir / DB_FILE
    url = database_url(data_dir)
    if url:
        _open_postgres(url)
        return _opened(data_dir, actor)
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
    return _opened(data_dir, actor)


def _opened(data_dir: Path, actor: Actor) -> Ctx:
    record = StationRecord.select().first()
    if record is None:
        raise NoStation("No station in {path}. Make one with: station init --code CODE --name NAME",
                        path=str(data_dir))
    keystore.use_folder(data_dir)
    keystore.move_out_of_database(data_dir)
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
