"""The Linux packages of a built bundle: a tarball and a .deb (with the .desktop entry, icon and dependencies).

    python installer/linux_packages.py dist/station --out dist

The .deb installs the bundle in /opt/village-station, `station` in /usr/bin, the menu entry and the icon.
Its dependencies are the system libraries the bundle loads but does not carry (OpenGL/EGL, X11's xcb core,
Wayland's client libraries) and the data files those need (xkb-data for keymaps, fontconfig's configuration);
tests/installer/test_linux_packages.py checks this list against what `ldd` finds in the bundle.
"""
import argparse
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "village-station"
INSTALL_DIR = Path("opt") / PACKAGE
DEPENDS = ("libc6 (>= 2.34)", "libgl1", "libegl1", "libxcb1", "libfontconfig1", "xkb-data", "libwayland-client0",
           "libwayland-cursor0", "libwayland-egl1")
RECOMMENDS = ("libspeechd2", "speech-dispatcher", "libpulse0")  # read-aloud; the bundle carries its own libpulse
DESCRIPTION = """\
Village Station (村站): offline-first parcel and consumer-rights station
 Scan-first parcel intake and handout for a village parcel station, doorstep
 delivery slips for volunteers, assisted orders and returns, rights cases, and
 signed, encrypted sync bundles for the town office. Simplified Chinese by
 default, English available; large-text and high-contrast modes."""


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def control(size_kb: int) -> str:
    return (f"Package: {PACKAGE}\nVersion: {version()}\nArchitecture: amd64\nSection: misc\nPriority: optional\n"
            f"Maintainer: Village Station <station@example.invalid>\nInstalled-Size: {size_kb}\n"
            f"Depends: {', '.join(DEPENDS)}\nRecommends: {', '.join(RECOMMENDS)}\nDescription: {DESCRIPTION}\n")


def stage_tree(bundle: Path, root: Path) -> None:
    """The files of the .deb under `root`, as they land on the installed system."""
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/station").symlink_to(f"/{INSTALL_DIR}/station")
    applications = root / "usr/share/applications"
    applications.mkdir(parents=True)
    shutil.copy(ROOT / "installer/linux/village-station.desktop", applications / f"{PACKAGE}.desktop")
    icons = root / "usr/share/icons/hicolor/256x256/apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources/icons/station.png", icons / f"{PACKAGE}.png")


def build_deb(bundle: Path, out: Path) -> Path:
    target = out / f"{PACKAGE}_{version()}_amd64.deb"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        stage_tree(bundle, root)
        size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN/control").write_text(control(size_kb), "utf-8")
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def build_tarball(bundle: Path, out: Path) -> Path:
    """village-station-VERSION-linux-x86_64/ with the bundle, the .desktop entry and the icon beside it."""
    name = f"{PACKAGE}-{version()}-linux-x86_64"
    target = out / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)
        tar.add(ROOT / "installer/linux/village-station.desktop", arcname=f"{name}/{PACKAGE}.desktop")
        tar.add(ROOT / "resources/icons/station.png", arcname=f"{name}/{PACKAGE}.png")
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Tarball and .deb of a built bundle.")
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    if not (args.bundle / "station").is_file():
        print(f"no Linux bundle at {args.bundle} (run installer/build first)", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for target in (build_tarball(args.bundle, args.out), build_deb(args.bundle, args.out)):
        print(f"{target}: {target.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
