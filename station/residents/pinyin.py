"""Pinyin initials of a name ("王秀英" → "wxy"), kept in `resident.name_initials` so typing them finds people.

pypinyin is imported on first use: it loads its dictionary (tens of ms), which only writes need.
"""


def name_initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(name or "", style=Style.FIRST_LETTER, errors="ignore")
    return "".join(letter for letter in "".join(letters).lower() if letter.isascii() and letter.isalpha())
