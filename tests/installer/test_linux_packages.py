"""The tarball and the .deb: what they hold, the menu entry, and dependencies that cover what the bundle
loads from the system."""
import configparser
import os
import re
import shutil
import subprocess
import sys
import tarfile

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "installer"))
import linux_packages  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="the Linux packages")]
# Libraries the bundle finds on the system without carrying them, where this machine may lack the package.
NOT_INSTALLED_HERE = {"libspeechd.so.2": "libspeechd2", "libwayland-cursor.so.0": "libwayland-cursor0",
                      "libwayland-egl.so.1": "libwayland-egl1", "libwayland-client.so.0": "libwayland-client0"}
PULLED_IN = {"libc6", "libglvnd0", "libglx0", "libgcc-s1", "libstdc++6"}  # by libc6 / libgl1 / libegl1 themselves


@pytest.fixture(scope="module")
def packages(bundle, tmp_path_factory):
    out = tmp_path_factory.mktemp("packages")
    subprocess.run([sys.executable, str(ROOT / "installer/linux_packages.py"), str(bundle), "--out", str(out)],
                   check=True, capture_output=True)
    return out


def package_names(field: tuple[str, ...]) -> set[str]:
    return {entry.split()[0] for entry in field}


def test_deb_installs_the_bundle_command_menu_entry_and_icon(packages, tmp_path):
    deb = next(packages.glob("*.deb"))
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Depends"], capture_output=True, text=True,
                          check=True).stdout
    assert "Package: village-station" in info and "libegl1" in info
    root = tmp_path / "根 目录"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert os.readlink(root / "usr/bin/station") == "/opt/village-station/station"
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(root / "usr/share/applications/village-station.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"].split()[0] == "station" and entry["Name[zh_CN]"] == "村站"
    assert entry["StartupWMClass"] == "Village Station"  # Qt's X11 window class: the taskbar shows this entry
    assert (root / f"usr/share/icons/hicolor/256x256/apps/{entry['Icon']}.png").is_file()
    proc = subprocess.run([str(root / "opt/village-station/station"), "--help"], capture_output=True, text=True,
                          env={"PATH": str(tmp_path), "LANG": "C.UTF-8", "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert "station" in proc.stdout


def test_desktop_entry_is_valid():
    validate = shutil.which("desktop-file-validate")
    assert validate, "desktop-file-validate is missing: install desktop-file-utils (installer/debian-packages.txt)"
    proc = subprocess.run([validate, str(ROOT / "installer/linux/village-station.desktop")], capture_output=True,
                          text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_tarball_runs_where_it_is_unpacked(packages, tmp_path):
    archive = next(packages.glob("*.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "解压", filter="tar")
    (top,) = (tmp_path / "解压").iterdir()
    assert (top / "village-station.desktop").is_file() and (top / "village-station.png").is_file()
    proc = subprocess.run([str(top / "station"), "--help"], capture_output=True, text=True,
                          env={"PATH": str(tmp_path), "LANG": "C.UTF-8", "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr


def system_libraries(bundle) -> dict[str, str]:
    """soname -> path outside the bundle (or 'not found') for every library the bundle's ELF files load."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6/Qt/lib'}"}
    files = [bundle / "station", *(path for path in internal.rglob("*.so*") if path.is_file())]
    found: dict[str, str] = {}
    for start in range(0, len(files), 40):
        proc = subprocess.run(["ldd", *map(str, files[start:start + 40])], capture_output=True, text=True, env=env)
        for name, target in re.findall(r"^\s+(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", proc.stdout, re.M):
            if not target.startswith(str(bundle)):
                found[name] = target
    return found


def owning_package(name: str, target: str) -> str:
    if target == "not found":
        return NOT_INSTALLED_HERE.get(name, f"?{name}")
    proc = subprocess.run(["dpkg", "-S", os.path.realpath(target)], capture_output=True, text=True)
    if proc.returncode != 0:  # merged /usr: dpkg may know the file under /lib
        proc = subprocess.run(["dpkg", "-S", target], capture_output=True, text=True)
    return proc.stdout.split(":")[0] if proc.returncode == 0 else f"?{name}"


def test_deb_depends_on_every_system_library_the_bundle_loads(bundle):
    declared = package_names(linux_packages.DEPENDS) | package_names(linux_packages.RECOMMENDS) | PULLED_IN
    needed = {owning_package(name, target) for name, target in system_libraries(bundle).items()}
    assert needed, "ldd found no system library at all (libc at least)"
    assert needed <= declared, f"not in the .deb's Depends/Recommends: {sorted(needed - declared)}"
