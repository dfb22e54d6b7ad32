"""station init, station identity export, station info."""
from pathlib import Path

from station.errors import InvalidInput
from station.i18n import N_, tr
from station.identity import export_card, init_station, station_info
from ui.cli.framework import ANY_KIND, Invocation, Output, command, group


def register(subparsers) -> None:
    init = command(subparsers, "init", run_init, "make a station (keys included)")
    init.add_argument("--code", required=True,
                      help="station code: 2-20 capital letters, digits or dashes, e.g. CN-XJ-001")
    init.add_argument("--name", required=True, help="the station's name, e.g. 新街村站 (at most 60 characters)")
    init.add_argument("--admin", required=True, help="the first admin account (its PIN or password with --pin)")
    identity = group(subparsers, "identity", "this station's enrolment card", kinds=ANY_KIND)
    export = command(identity, "export", run_identity_export, "write the enrolment card")
    export.add_argument("--out", required=True, type=Path, help="file to write the card to (JSON), for the town office")
    command(subparsers, "info", run_info, "what this data directory holds", kinds=ANY_KIND)


def run_init(inv: Invocation) -> Output:
    a = inv.args
    ctx = init_station(inv.data_dir, a.code, a.name, a.admin, first_admin_pin(inv))
    info = station_info(ctx)
    text = tr("Cli", "Station {code} ({name}) made in {path}. Key fingerprint: {fp}").format(
        code=info["code"], name=info["name"], path=inv.data_dir, fp=info["fingerprint"])
    return Output({**info, "data": str(inv.data_dir)}, text)


def run_identity_export(inv: Invocation) -> Output:
    card = export_card(inv.ctx(), inv.args.out)
    return Output({**card, "out": str(inv.args.out)},
                  tr("Cli", "Enrolment card written to {out} (fingerprint {fp}).").format(
                      out=inv.args.out, fp=card["fingerprint"]))


def first_admin_pin(inv: Invocation) -> str:
    """`init` makes the first admin: --pin (or env STATION_PIN) is required with --admin."""
    pin = inv.option("pin", "STATION_PIN")
    if not pin:
        raise InvalidInput("--admin USER needs --pin PIN: the first administrator's PIN or password.",
                           why="admin_pin_missing")
    return pin


KIND_NAMES = {"station": N_("Cli", "village station"), "office": N_("Cli", "town office")}


def run_info(inv: Invocation) -> Output:
    info = station_info(inv.ctx())
    kind = tr(*KIND_NAMES[info["kind"]]) if info["kind"] in KIND_NAMES else info["kind"]
    return Output(info, tr("Cli", "{code} {name} ({kind}), key fingerprint {fp}").format(
        code=info["code"], name=info["name"], kind=kind, fp=info["fingerprint"]))
