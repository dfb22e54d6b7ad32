"""Shared PDF set-up for every printout (labels, notices, slips, receipts, reports): the CJK font, the
smallest sizes older eyes can read, and text that shrinks or wraps to its box without going under them.

WenQuanYi Micro Hei is TrueType, so reportlab embeds it and Chinese never prints as boxes.
"""
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station.errors import Refused
from station.fonts import cjk_font_path
from station.i18n import ellipsis, tr

CJK_FONT = "StationCJK"
MIN_PT = 10  # no printed text is smaller: read at arm's length by older eyes (issue 11)
NAME_PT = 20  # the resident's name on slips, labels and the board is at least this
NO_LINE_START = "，。、；：！？）】」』”,.;:!?)"


@lru_cache(maxsize=1)
def cjk_font() -> str:
    """Register the CJK font with reportlab once and return its name for setFont()."""
    path = cjk_font_path()
    if path is None:
        raise Refused("No Chinese font found; install fonts-wqy-microhei (or put a .ttf in resources/fonts).",
                      why="no_chinese_font")
    kwargs = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(path), **kwargs))
    return CJK_FONT


def shrink_to_fit(text: str, font: str, size: float, width: float, minimum: float = MIN_PT) -> float:
    """The largest size between `minimum` and `size` at which `text` fits `width` (or `minimum`)."""
    while size > minimum and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return max(size, minimum)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` no wider than `width`: Chinese breaks between any two characters, English at spaces
    (a word longer than the line breaks where it must). reportlab's simpleSplit only breaks at spaces."""
    lines: list[str] = []
    line, used, space_at = "", 0.0, -1
    for char in text:
        step = pdfmetrics.stringWidth(char, font, size)
        if used + step > width and line:
            if char != " " and space_at > 0 and ord(char) < 0x2E80:  # inside an English word: break at its space
                lines.append(line[:space_at].rstrip())
                line = line[space_at + 1:]
            elif char in NO_LINE_START and len(line) > 1:  # "，" never starts a line: its word goes along
                lines.append(line[:-1].rstrip())
                line = line[-1]
            else:
                lines.append(line.rstrip())
                line = ""
            line = line.lstrip()
            used = pdfmetrics.stringWidth(line, font, size)
            space_at = -1
            if char == " " and not line:
                continue
        if char == " ":
            space_at = len(line)
        elif ord(char) >= 0x2E80:
            space_at = -1  # no need to go back past a Chinese character
        line += char
        used += step
    return [*lines, line.rstrip()] if line.strip() else lines


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """`text` wrapped to `width`; past `max_lines` the last line is cut and ends in the language's ellipsis.

    Never a line wider than `width`: a long address or name stays inside its box."""
    if text and pdfmetrics.stringWidth(text, font, size) <= width:
        return [text]
    lines = wrap(text, font, size, width) if text else []
    if len(lines) <= max_lines:
        return lines
    mark = ellipsis()
    last = lines[max_lines - 1]
    while last and pdfmetrics.stringWidth(last + mark, font, size) > width:
        last = last[:-1]
    return lines[:max_lines - 1] + [last.rstrip() + mark]


def page_label(page: int, total: int) -> str:
    """第 1 / 2 页, Page 1 of 2."""
    return tr("Printouts", "Page {page} of {total}").format(page=page, total=total)
