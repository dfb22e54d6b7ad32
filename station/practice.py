"""Practice mode (练习模式): a station of demo data beside the real one, for new staff and volunteers.

It lives in its own data directory next to the real station's (`<data>-practice`), marked by a file,
so it has its own database, keys and prints: nothing done there can reach the real station, and the
GUI opens it in a process of its own. It never syncs: every sync entry point calls `refuse_sync`.
Starting again (`wipe_practice`, `station gui --practice --reset`) deletes only a directory that carries
the marker; the next start makes it again from demo data.
"""
import os
import shutil
from pathlib import Path

from db.connection import close_database
from station.errors import Refused
from station.paths import DB_FILE

MARKER = "PRACTICE"
SUFFIX = "-practice"
RESIDENTS, PARCELS = 120, 800  # enough to try every task, made in a few seconds


def practice_dir(real_dir: Path) -> Path:
    """Where the practice station of the station in `real_dir` lives (its own directory, beside it)."""
    real_dir = Path(real_dir)
    return real_dir if is_practice(real_dir) else real_dir.parent / f"{real_dir.name}{SUFFIX}"


def real_dir_of(data_dir: Path) -> Path:
    """The real station's directory beside which `data_dir` (a practice station's) lives; itself otherwise."""
    data_dir = Path(data_dir)
    name = data_dir.name.removesuffix(SUFFIX)
    return data_dir.parent / name if name != data_dir.name and name else data_dir


def is_practice(data_dir: Path) -> bool:
    return (Path(data_dir) / MARKER).exists()


def make_practice(real_dir: Path, fresh: bool = False) -> Path:
    """The practice station for `real_dir`, made from the demo data when missing (or when `fresh`).

    Called by the practice process alone (`station gui --practice`), which never opens the real station."""
    from station.demo import make_demo_station

    os.environ["STATION_KEYSTORE"] = "file"  # its throw-away keys stay in its own folder, not the PC's key store
    target = wipe_practice(real_dir) if fresh else practice_dir(real_dir)
    if not (target / DB_FILE).exists():
        if target.exists() and any(target.iterdir()) and not is_practice(target):
            raise Refused("{path} exists and is not a practice station.", why="practice_dir_taken", path=str(target))
        target.mkdir(parents=True, exist_ok=True)
        (target / MARKER).write_text("Village Station practice data: safe to delete.\n", "utf-8")
        make_demo_station(target, RESIDENTS, PARCELS)
    return target


def wipe_practice(real_dir: Path) -> Path:
    """Delete the practice station of `real_dir` (closing this process's database first: only the practice
    process, or the CLI before it opens anything, calls this); returns where it was.

    Only a directory carrying the practice marker is deleted, never the real station. It is first renamed
    aside, so a practice station still open elsewhere (Windows keeps open files) refuses whole, not half."""
    target = practice_dir(real_dir)
    _sweep_leftovers(target)
    if not target.exists():
        return target
    if not is_practice(target):
        raise Refused("{path} exists and is not a practice station.", why="practice_dir_taken", path=str(target))
    close_database()
    aside = target.with_name(f"{target.name}.deleting-{os.getpid()}")
    try:
        target.rename(aside)
    except OSError:
        raise Refused("The practice station is still open in another window; close it and try again.",
                      why="practice_in_use") from None
    shutil.rmtree(aside, ignore_errors=True)
    return target


def _sweep_leftovers(target: Path) -> None:
    """Folders an earlier start-again renamed aside but could not delete whole (a file held open on Windows):
    only our own `<practice>.deleting-<pid>` names, never anything else beside the station."""
    for aside in target.parent.glob(f"{target.name}.deleting-*"):
        if aside.is_dir() and aside.name.removeprefix(f"{target.name}.deleting-").isdigit():
            shutil.rmtree(aside, ignore_errors=True)


def refuse_sync(ctx) -> None:
    """Sync services call this first: a practice station never sends to or takes from the town office."""
    if is_practice(ctx.data_dir):
        raise Refused("This is the practice station: it never syncs with the town office.", why="practice")
