"""Every setting declared once: key, type, default, translated label, and where it is kept.

`station` settings are rules every counter PC shares (kept in the database, so the CLI and backups see
them); `display` settings belong to one PC's screen (kept in QSettings by the GUI).
"""
import json
from dataclasses import dataclass
from typing import Any

from db.models import database
from station.i18n import N_


@dataclass(frozen=True)
class Option:
    key: str
    kind: type
    default: Any
    label: tuple[str, str]
    scope: str = "station"
    choices: tuple = ()
    minimum: int | None = None
    maximum: int | None = None


OPTIONS: dict[str, Option] = {}


def declare(option: Option) -> Option:
    OPTIONS[option.key] = option
    return option


LANGUAGE = declare(Option("language", str, "zh_CN", N_("Settings", "Language"), "display", ("zh_CN", "en")))
LARGE_TEXT = declare(Option("large_text", bool, False, N_("Settings", "Large text (18 pt and up)"), "display"))
HIGH_CONTRAST = declare(Option("high_contrast", bool, False, N_("Settings", "High contrast"), "display"))
BACKUP_KEEP = declare(Option("backup_keep", int, 14, N_("Settings", "Daily backups to keep"), minimum=1,
                             maximum=365))
DELIVERY_AFTER_DAYS = declare(Option("delivery_after_days", int, 3,
                                     N_("Settings", "Propose doorstep delivery after (days waiting)"),
                                     minimum=1, maximum=60))


SHELF_COUNT = declare(Option("shelf_count", int, 6, N_("Settings", "Parcel shelves"), minimum=1, maximum=99))
SHELF_LAYERS = declare(Option("shelf_layers", int, 4, N_("Settings", "Layers per shelf"), minimum=1, maximum=20))
HANDOUT_UNDO_MINUTES = declare(Option("handout_undo_minutes", int, 10,
                                      N_("Settings", "Minutes a handout can be undone"), minimum=1, maximum=120))
REMIND_AFTER_DAYS = declare(Option("parcel_remind_after_days", int, 3,
                                   N_("Settings", "Remind residents after this many days"), minimum=1, maximum=60))
RETURN_AFTER_DAYS = declare(Option("parcel_return_after_days", int, 7,
                                   N_("Settings", "Return parcels to the courier after this many days"), minimum=1,
                                   maximum=90))
STATION_PHONE = declare(Option("station_phone", str, "", N_("Settings", "Station phone (printed on order receipts)")))
SYNC_URL = declare(Option("sync_url", str, "", N_("Settings", "Town office address for sync (http://…)")))


def parse(option: Option, value: Any) -> Any:
    """The value in the option's type; ValueError when it does not fit."""
    if option.kind is bool:
        if isinstance(value, bool):
            return value
        text = str(value).lower()
        if text not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            raise ValueError(value)
        return text in ("1", "true", "yes", "on")
    try:
        result = option.kind(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(value) from exc
    if option.choices and result not in option.choices:
        raise ValueError(value)
    if (option.minimum is not None and result < option.minimum) or (
            option.maximum is not None and result > option.maximum):
        raise ValueError(value)
    return result


def coerce(option: Option, value: Any) -> Any:
    """A stored value in the option's type, or the default when it no longer fits."""
    try:
        return parse(option, value)
    except ValueError:
        return option.default


def read_setting(key: str) -> Any:
    """A station setting's current value, without a permission check (services apply their own rules).

    The one reader of stored settings. One raw read, not a model: intake and handout read settings on the
    counter's scan-to-result path."""
    option = OPTIONS[key]
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return option.default if row is None else coerce(option, json.loads(row[0]))
