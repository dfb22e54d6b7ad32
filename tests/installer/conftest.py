"""The built bundle, run as a counter PC would: from a folder whose name has Chinese characters, with no
Python on PATH and no virtual environment, offscreen.

`installer/build` makes dist/station (or set STATION_BUNDLE). Without a bundle these tests skip, unless
STATION_REQUIRE_BUNDLE=1 (set by .ci/run, which builds one first): then a missing bundle fails.
"""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHINESE_FOLDER = "村站 程序"  # pyinstaller#7385: non-ASCII install paths once broke Qt's plugin lookup
EXE = "station.exe" if os.name == "nt" else "station"


def built_bundle() -> Path | None:
    path = Path(os.environ.get("STATION_BUNDLE") or ROOT / "dist" / "station")
    return path if (path / EXE).is_file() else None


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """A copy of the bundle in a folder named in Chinese (the copy is what every test runs)."""
    source = built_bundle()
    if source is None:
        if os.environ.get("STATION_REQUIRE_BUNDLE") == "1":
            pytest.fail("no bundle at dist/station: installer/build must run before these tests")
        pytest.skip("no bundle built (run installer/build)")
    target = tmp_path_factory.mktemp("install") / CHINESE_FOLDER / "station"
    shutil.copytree(source, target, symlinks=True)
    return target


def bare_env(home: Path, **extra: str) -> dict:
    """What a desktop session gives the program: no Python on PATH, no PYTHON* variables, no venv."""
    empty_bin = home / "empty-bin"
    empty_bin.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "PATH": str(empty_bin), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "XDG_RUNTIME_DIR": str(home)}
    env.update(extra)
    return env


@pytest.fixture
def frozen(bundle, tmp_path):
    """Run the bundle's `station` with `args`; returns the CompletedProcess (text)."""
    home = tmp_path / "home"
    home.mkdir()
    os.chmod(home, 0o700)

    def run(*args, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([str(bundle / EXE), *map(str, args)], capture_output=True, text=True,
                              env={**bare_env(home), **(env or {})}, cwd=tmp_path, timeout=timeout)

    return run
