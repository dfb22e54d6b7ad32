"""Table model over audit entries (plain dicts from `station.audit.entries`), newest first."""
import datetime as dt
import json
import re

from station.audit_actions import action_label, actor_label
from station.audit_fields import field_label, value_text
from station.clock import local
from station.i18n import N_, ellipsis, tr
from ui.qt import Qt, QtCore

_ROOT = QtCore.QModelIndex()
COLUMNS = (
    ("seq", N_("Audit", "No.")),
    ("at", N_("Audit", "Time")),
    ("actor", N_("Audit", "Who")),
    ("action", N_("Audit", "Action")),
    ("entity_id", N_("Audit", "Record")),
    ("change", N_("Audit", "Before → after")),
)


def local_time(stamp: str) -> str:
    """Audit times are stored in UTC; staff read them in the station's wall-clock time, as on every other page
    (station.parcels.printing.local), whatever time zone the PC happens to be set to."""
    try:
        at = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp
    return local(at).strftime("%Y-%m-%d %H:%M:%S")


ULID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{26}$")
NAME_FIELDS = ("name", "display_name", "title", "tracking", "code")


def _fields(text: str | None) -> dict | None:
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _value(entity: str, key: str, value) -> str:
    words = value_text(entity, key, value)
    if words is not None:
        return words
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dict):  # e.g. parcels by status: each key in words where the field has a glossary
        return " / ".join(f"{value_text(entity, key, k) or field_label(k)} {_value(entity, k, v)}"
                          for k, v in value.items())  # not the list comma: that separates the fields
    if isinstance(value, list):
        return " / ".join(_value(entity, key, item) for item in value)
    return str(value)


def change_text(entry: dict, limit: int = 120) -> str:
    """What changed, as "field: before → after" in words: the field's label, coded values (statuses, roles)
    by the glossary, money in yuan; fields that only hold internal ids are left out."""
    before, after = _fields(entry.get("before")), _fields(entry.get("after"))
    if before is None and after is None:
        text = " → ".join(filter(None, (entry.get("before"), entry.get("after"))))
    else:
        before, after, parts = before or {}, after or {}, []
        entity = str(entry.get("entity") or "")
        for key in dict.fromkeys([*before, *after]):
            old, new = before.get(key), after.get(key)
            empty = old in ("", None) and new in ("", None)  # e.g. no photo
            if old == new or empty or any(isinstance(v, str) and ULID.match(v) for v in (old, new)):
                continue
            label = tr("Audit", "{field}: {value}")
            if key in before and key in after:
                value = f"{_value(entity, key, old)} → {_value(entity, key, new)}"
            else:
                value = _value(entity, key, new if key in after else old)
            parts.append(label.format(field=field_label(key), value=value))
        text = tr("Lists", ", ").join(parts)
    return text if len(text) <= limit else text[: limit - 1] + ellipsis()


def record_text(entry: dict) -> str:
    """The record by what people call it (a name, a tracking number), not its internal id."""
    for fields in (_fields(entry.get("after")), _fields(entry.get("before"))):
        for key in NAME_FIELDS:
            if fields and isinstance(fields.get(key), str) and fields[key]:
                return fields[key]
    entity_id = str(entry.get("entity_id") or "")
    return "…" + entity_id[-6:] if ULID.match(entity_id) else entity_id


class AuditModel(QtCore.QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.names: dict[str, str] = {}  # user name → display name, from the accounts

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(*COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "at":
                return local_time(entry["at"])
            if key == "change":
                return change_text(entry)
            if key == "action":
                return action_label(entry["action"])
            if key == "actor":
                return self.names.get(entry["actor"]) or actor_label(entry["actor"])
            if key == "entity_id":
                return record_text(entry)
            return str(entry[key])
        if role == Qt.ItemDataRole.ToolTipRole and key == "change":
            return "\n".join(filter(None, (entry.get("before"), entry.get("after"))))
        if role == Qt.ItemDataRole.ToolTipRole and key in ("action", "actor", "entity_id"):
            return entry[key]  # the code the filters match
        return None

    def replace(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def extend(self, rows: list[dict]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QtCore.QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def oldest_seq(self) -> int | None:
        return self.rows[-1]["seq"] if self.rows else None
