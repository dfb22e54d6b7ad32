"""The CLI's help in Chinese is Chinese throughout: every command's and option's description translated,
one 选项 heading (not 选项 and then an English "options"); in English it stays English. Every argument
says what it means, and the help fits an 80-column terminal (a Chinese character takes two columns)."""
import argparse
import re
import unicodedata

import pytest

from station.i18n import set_language
from ui.cli.main import build_parser

CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
DESCRIBED = re.compile(r"^\s+(\S.*?)\s{2,}(\S.*)$")  # "  --data DATA   数据目录…" or "    gui   打开…"


def every_parser(parser: argparse.ArgumentParser, path: str = "station"):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from every_parser(child, f"{path} {name}")


def english_descriptions(help_text: str) -> list[str]:
    """Description lines (after the usage block) with English words and no Chinese."""
    body = help_text.split("\n\n", 1)[-1]
    found = []
    for line in body.splitlines():
        match = DESCRIBED.match(line)
        text = match.group(2) if match else (line.strip() if line.startswith(" " * 12) else "")
        if re.search("[A-Za-z]{3,}", text) and not CJK.search(text):
            found.append(line)
    return found


def test_every_command_and_option_is_described_in_chinese():
    set_language("zh_CN")
    for path, parser in every_parser(build_parser()):
        text = parser.format_help()
        assert not english_descriptions(text), f"{path}:\n" + "\n".join(english_descriptions(text))
        assert "options:" not in text and text.count("选项:") == 1, f"{path} prints two option headings"


def test_english_help_stays_english():
    set_language("en")
    for path, parser in every_parser(build_parser()):
        text = parser.format_help()
        assert "选项" not in text and "用法" not in text, path
        assert "options:" in text, path
    set_language("zh_CN")  # the parsers share the global options: switching back re-translates them
    assert "数据目录" in build_parser().format_help()


@pytest.mark.parametrize("args", [["--help", "--lang", "zh_CN"], ["parcel", "--help"]])
def test_the_real_cli_help_is_chinese(cli, args):
    code, out, err = cli(*args)
    assert code == 0, err
    assert "用法" in out and "选项" in out and "options" not in out
    assert not english_descriptions(out), "\n".join(english_descriptions(out))


def undescribed(parser: argparse.ArgumentParser, path: str = "station"):
    """Each positional argument or option without a help text, as "station order add --platform"."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from undescribed(child, f"{path} {name}")
        elif action.help is None and not isinstance(action, argparse._HelpAction):
            yield f"{path} {'/'.join(action.option_strings) or action.dest}"


def test_every_argument_and_option_has_a_help_text():
    missing = list(undescribed(build_parser()))
    assert not missing, "no help text:\n" + "\n".join(missing)


def option_descriptions(help_text: str) -> dict[str, str]:
    """Each option's or positional argument's description in a --help text, joined over its lines."""
    found, current = {}, None
    for line in help_text.split("\n\n", 1)[-1].splitlines():
        head = re.match(r"^  (-[-\w]+|[a-z][\w-]*)\b(.*)$", line)
        if head:
            current = head.group(1)
            described = DESCRIBED.match(line)
            found[current] = described.group(2) if described else ""
        elif current and line.startswith(" " * 12):
            found[current] += line.strip()
    return found


@pytest.mark.parametrize("command, options", [
    (["order", "add"], ["--platform", "--merchant", "--paid-by", "--consent-how"]),
    (["case", "close"], ["id", "--outcome", "--satisfaction", "--next-step", "--note"]),
    (["office", "watch"], ["--name", "--phone", "--reason"]),
    (["token", "add"], ["name", "--role"]),
    (["scan"], ["text"]),
])
def test_chinese_help_describes_each_option_in_chinese(cli, command, options):
    code, out, err = cli(*command, "--help", env={"COLUMNS": "80"})
    assert code == 0, err
    described = option_descriptions(out)
    for option in options:
        assert CJK.search(described.get(option, "")), f"station {' '.join(command)} {option}: {described.get(option)}"


def columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_help_fits_an_80_column_terminal(monkeypatch, lang):
    monkeypatch.setenv("COLUMNS", "80")
    set_language(lang)
    try:
        for path, parser in every_parser(build_parser()):
            wide = [line for line in parser.format_help().splitlines() if columns(line) > 80]
            assert not wide, f"{path} ({lang}):\n" + "\n".join(wide)
    finally:
        set_language("zh_CN")
