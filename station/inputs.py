"""Input hygiene in one place: every text a service is given passes here first (the `@service` boundary).

- lone surrogates (undecodable bytes on a command line) and control characters (ANSI escapes, NUL, a newline
  in a one-line field) are refused with a message that names the field, never echoing the character itself;
- bidirectional overrides, which make a name display differently from what is stored, are refused too;
- phones, codes, tracking numbers and scans are NFKC-normalised, so full-width digits (１３９…) are the same
  number as ASCII ones;
- lengths are capped (a one-line field at 200 characters, a free text at 5000).
"""
import dataclasses
import re
import unicodedata
from collections.abc import Callable

from station.errors import InvalidInput, one_line  # noqa: F401 (one_line: echoing input, kept beside the checks)
from station.i18n import N_, tr

MULTI_LINE = frozenset({"body", "note", "message", "details"})  # free texts: newlines and tabs allowed
NORMALISED = frozenset({"phone", "code", "codes", "tracking", "payload", "query", "text", "ref", "refs",
                        "parcel_ref", "run", "month"})
ONE_LINE_LIMIT = 200
MULTI_LINE_LIMIT = 5000
FIELD_LABELS = {
    "name": N_("Inputs", "name"), "display_name": N_("Inputs", "name"), "phone": N_("Inputs", "phone number"),
    "tracking": N_("Inputs", "tracking number"), "code": N_("Inputs", "code"), "codes": N_("Inputs", "code"),
    "secret": N_("Inputs", "PIN"), "passphrase": N_("Inputs", "passphrase"), "PIN": N_("Inputs", "PIN"),
    "current": N_("Inputs", "PIN"),
    "query": N_("Inputs", "search text"), "text": N_("Inputs", "scanned text"), "payload": N_("Inputs", "scanned text"),
    "note": N_("Inputs", "note"), "body": N_("Inputs", "text"), "title": N_("Inputs", "title"),
    "reason": N_("Inputs", "reason"), "receiver_name": N_("Inputs", "receiver's name"),
    "relation": N_("Inputs", "relation"), "receiver_relation": N_("Inputs", "relation"),
    "month": N_("Inputs", "month"), "username": N_("Inputs", "user name"), "group": N_("Inputs", "village group"),
    "volunteer": N_("Inputs", "volunteer"), "delegate": N_("Inputs", "delegate"), "run": N_("Inputs", "run"),
}


# Control characters (Unicode category Cc), bidirectional overrides and lone surrogates (category Cs), as one
# regular expression: checking every service argument this way costs a few microseconds per call.
_REFUSED = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_BAD_MULTI = re.compile(f"[{_REFUSED}]")
_BAD_ONE = re.compile(f"[\t\n{_REFUSED}]")


def bad_character(text: str, multi_line: bool = False) -> str | None:
    """The first character the station refuses in `text`, or None."""
    found = (_BAD_MULTI if multi_line else _BAD_ONE).search(text)
    return found.group() if found else None


def clean_text(name: str, value: str) -> str:
    """`value` for the parameter `name`, checked and normalised; raises InvalidInput if refused."""
    multi = name in MULTI_LINE
    char = bad_character(value, multi)
    if char is not None:
        raise InvalidInput("The {field} contains a character that cannot be used (U+{point}, a control, "
                           "invisible or undecodable character); type it again without it.",
                           why="bad_character", field=_label(name), point=f"{ord(char):04X}")
    limit = MULTI_LINE_LIMIT if multi else ONE_LINE_LIMIT
    if len(value) > limit:
        raise InvalidInput("The {field} is too long (at most {limit} characters).", why="too_long",
                           field=_label(name), limit=limit)
    if name in NORMALISED and not unicodedata.is_normalized("NFKC", value):
        return unicodedata.normalize("NFKC", value)
    return value


def _label(name: str) -> str:
    return tr(*FIELD_LABELS[name]) if name in FIELD_LABELS else name.replace("_", " ")


def clean_value(name: str, value: object) -> object:
    if isinstance(value, str):
        return clean_text(name, value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # a form (OrderIn …): each of its fields
        return dataclasses.replace(value, **{f.name: clean_value(f.name, getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) or dataclasses.is_dataclass(v)
                                                          for v in value):
        return type(value)(clean_value(name, v) for v in value)
    return value


def cleaned_arguments(names: list[str]) -> Callable[[tuple, dict], tuple[tuple, dict]]:
    """A function cleaning a service's (args, kwargs) given its parameter names (after ctx)."""

    def clean(args: tuple, kwargs: dict) -> tuple[tuple, dict]:
        new_args = tuple(clean_value(names[i] if i < len(names) else "", a) for i, a in enumerate(args))
        return new_args, {k: clean_value(k, v) for k, v in kwargs.items()}

    return clean
