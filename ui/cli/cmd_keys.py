"""station keys export | import: moving a station's private keys to a new PC (under a passphrase)."""
from pathlib import Path

from station.i18n import tr
from ui.cli.framework import ANY_KIND, Invocation, Output, command, group, lazy

export_keys = lazy("station.keys_transfer:export_keys")
import_keys = lazy("station.keys_transfer:import_keys")


def register(subparsers) -> None:
    keys = group(subparsers, "keys", "the private keys (never in the database file): move them to a new PC",
                 kinds=ANY_KIND)
    out = command(keys, "export", run_export, "write the private keys, encrypted with a passphrase")
    out.add_argument("--out", required=True, type=Path, help="file to write the encrypted keys to")
    out.add_argument("--passphrase", required=True, help="at least 8 characters; needed again to import")
    back = command(keys, "import", run_import, "take the private keys on this PC (starts a new sync generation)")
    back.add_argument("file", type=Path, help="the key file made by station keys export")
    back.add_argument("--passphrase", required=True, help="the passphrase given at export")


def run_export(inv: Invocation) -> Output:
    done = export_keys(inv.ctx(), inv.args.out, inv.args.passphrase)
    return Output(done, tr("Cli", "Private keys of {code} written to {out}, encrypted with the passphrase "
                                  "(fingerprint {fp}). Keep the file and the passphrase apart.").format(
        code=done["code"], out=done["out"], fp=done["fingerprint"]))


def run_import(inv: Invocation) -> Output:
    done = import_keys(inv.ctx(), inv.args.file, inv.args.passphrase)
    text = tr("Cli", "Private keys of {code} are now on this PC ({store}).").format(
        code=done["code"], store=done["store"])
    if done["generation"]:
        text += "\n" + tr("Cli", "A new sync generation starts: the next bundle carries the whole station and the "
                                 "office replaces what it holds for it.")
    return Output(done, text)
