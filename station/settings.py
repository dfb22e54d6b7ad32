"""Station-wide settings kept in the database (declared in `station.options`)."""
import json
from typing import Any

from db.models import Setting
from station import audit
from station.audit_actions import SETTING_SET
from station.context import Ctx
from station.errors import InvalidInput
from station.options import OPTIONS, parse, read_setting
from station.permissions import Perm
from station.service import service


@service(Perm.VIEW, write=False)
def get_setting(ctx: Ctx, key: str) -> Any:
    return read_setting(key)


@service(Perm.SETTINGS)
def set_setting(ctx: Ctx, key: str, value: Any) -> Any:
    option = OPTIONS.get(key)
    if option is None or option.scope != "station":
        raise InvalidInput("Unknown setting: {key}", why="setting", key=key)
    try:
        new = parse(option, value)
    except ValueError:
        raise InvalidInput("{value} is not a valid value for {key}.",
                           why="setting_value", value=value, key=key) from None
    before = read_setting(key)
    Setting.replace(key=key, value=json.dumps(new)).execute()
    audit.record(ctx, SETTING_SET, "setting", key, before, new)
    return new


@service(None, write=False)
def station_settings(ctx: Ctx) -> dict[str, Any]:
    """Every station-wide setting's current value (what the Settings page shows)."""
    return {key: read_setting(key) for key, option in OPTIONS.items() if option.scope == "station"}
