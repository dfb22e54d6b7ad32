"""argparse's own messages (usage errors, help headings) and our help texts in the user's language.

argparse looks its texts up through the module-level gettext function `_` at call time, so pointing that
at our catalog is enough; the language must be chosen from argv before parsing (`requested_language`).
The commands' own help texts (`help=`, the help of `command(...)`/`group(...)`, descriptions) are written
in English in the command modules and translated here, once the parser is built (`translate_help`);
tools/i18n.py extracts them under the context HELP_CONTEXT.
"""
import argparse

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


def translate_help(parser: argparse.ArgumentParser) -> None:
    """Every help text and description of `parser` and its sub-commands in the current language.

    Parsers share the global options' actions, so each keeps its English source beside the shown text
    (`help_source`) and is translated from that, never from an earlier translation."""
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
