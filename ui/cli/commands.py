"""The command modules, in help order. Add yours here."""
import importlib

COMMAND_MODULES = [
    "ui.cli.cmd_gui",
    "ui.cli.cmd_station",
    "ui.cli.cmd_audit",
    "ui.cli.cmd_backup",
    "ui.cli.cmd_keys",
    "ui.cli.cmd_account",
    "ui.cli.cmd_parcel",
    "ui.cli.cmd_scan",
    "ui.cli.cmd_demo",
    "ui.cli.cmd_guide",
    "ui.cli.cmd_notices",
    "ui.cli.cmd_delivery",
    "ui.cli.cmd_volunteer",
    "ui.cli.cmd_resident",
    "ui.cli.cmd_order",
    "ui.cli.cmd_send",
    "ui.cli.cmd_cash",
    "ui.cli.cmd_sync",
    "ui.cli.cmd_case",
    "ui.cli.cmd_calendar",
]


def modules(names: list[str] | None = None):
    return [importlib.import_module(name) for name in (COMMAND_MODULES if names is None else names)]
