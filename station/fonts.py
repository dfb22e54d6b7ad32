"""Finding a CJK font file, for Qt screens and for reportlab PDFs alike (no tofu boxes anywhere).

Looks in the shipped resources first (a frozen bundle carries its own), then in the usual system
places on Linux and Windows. WenQuanYi Micro Hei is TrueType, which reportlab can embed.
"""
from functools import lru_cache
from pathlib import Path

from station.paths import resource_dir

SYSTEM_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
)


@lru_cache(maxsize=1)
def cjk_font_path() -> Path | None:
    shipped = sorted((resource_dir() / "fonts").glob("*.tt[cf]"))
    for path in [*shipped, *map(Path, SYSTEM_CANDIDATES)]:
        if path.exists():
            return path
    return None
