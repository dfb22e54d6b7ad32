"""Sub-command plumbing shared by every command module.

Global options (--data, --json, --lang, --user, --pin) are accepted before or after the sub-command:
every parser gets them from one parent parser with SUPPRESS defaults, so a later one never
overwrites an earlier one.
"""
import argparse
import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.context import NOBODY, Actor, Ctx
from station.errors import Refused
from station.identity import open_station, this_station
from station.paths import resolve_data_dir

# Acts when a database has no account at all (made before accounts were required): it may only add the
# first administrator (`station account add NAME --role admin`), nothing else.
SETUP = Actor("setup", "初次设置", "admin")


def global_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data", default=argparse.SUPPRESS, help="data directory (env STATION_DATA)")
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="one JSON document on stdout")
    parent.add_argument("--lang", choices=["zh_CN", "en", "pseudo"], default=argparse.SUPPRESS,
                        help="language of messages and help")
    parent.add_argument("--user", default=argparse.SUPPRESS, help="act as this account (env STATION_USER)")
    parent.add_argument("--pin", default=argparse.SUPPRESS, help="its PIN or password (env STATION_PIN)")
    parent.add_argument("--token", default=argparse.SUPPRESS, help="an access token instead (env STATION_TOKEN)")
    return parent


_GLOBAL: dict[str, argparse.ArgumentParser] = {}


def global_parent() -> argparse.ArgumentParser:
    """The global options, made in the current language: argparse titles a parser's option group when the
    parser is made, and a parent made before the language was chosen printed a second, English
    "options" heading under the Chinese "选项"."""
    from station.i18n import language
    from ui.cli.argparse_i18n import translate_argparse

    translate_argparse()
    if language() not in _GLOBAL:
        _GLOBAL[language()] = global_options()
    return _GLOBAL[language()]


@dataclass
class Output:
    """What a command hands back: data for --json, text for people.

    `refused` is for batch commands where part of the request was refused (one bad file among many):
    the summary is still printed, then that one line goes to stderr and the exit code is 1."""

    data: Any
    text: str = ""
    refused: str = ""


@dataclass
class Invocation:
    args: argparse.Namespace
    _ctx: Ctx | None = field(default=None, init=False)

    @property
    def data_dir(self) -> Path:
        return checked_data_dir(getattr(self.args, "data", None))

    def ctx(self) -> Ctx:
        """Open the station and act as the signed-in account or access token (nobody when none is given:
        then every service that needs a permission refuses, asking to sign in)."""
        if self._ctx is None:
            ctx = open_station(self.data_dir, NOBODY)
            check_kind(getattr(self.args, "kinds", ANY_KIND))
            self._ctx = ctx.as_actor(self.signed_in(ctx))
        return self._ctx

    def option(self, name: str, env: str) -> str:
        value = getattr(self.args, name, None)
        return value if value is not None else os.environ.get(env, "")

    def signed_in(self, ctx: Ctx) -> Actor:
        """--token, else --user with --pin (asked for on a terminal when not given), else nobody."""
        from station.accounts import authenticate, has_accounts

        if token := self.option("token", "STATION_TOKEN"):
            from station.tokens import token_actor

            return token_actor(token)
        if user := self.option("user", "STATION_USER"):
            secret = self.option("pin", "STATION_PIN") or ask_pin(user)
            if not secret:
                ctx.require_signed_in()  # no PIN given: ask for one (not counted as a wrong PIN)
            return authenticate(ctx, user, secret, record=False)
        if getattr(self.args, "bootstrap", False) and not has_accounts():
            return SETUP
        return NOBODY


def ask_pin(user: str) -> str:
    """The PIN typed at a terminal (not echoed); nothing when stdin is not a terminal (scripts, pipes)."""
    import sys

    if not sys.stdin.isatty():
        return ""
    import getpass

    from station.i18n import tr

    try:
        return getpass.getpass(tr("Cli", "PIN or password for {user}: ").format(user=user))
    except EOFError:
        return ""


Handler = Callable[[Invocation], Output]


def checked_data_dir(option: str | None) -> Path:
    """--data (or env STATION_DATA) must name a folder: an empty value never means the default one."""
    from station.errors import InvalidInput
    from station.inputs import bad_character

    env = os.environ.get("STATION_DATA")
    given = option if option is not None else env
    if given is not None and not given.strip():
        raise InvalidInput("--data (or STATION_DATA) is empty; name the data folder.", why="data_empty")
    if given is not None and bad_character(given):
        raise InvalidInput("The data folder name contains a control or undecodable character.", why="data_bad")
    path = resolve_data_dir(given)
    if path.exists() and not path.is_dir():
        raise InvalidInput("--data must name a folder; {path} is a file.", why="data_not_folder", path=str(path))
    return path


def check_kind(kinds: tuple[str, ...]) -> None:
    """A station command on the office's data (or the other way round) is refused before it changes anything."""
    kind = this_station().kind
    if kind in kinds:
        return
    if kind == "office":
        raise Refused("This is the town office's data directory; this command is for a station.",
                      why="office_directory")
    raise Refused("This is a station's data directory; this command is for the town office "
                  "(make one with: station office init --name NAME).", why="station_directory")


def lazy(target: str) -> Callable:
    """A service function ("package.module:name") imported on its first call.

    `station gui` builds every command's parser before the window opens; a command module that imported
    its services at the top (HTTP, SSL, e-mail parsing for sync …) would delay the window for all."""
    module, name = target.split(":")

    def call(*args, **kwargs):
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = name
    return call


STATION = ("station",)
OFFICE = ("office",)
ANY_KIND = ("station", "office")


def command(subparsers, name: str, handler: Handler, help: str, kinds: tuple[str, ...] | None = None,
            **kwargs) -> argparse.ArgumentParser:
    """A sub-command; `kinds` says which data directories it applies to (default: its group's, else a station)."""
    parser = subparsers.add_parser(name, help=help, parents=[global_parent()], **kwargs)
    parser.set_defaults(handler=handler, kinds=kinds or getattr(subparsers, "kinds", STATION))
    return parser


def group(subparsers, name: str, help: str, kinds: tuple[str, ...] | None = None):
    """A command with sub-commands of its own (`station parcel intake …`); they inherit its `kinds`."""
    parser = subparsers.add_parser(name, help=help, parents=[global_parent()])
    parser.set_defaults(handler=None, group_parser=parser)
    children = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND")
    children.kinds = kinds or getattr(subparsers, "kinds", STATION)
    return children
