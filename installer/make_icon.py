"""Draw the app icon (resources/icons/station.png and station.ico) from the shipped CJK font.

A green rounded square with 村 in white and a parcel-box corner: readable at 16 px in a taskbar.
Run again only to change the icon; the outputs are committed, so builds need nothing but them.

    python installer/make_icon.py
"""
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"  # put there by installer/fetch_font.py
FONT = SHIPPED_FONT if SHIPPED_FONT.exists() else Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
OUT = ROOT / "resources" / "icons"
SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
GREEN = (27, 110, 32, 255)
AMBER = (245, 176, 40, 255)


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=GREEN)
    corner = size * 3 // 10
    pen.polygon([(size - corner, size - 1), (size - 1, size - corner), (size - 1, size - 1)], fill=AMBER)
    font = ImageFont.truetype(str(FONT), int(size * 0.72), index=0)
    pen.text((size / 2, size / 2), "村", font=font, fill="white", anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(OUT / "station.png")
    image.save(OUT / "station.ico", sizes=ICO_SIZES)
    print(f"wrote {OUT / 'station.png'} and {OUT / 'station.ico'}")


if __name__ == "__main__":
    main()
