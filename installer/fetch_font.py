"""Put the CJK font the bundle ships into resources/fonts/ at build time (it is not kept in git: 5 MB).

WenQuanYi Micro Hei (Apache-2.0, licence beside it in resources/fonts/) comes from Debian's package
fonts-wqy-microhei, which installer/debian-packages.txt installs; elsewhere (the Windows runner) pass the
path of a copy with --from. The running app never needs this: station/fonts.py also finds the system's copy.
"""
import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
DEBIAN_COPY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, default=DEBIAN_COPY)
    source = parser.parse_args().source
    if TARGET.exists():
        return 0
    if not source.is_file():
        print(f"no {source}: install fonts-wqy-microhei, or pass --from PATH", file=sys.stderr)
        return 1
    shutil.copyfile(source, TARGET)
    print(f"font copied from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
