"""Regenerate the README's screenshot gallery: every page of a demo station (and the town office's pages) in
normal and large text, at 1366×768, written to docs/gallery/<page>-<size>.png as small palette PNGs.

    .venv/bin/python tools/gallery.py            # Chinese (the default UI language)
    .venv/bin/python tools/gallery.py --lang en

Prints the Markdown table for the README. Each PNG is halved and reduced to 128 colours (well under 100 KB).
"""
import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "gallery"
SIZES = {"normal": False, "large": True}


def shoot(data_dir: Path, lang: str, out: Path) -> list[tuple[str, str]]:
    from PIL import Image

    from db.connection import close_database
    from ui import ops, theme
    from ui.app import open_session, prepare, qt_app
    from ui.main_window import MainWindow

    app = qt_app(offscreen=True)
    shots = []
    for size, large in SIZES.items():
        session = open_session(data_dir, lang)
        prepare(app, session, large, False)
        window = MainWindow(session)
        window.resize(1366, 768)
        window.show()
        for key in window.page_keys():
            window.show_page(key)
            for _ in range(2):
                ops.wait_idle()
                app.processEvents()
            path = out / f"{key}-{size}.png"
            window.grab().save(str(path))
            image = Image.open(path).convert("RGB")
            image = image.resize((image.width // 2, image.height // 2), Image.LANCZOS)
            image.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
            shots.append((key, size))
        window.close()
        theme.apply_display(app, False, False)
        ops.wait_idle()
    close_database()
    return shots


def markdown(shots: list[tuple[str, str]]) -> str:
    keys = list(dict.fromkeys(key for key, _size in shots))
    lines = ["| Page | Normal text | Large text (elder mode) |", "|---|---|---|"]
    lines += [f"| {key} | ![{key}](docs/gallery/{key}-normal.png) | ![{key}, large](docs/gallery/{key}-large.png) |"
              for key in keys]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    args = parser.parse_args()
    from station.demo import make_demo_station
    from station.office.demo import make_demo_town

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        station = Path(tmp) / "station"
        make_demo_station(station, residents=200, parcels=2000, seed=1)
        from db.connection import close_database

        close_database()
        shots = shoot(station, args.lang, OUT)
        town = make_demo_town(Path(tmp) / "town", stations=2, residents=60, parcels=300)
        close_database()
        shots += [s for s in shoot(town.office, args.lang, OUT) if s[0] not in {k for k, _ in shots}]
    print(markdown(shots))
    total = sum(p.stat().st_size for p in OUT.glob("*.png"))
    print(f"\n{len(shots)} screenshots, {total / 1e6:.2f} MB in {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
