"""Issue 9: arbitrary text (lone surrogates, controls, ANSI escapes, full-width digits …) thrown at every CLI
command: exit 0, 1 or 2, never a traceback, one stderr line for a refusal, and the database unchanged by it.

Runs `ui.cli.main.main` in-process (a subprocess per example would take ten times as long) with strict UTF-8
streams, as a real terminal has. Signed in with an admin token, so every command gets past the sign-in and the
input is what is tested. Path-typed values are kept inside the test's folder (as root, an arbitrary absolute
path could be written anywhere)."""
import argparse
import io
import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.connection import close_database
from station.tokens import add_token
from ui.cli.main import build_parser, main

SKIPPED = {"gui", "screenshot", "demo", "office serve", "sync push"}  # the GUI, minutes of demo data, the network
GLOBALS = {"--data", "--json", "--lang", "--user", "--pin", "--token", "-h", "--help"}


def _leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> dict:
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.update(_leaf_commands(child, (*prefix, name)))
    if prefix and not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
        found[prefix] = parser
    return found


COMMANDS = {words: p for words, p in _leaf_commands(build_parser()).items()
            if not ({words[0], " ".join(words[:2])} & SKIPPED)}


def _arguments(parser):
    positionals = [a for a in parser._actions if not a.option_strings and a.dest != "help"]
    options = [a for a in parser._actions if a.option_strings and not set(a.option_strings) & GLOBALS]
    return positionals, options


TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=()), max_size=30),  # surrogates and controls included
    st.sampled_from(["１３９００００１１１１", "13900001111", "SF1234567890123", "\x1b[31m王", "a\nb", "", "-1",
                     "R0001", "3-2-1045", "2026-03", "\udcff\udcfe", "VS1." + "A" * 26 + "." + "B" * 16]),
)


@st.composite
def invocations(draw, root: Path):
    words = draw(st.sampled_from(sorted(COMMANDS)))
    positionals, options = _arguments(COMMANDS[words])
    argv = list(words)
    for action in positionals:
        argv += [_value(draw, action, root) for _ in range(1 if action.nargs in (None, "?") else draw(
            st.integers(1, 2)))]
    for action in options:
        if action.required or draw(st.booleans()):
            argv.append(action.option_strings[0])
            if action.nargs != 0:
                argv.append(_value(draw, action, root))
    return argv


def _value(draw, action, root: Path) -> str:
    if action.choices and draw(st.booleans()):
        return str(draw(st.sampled_from(list(action.choices))))
    text = draw(TEXT)
    if action.type is Path:
        return str(root / ("f" + text.replace("/", "_").replace("\x00", "")))
    return text


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.BytesIO(), io.BytesIO()
    streams = sys.stdout, sys.stderr
    wrappers = (io.TextIOWrapper(out, encoding="utf-8", errors="strict"),
                io.TextIOWrapper(err, encoding="utf-8", errors="strict"))
    sys.stdout, sys.stderr = wrappers
    try:
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code
    finally:
        for wrapper in wrappers:
            wrapper.flush()
            wrapper.detach()
        sys.stdout, sys.stderr = streams
        close_database()
    return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def _snapshot(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


@pytest.mark.slow
def test_arbitrary_text_at_every_command_is_no_traceback_and_changes_nothing_when_refused(ctx, data_dir, tmp_path,
                                                                                          monkeypatch):
    token = add_token(ctx, "fuzz", "admin")["token"]
    close_database()
    files = tmp_path / "files"
    files.mkdir()
    monkeypatch.chdir(files)
    for name in ("STATION_USER", "STATION_PIN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STATION_TOKEN", token)
    monkeypatch.setenv("STATION_DATA", str(data_dir))
    db = data_dir / "station.db"
    seen = {"commands": set()}

    @settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(argv=invocations(files), lang=st.sampled_from(["en", "zh_CN"]))
    def run_one(argv, lang):
        before = _snapshot(db)
        code, out, err = _run([*argv, "--lang", lang])
        seen["commands"].add(tuple(a for a in argv[:2]))
        seen[code] = seen.get(code, 0) + 1
        assert code in (0, 1, 2), (argv, code, err)
        assert "Traceback" not in err and "Error:" not in err.split("：")[0], (argv, err)
        if code == 1:
            assert len(err.strip().splitlines()) == 1, (argv, err)
        if code != 0:
            assert _snapshot(db) == before, (argv, err)

    run_one()
    assert len(seen["commands"]) > 20
    assert seen.get(0, 0) > 50 and seen.get(1, 0) > 300  # most inputs reach the services, not just argparse
