"""Backups and restore of the station database.

A backup is made with SQLite's online backup API in one step from one read transaction, so it is a
consistent snapshot even while the app keeps writing (WAL lets the writer go on). It is written to a
temporary name and renamed, so a crash leaves no half file under the real name.

A restore checks the file first (SQLite, a station table, a schema this program reads, a clean
`integrity_check`, the same station), copies it beside the live database, checks the copy again, and
only then swaps it in; the database it replaces is kept as `backups/before-restore-<stamp>.db`.
"""
import datetime as dt
import gc
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from db.connection import close_database
from db.migrations import LATEST_VERSION
from station import audit
from station.audit_actions import STATION_RESTORE
from station.context import CONSOLE, Actor, Ctx
from station.errors import FileProblem, InvalidInput, NotFound, Refused
from station.paths import DB_FILE, backups_dir
from station.permissions import Perm

SQLITE_MAGIC = b"SQLite format 3\x00"
DAILY_PREFIX = "daily-"


@dataclass(frozen=True)
class BackupInfo:
    path: str
    station_code: str
    schema: int
    bytes: int
    keys: str = ""  # where the private keys are (never in the backup): "keyring" or the key file's path

    def to_dict(self) -> dict:
        return asdict(self)


def backup(ctx: Ctx, out: Path) -> BackupInfo:
    """Copy the live database to `out` (a consistent snapshot; the app may keep writing meanwhile)."""
    ctx.require(Perm.BACKUP)
    out = Path(out)
    if out.exists() and out.is_dir():
        raise InvalidInput("{out} is a folder; give a file name for the backup.",
                           why="backup_path_is_folder", out=str(out))
    copy_database(ctx.data_dir / DB_FILE, out)
    code, schema = inspect_backup(out)
    from station import keystore

    return BackupInfo(str(out), code, schema, out.stat().st_size, keystore.describe(ctx.data_dir))


def copy_database(source: Path, target: Path) -> None:
    """Online-backup `source` into `target` via a temporary file, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        tmp.open("wb").close()  # a folder we cannot write to is named as the user typed it, not as SQLite says
    except OSError as exc:
        raise FileProblem(OSError(exc.errno, exc.strerror, str(target))) from None
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)  # all pages in one step: one read snapshot, never restarted by writers
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    except sqlite3.Error as exc:
        dst.close()
        tmp.unlink(missing_ok=True)
        raise Refused("Could not copy the database: {error}", why="copy_failed", error=str(exc)) from exc
    finally:
        src.close()
    dst.close()
    _fsync(tmp)
    os.replace(tmp, target)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def inspect_backup(path: Path) -> tuple[str, int]:
    """(station code, schema version) of a station backup; refuses anything else with one clear message."""
    path = Path(path)
    if not path.is_file():
        raise NotFound("No backup file at {path}.", why="backup_file", path=str(path))
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise InvalidInput("{path} is not a station backup (not an SQLite database).",
                               why="not_a_backup", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return _check_open_backup(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise InvalidInput("{path} is damaged and cannot be used: {error}",
                           why="backup_damaged", path=str(path), error=str(exc)) from exc


def _check_open_backup(conn: sqlite3.Connection, path: Path) -> tuple[str, int]:
    schema = conn.execute("PRAGMA user_version").fetchone()[0]
    if schema > LATEST_VERSION:
        raise Refused("{path} was written by a newer Village Station (schema {found}); this version reads up to "
                      "schema {known}. Please update the program.",
                      why="backup_too_new", path=str(path), found=schema, known=LATEST_VERSION)
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='station'").fetchone()
    row = conn.execute("SELECT code FROM station LIMIT 1").fetchone() if has_table else None
    if row is None:
        raise InvalidInput("{path} is not a station backup (it holds no station record).",
                           why="not_a_backup", path=str(path))
    verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        raise InvalidInput("{path} is damaged and cannot be used: {error}",
                           why="backup_damaged", path=str(path), error=verdict)
    return row[0], schema


def restore(data_dir: Path, file: Path, force: bool = False, actor: Actor = CONSOLE) -> dict:
    """Replace the station database by a checked backup; the replaced one is kept under backups/."""
    Ctx(Path(data_dir), "", actor).require(Perm.BACKUP)
    data_dir, file = Path(data_dir), Path(file)
    code, _schema = inspect_backup(file)
    live = data_dir / DB_FILE
    current = _current_code(live)
    if current is not None and current != code and not force:
        raise Refused("The backup is of station {theirs}, but this is station {ours}. Nothing was changed; "
                      "add --force to restore it anyway.", why="other_station_backup", theirs=code, ours=current)
    close_database()
    gc.collect()  # a sqlite3 connection left in a reference cycle (not yet freed) would block leaving WAL below
    staged = data_dir / (DB_FILE + ".restoring")
    copy_database(file, staged)
    try:
        inspect_backup(staged)
        kept = _keep_current(live, data_dir) if live.exists() else None
    except Exception:
        staged.unlink(missing_ok=True)
        raise
    _swap_in(staged, live)
    result = {"restored": str(file), "station_code": code, "previous": str(kept) if kept else None}
    _record_restore(data_dir, actor, result)
    return result


def _current_code(live: Path) -> str | None:
    if not live.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT code FROM station LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None  # a damaged live database is exactly what a restore is for
    return row[0] if row else None


def _keep_current(live: Path, data_dir: Path) -> Path:
    """Take the live database out of WAL mode (so its file holds everything) and copy it aside.

    Leaving WAL needs the only connection to the file, so this also refuses while the app (or any
    other program) still has the database open: swapping the file under it would lose its writes."""
    try:
        conn = sqlite3.connect(str(live), timeout=2)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        mode = "in use"
    except sqlite3.DatabaseError:
        mode = "delete"  # damaged: keep its bytes as they are
    if mode != "delete":
        raise Refused("The station database is in use (is the app open?). Close it and try again.",
                      why="database_in_use")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = backups_dir(data_dir) / f"before-restore-{stamp}.db"
    serial = 1
    while kept.exists():
        serial += 1
        kept = kept.with_name(f"before-restore-{stamp}-{serial}.db")
    kept.parent.mkdir(parents=True, exist_ok=True)
    tmp = kept.with_name(kept.name + ".part")
    tmp.write_bytes(live.read_bytes())
    _fsync(tmp)
    os.replace(tmp, kept)
    return kept


def _swap_in(staged: Path, live: Path) -> None:
    """Rename the checked copy over the live file; the old WAL was emptied, so dropping it loses nothing."""
    os.replace(staged, live)
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)


def _record_restore(data_dir: Path, actor: Actor, result: dict) -> None:
    from station.identity import open_station  # identity imports accounts; keep this module light

    ctx = open_station(data_dir, actor)
    try:
        from db.models import database
        from station.sync.anchor import start_generation

        with database.atomic("IMMEDIATE"):
            # A new sync generation: the office replaces what it holds by this state (station/sync/anchor.py).
            result["generation"] = start_generation()
            audit.record(ctx, STATION_RESTORE, "station", ctx.station_code, None, result)
    finally:
        close_database()


def daily_backup(ctx: Ctx, keep: int) -> Path:
    """Today's backup in backups/daily-YYYYMMDD.db (made once a day), keeping the newest `keep`."""
    folder = backups_dir(ctx.data_dir)
    target = folder / f"{DAILY_PREFIX}{dt.date.today():%Y%m%d}.db"
    if not target.exists():
        backup(ctx, target)
    prune_daily(folder, keep)
    return target


def prune_daily(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` daily backups (other files in the folder are left alone)."""
    daily = sorted(p for p in folder.glob(f"{DAILY_PREFIX}*.db") if p.stem[len(DAILY_PREFIX):].isdigit())
    doomed = daily[:-keep] if keep > 0 else daily
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
