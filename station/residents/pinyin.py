"""Pinyin of a name, kept beside it in the resident row: the initials ("王秀英" → "wxy", `name_initials`) so
typing them finds people, and the full pinyin ("wang xiu ying", `name_pinyin`) so lists sort as a Chinese
reader expects (汪 and 王 share "w x y" initials with 吴/魏…; the full syllables order them).

pypinyin is imported on first use: it loads its dictionary (tens of ms), which only writes need.
"""


def name_initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(name or "", style=Style.FIRST_LETTER, errors="ignore")
    return "".join(letter for letter in "".join(letters).lower() if letter.isascii() and letter.isalpha())


def name_pinyin(name: str) -> str:
    """Toneless syllables separated by spaces ("王秀英" → "wang xiu ying"): a space sorts before any letter,
    so "wang" comes before "wang xiu" and syllables never run into each other; other characters stay as they are,
    lower-cased."""
    from pypinyin import Style, lazy_pinyin

    return " ".join(syllable.lower() for syllable in lazy_pinyin(name or "", style=Style.NORMAL) if syllable.strip())
