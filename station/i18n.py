"""Translation catalog shared by the CLI, the GUI and service error messages.

Source strings are English; Simplified Chinese (the default) comes from Qt Linguist `.ts` files in
`resources/translations/`, read directly so no compiled binaries are committed and lookup works the
same in a frozen bundle. `tools/i18n.py` extracts `tr("Context", "text")` calls into those files.
"""
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from station.paths import resource_dir

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
PSEUDO = "pseudo"  # for tests only: every English source twice as long, accented (made here, never committed)
_state = {"lang": DEFAULT_LANGUAGE}


def set_language(lang: str) -> None:
    _state["lang"] = lang if lang in (*LANGUAGES, PSEUDO) else DEFAULT_LANGUAGE


def language() -> str:
    return _state["lang"]


ELLIPSIS = {"zh_CN": "…", "en": "...", PSEUDO: "..."}


def tr(context: str, text: str) -> str:
    """The text in the current language; the English source when no translation exists.

    English sources may write the ellipsis as "…"; English output gets "...", because the app's CJK font
    draws U+2026 as a centred "···" (right for Chinese, wrong for English)."""
    if _state["lang"] == "en":
        return text.replace("…", "...") if "…" in text else text
    if _state["lang"] == PSEUDO:
        return pseudo(text.replace("…", "..."))
    return catalog(_state["lang"]).get((context, text), text)


_ACCENTS = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÅåÇçÉéÎîÑñÖöŠšÜüÝýŽž")
_KEEP = re.compile(r"(\{[^{}]*\}|%[-+ #0]*\d*(?:\.\d+)?[a-zA-Z%]|<[^<>]*>|&[a-z]+;|\\n)")


def pseudo(text: str) -> str:
    """A pseudo-translation: accents on the letters and padding to twice the length, so a layout that only fits
    the English (or clips accents) shows in tests. Placeholders, printf codes and markup stay as they are."""
    parts = _KEEP.split(text)
    shown = "".join(part.translate(_ACCENTS) if i % 2 == 0 else part for i, part in enumerate(parts))
    length = sum(len(part) for i, part in enumerate(parts) if i % 2 == 0)
    if length == 0:
        return text
    if length < 4:
        return shown + "ẋ" * length
    padding = ("·ẋ" * length)[:length - 1]  # in words of 8, as long translations wrap between words
    return shown + " " + " ".join(padding[i:i + 8] for i in range(0, len(padding), 8))


def ntr(context: str, one: str, many: str, count: int, **values: object) -> str:
    """The singular or plural text for `count`, translated ("1 page", "2 pages"); `{count}` and `values`
    are filled in. tools/i18n.py extracts both forms."""
    return tr(context, one if count == 1 else many).format(count=count, **values)


def ellipsis() -> str:
    """The ellipsis for text cut short in the current language: "…" in Chinese, "..." in English."""
    return ELLIPSIS.get(_state["lang"], "…")


def N_(context: str, text: str) -> tuple[str, str]:
    """Marks a string for extraction where it is translated later (option labels, enum names)."""
    return (context, text)


@lru_cache(maxsize=4)
def catalog(lang: str) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    for path in sorted((resource_dir() / "translations").glob(f"*.{lang}.ts")):
        entries.update(read_ts(path))
    return entries


def read_ts(path) -> dict[tuple[str, str], str]:
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            if text and (node.get("type") not in ("unfinished", "obsolete", "vanished")):
                entries[(name, message.findtext("source", ""))] = text
    return entries


def join_list(items) -> str:
    """A list as a sentence shows it: 高龄、独居 in Chinese, "Elderly, Lives alone" in English."""
    return tr("Lists", ", ").join(items)
