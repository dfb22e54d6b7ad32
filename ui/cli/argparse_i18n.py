"""argparse's own messages (usage errors, help headings) and our help texts in the user's language.

argparse looks its texts up through the module-level gettext function `_` at call time, so pointing that
at our catalog is enough; the language must be chosen from argv before parsing (`requested_language`).
The commands' own help texts (`help=`, the help of `command(...)`/`group(...)`, descriptions) are written
in English in the command modules and translated here, once the parser is built (`translate_help`);
tools/i18n.py extracts them under the context HELP_CONTEXT.
Chinese characters take two columns of a terminal; argparse counts one, so its help is wrapped by
display width here (`WideHelpFormatter`), or Chinese help ran past an 80-column terminal.
"""
import argparse
import re
import unicodedata

from station.i18n import N_, tr

HELP_CONTEXT = "CliHelp"

MESSAGES = [
    N_("Argparse", "usage: "),
    N_("Argparse", "argument %(argument_name)s: %(message)s"),
    N_("Argparse", "positional arguments"),
    N_("Argparse", "options"),
    N_("Argparse", "show this help message and exit"),
    N_("Argparse", "unrecognized arguments: %s"),
    N_("Argparse", "the following arguments are required: %s"),
    N_("Argparse", "one of the arguments %s is required"),
    N_("Argparse", "expected one argument"),
    N_("Argparse", "expected at most one argument"),
    N_("Argparse", "expected at least one argument"),
    N_("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    N_("Argparse", "invalid %(type)s value: %(value)r"),
    N_("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_("Argparse", "%(prog)s: error: %(message)s\n"),
]


def requested_language(argv: list[str]) -> str | None:
    """The value of --lang in argv, wherever it stands (before or after the sub-command)."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def translate_argparse() -> None:
    argparse._ = lambda text: tr("Argparse", text)


def display_width(text: str) -> int:
    """Terminal columns: two for a wide (CJK) character, one for the rest."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# A word of Latin text, or one wide character; closing punctuation stays with what it follows and opening
# punctuation with what it precedes, so no line starts with "，" or ends with "（"; a no-break space (between
# a number and its unit: "200\u00a0个") joins what it stands between.
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_ATOM = rf"[（《「【“‘]*(?:[{_WIDE}]|[^ \u00a0{_WIDE}]+)[）》」】”’，。、；：！？]*"
_PIECE = re.compile(rf"{_ATOM}(?:\u00a0+{_ATOM})*\u00a0*")


def wrap_wide(text: str, width: int) -> list[str]:
    """Lines of at most `width` columns, broken at spaces or between wide characters."""
    lines, line = [], ""
    for match in _PIECE.finditer(text):
        piece = match.group()
        gap = " " if line and text[match.start() - 1] == " " else ""
        if line and display_width(line + gap + piece) > width:
            lines.append(line)
            line, gap = "", ""
        line += gap + piece
    return [*lines, line] if line else lines


class WideHelpFormatter(argparse.HelpFormatter):
    """argparse's help, wrapped by display width when the text holds wide characters."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if display_width(text) == len(text):
            return super()._split_lines(text, width)
        return wrap_wide(self._whitespace_matcher.sub(" ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if display_width(text) == len(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap_wide(self._whitespace_matcher.sub(" ", text).strip(), width))

    def _format_usage(self, usage, actions, groups, prefix) -> str:
        """A wide prefix ("用法：") is wider than argparse thinks: narrow the lines and indent the rest to match."""
        prefix = argparse._("usage: ") if prefix is None else prefix
        extra = display_width(prefix) - len(prefix)
        self._width -= extra
        try:
            text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width += extra
        first, *rest = text.split("\n")
        return "\n".join([first, *(" " * extra + line if line.startswith(" ") else line for line in rest)])


def translate_help(parser: argparse.ArgumentParser) -> None:
    """Every help text and description of `parser` and its sub-commands in the current language, wrapped by
    display width.

    Parsers share the global options' actions, so each keeps its English source beside the shown text
    (`help_source`) and is translated from that, never from an earlier translation."""
    parser.formatter_class = WideHelpFormatter
    _translate(parser, "description")
    for action in parser._actions:  # argparse keeps no public list of a parser's actions
        _translate(action, "help")
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                _translate(choice, "help")
            for child in dict.fromkeys(action.choices.values()):
                translate_help(child)


def _translate(item: object, attribute: str) -> None:
    source = getattr(item, f"{attribute}_source", None) or getattr(item, attribute, None)
    if isinstance(source, str) and source and source != argparse.SUPPRESS:
        setattr(item, f"{attribute}_source", source)
        setattr(item, attribute, tr(HELP_CONTEXT, source))
