"""The CLI's help in Chinese is Chinese throughout: every command's and option's description translated,
one 选项 heading (not 选项 and then an English "options"); in English it stays English."""
import argparse
import re

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
