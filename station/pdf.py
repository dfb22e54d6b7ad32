"""Shared PDF set-up for every printout (labels, notices, slips, receipts, reports): the CJK font.

WenQuanYi Micro Hei is TrueType, so reportlab embeds it and Chinese never prints as boxes.
"""
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station.errors import Refused
from station.fonts import cjk_font_path

CJK_FONT = "StationCJK"


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
