"""station backup --out F, station restore F [--force]."""
import shutil
import tempfile
from pathlib import Path

from station.context import Actor
from station.errors import InvalidInput, NoStation, SchemaTooNew
from station.i18n import tr
from station.paths import DB_FILE
from ui.cli.framework import ANY_KIND, Invocation, Output, command


def register(subparsers) -> None:
    save = command(subparsers, "backup", run_backup, "copy the station database to a file (safe while the app runs)",
                   kinds=ANY_KIND)
    save.add_argument("--out", required=True, type=Path, help="file to write the backup to")
    back = command(subparsers, "restore", run_restore, "replace the station database by a backup file",
                   kinds=ANY_KIND)
    back.add_argument("file", type=Path, help="a backup file made by station backup")
    back.add_argument("--force", action="store_true", help="restore a backup of a different station")


def run_backup(inv: Invocation) -> Output:
    from station.backup import backup

    info = backup(inv.ctx(), inv.args.out)
    text = tr("Cli", "Backup of station {code} written to {out} ({size} KB).").format(
        code=info.station_code, out=info.path, size=max(1, info.bytes // 1024))
    return Output(info.to_dict(), f"{text}\n{keys_line(info.keys)}")


def keys_line(keys: str) -> str:
    """Backups say where the private keys are: never in the backup itself."""
    if keys == "keyring":
        where = tr("Cli", "the system key store of this PC")
    else:
        where = tr("Cli", "the key file {path} (readable by this user only)").format(path=keys)
    return tr("Cli", "The backup holds no private keys; they are in {where}. To move the station to a new PC, "
                     "also run: station keys export --out FILE --passphrase PASSPHRASE").format(where=where)


def run_restore(inv: Invocation) -> Output:
    from station.backup import restore

    result = restore(inv.data_dir, inv.args.file, inv.args.force, restoring_actor(inv))
    text = tr("Cli", "Restored station {code} from {file}.").format(code=result["station_code"],
                                                                    file=result["restored"])
    text += "\n" + tr("Cli", "A new sync generation starts: the next bundle carries the whole station and the "
                             "office replaces what it holds for it.")
    if result["previous"]:
        text += "\n" + tr("Cli", "The database it replaced is kept as {path}.").format(path=result["previous"])
    return Output(result, text)


def restoring_actor(inv: Invocation) -> Actor:
    """Who restores: signed in against the current database; when there is none or it cannot be opened
    (damaged, which is what a restore is for; a new PC), against the accounts in the backup itself."""
    try:
        return inv.ctx().actor
    except (NoStation, InvalidInput, SchemaTooNew):
        if (inv.data_dir / DB_FILE).exists() and not _unusable(inv):
            raise
    from db.connection import close_database
    from station.backup import inspect_backup
    from station.identity import open_station

    close_database()
    inspect_backup(inv.args.file)
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copyfile(inv.args.file, Path(scratch) / DB_FILE)
        try:
            return Invocation(inv.args).signed_in(open_station(Path(scratch)))
        finally:
            close_database()


def _unusable(inv: Invocation) -> bool:
    from station.backup import _current_code

    return _current_code(inv.data_dir / DB_FILE) is None
