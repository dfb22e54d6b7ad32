"""Where things live: the data directory and the shipped resources (also inside a frozen bundle)."""
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "VillageStation"
DB_FILE = "station.db"
DB_URL_FILE = "database.url"  # an office on PostgreSQL: this file holds the postgresql:// address instead


def holds_data(data_dir: Path) -> bool:
    """A station or office lives here (an SQLite file, or the address of the office's PostgreSQL database)."""
    return (data_dir / DB_FILE).exists() or (data_dir / DB_URL_FILE).exists()


def database_url(data_dir: Path) -> str | None:
    path = data_dir / DB_URL_FILE
    return path.read_text(encoding="utf-8").strip() if path.exists() else None


def default_data_dir() -> Path:
    env = os.environ.get("STATION_DATA")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(option: str | os.PathLike | None) -> Path:
    return Path(option).expanduser() if option else default_data_dir()


def resource_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def app_icon() -> Path:
    """The window and taskbar icon (the .desktop entry and the Windows installer use the same picture)."""
    return resource_dir() / "icons" / "station.png"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
