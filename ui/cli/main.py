"""Entry point of the `station` console command."""
import argparse
import json
import os
import sqlite3
import sys

import peewee

from station.errors import FileProblem, Refused, StationError
from station.i18n import set_language, tr
from ui.cli import commands
from ui.cli.argparse_i18n import requested_language, translate_argparse, translate_help
from ui.cli.framework import Invocation, Output, global_parent

VALUED_GLOBALS = ("--data", "--lang", "--user", "--pin", "--token")  # global options that take a value


def build_parser(only_gui: bool = False) -> argparse.ArgumentParser:
    """The whole command tree; `only_gui` makes just `gui` and `screenshot` (start-up of the window is timed)."""
    parser = argparse.ArgumentParser(prog="station", parents=[global_parent()],
                                     description="Village Station (村站): parcels, doorstep delivery, rights cases.")
    parser.set_defaults(handler=None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in commands.modules(["ui.cli.cmd_gui"] if only_gui else None):
        module.register(subparsers)
    translate_help(parser)
    return parser


def first_command(argv: list[str]) -> str | None:
    """The sub-command named in argv (skipping global options and their values), or None."""
    words = iter(argv)
    for word in words:
        if word in VALUED_GLOBALS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for stream in (sys.stdout, sys.stderr):  # undecodable bytes echoed back never crash the printing
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    set_language(requested_language(argv) or "zh_CN")  # usage errors come before parsing ends
    translate_argparse()
    parser = build_parser(only_gui=first_command(argv) == "gui")
    args = parser.parse_args(argv)
    set_language(getattr(args, "lang", None) or "zh_CN")
    if args.handler is None:
        if getattr(args, "group_parser", None) is not None:
            args.group_parser.print_usage(sys.stderr)
            return 2
        from ui.cli.cmd_gui import run_gui

        args.handler = run_gui
    try:
        output = args.handler(Invocation(args))
    except StationError as exc:
        return refuse(exc, getattr(args, "json", False))
    except OSError as exc:  # a file or folder the user named: one line, no traceback
        return refuse(FileProblem(exc), getattr(args, "json", False))
    except (sqlite3.Error, peewee.DatabaseError) as exc:  # no database, a dropped table, a vanished disk: one line
        return refuse(Refused("The database could not be used: {error}", why="database", error=str(exc)),
                      getattr(args, "json", False))
    except KeyboardInterrupt:
        print(tr("Cli", "Interrupted; nothing half-done was kept."), file=sys.stderr)
        return 1
    try:
        emit(output, getattr(args, "json", False))
        sys.stdout.flush()
    except BrokenPipeError:  # `station parcel list | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    if output is not None and output.refused:
        print(output.refused, file=sys.stderr)
        return 1
    return 0


def refuse(exc: StationError, as_json: bool) -> int:
    """One line on stderr; under --json also `{"error": {"code", "message", "params"}}` on stdout."""
    if as_json:
        print(json.dumps({"error": exc.to_dict()}, ensure_ascii=False, indent=2))
    print(" ".join(exc.message().split("\n")), file=sys.stderr)  # one line, always
    return 1


def emit(output: Output | None, as_json: bool) -> None:
    if output is None:
        return
    if as_json:
        print(json.dumps(output.data, ensure_ascii=False, indent=2, default=str))
    elif output.text:
        print(output.text)
