"""Shared fixtures: real SQLite station directories, the real CLI, Qt offscreen."""
import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("STATION_DATA", None)
os.environ["STATION_KEYSTORE"] = "file"  # never touch the real key store of the PC running the tests

import pytest  # noqa: E402

from db.connection import close_database  # noqa: E402
from station.context import Actor  # noqa: E402
from station.i18n import set_language  # noqa: E402
from station.identity import init_station  # noqa: E402
from tests.pg import office_db, pg_server  # noqa: E402, F401 — the office suite runs on both engines

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config):
    # Offscreen-platform chatter that is not about our code.
    config.addinivalue_line("qt_log_ignore", "This plugin does not support propagateSizeHints")
    config.addinivalue_line("qt_log_ignore", "QFont::setPointSize: Point size <= 0")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch):
    set_language("zh_CN")
    yield
    close_database()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "station"


@pytest.fixture
def ctx(data_dir):
    """A fresh station acting as the local console (admin), with an admin account zhang / 1234."""
    return init_station(data_dir, "CN-TEST-01", "测试村站", "zhang", "1234")


def as_role(ctx, role: str):
    return ctx.as_actor(Actor(f"a-{role}", role, role))


SIGNED_IN = {"STATION_USER": "zhang", "STATION_PIN": "1234"}  # the `ctx` fixture's admin
CREDENTIALS = ("STATION_USER", "STATION_PIN", "STATION_TOKEN")


@pytest.fixture
def cli():
    """Run the real `station` command in a subprocess; returns (code, stdout, stderr).

    It runs signed in as the `ctx` fixture's admin (zhang / 1234, via STATION_USER / STATION_PIN) unless
    `signed_in=False` (for the tests of what happens without signing in); `env` adds to or overrides it."""

    def run(*args: str, check_json: bool = False, env: dict | None = None, timeout: float = 120,
            signed_in: bool = True):
        base = {k: v for k, v in os.environ.items() if k not in CREDENTIALS}
        full_env = {**base, **(SIGNED_IN if signed_in else {}), **(env or {})}
        proc = subprocess.run([sys.executable, "-m", "station", *map(str, args)], capture_output=True,
                              text=True, env=full_env, timeout=timeout, cwd=ROOT)
        if check_json:
            assert proc.returncode == 0, proc.stderr
            return json.loads(proc.stdout)
        return proc.returncode, proc.stdout, proc.stderr

    return run
