"""station backup --out F, station restore F [--force]."""
import os
from pathlib import Path

from station.context import CONSOLE
from station.i18n import tr
from ui.cli.framework import ANY_KIND, Invocation, Output, command


def register(subparsers) -> None:
    save = command(subparsers, "backup", run_backup, "copy the station database to a file (safe while the app runs)",
                   kinds=ANY_KIND)
    save.add_argument("--out", required=True, type=Path)
    back = command(subparsers, "restore", run_restore, "replace the station database by a backup file",
                   kinds=ANY_KIND)
    back.add_argument("file", type=Path)
    back.add_argument("--force", action="store_true", help="restore a backup of a different station")


def run_backup(inv: Invocation) -> Output:
    from station.backup import backup

    info = backup(inv.ctx(), inv.args.out)
    return Output(info.to_dict(), tr("Cli", "Backup of station {code} written to {out} ({size} KB).").format(
        code=info.station_code, out=info.path, size=max(1, info.bytes // 1024)))


def run_restore(inv: Invocation) -> Output:
    from station.backup import restore

    actor = CONSOLE
    if getattr(inv.args, "user", None) or os.environ.get("STATION_USER"):
        actor = inv.ctx().actor  # checks the PIN against the current database first
    result = restore(inv.data_dir, inv.args.file, inv.args.force, actor)
    text = tr("Cli", "Restored station {code} from {file}.").format(code=result["station_code"],
                                                                    file=result["restored"])
    if result["previous"]:
        text += "\n" + tr("Cli", "The database it replaced is kept as {path}.").format(path=result["previous"])
    return Output(result, text)
