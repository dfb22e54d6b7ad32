"""Display settings of this PC (declared in `station.options`), kept in QSettings.

The file lives in the data directory so each station (and each test) has its own.
"""
from pathlib import Path
from typing import Any

from station.options import OPTIONS, coerce
from ui.qt import QtCore


class DisplayConfig:
    def __init__(self, data_dir: Path) -> None:
        self._qs = QtCore.QSettings(str(data_dir / "display.ini"), QtCore.QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._qs.value(key)
        return option.default if value is None else coerce(option, value)

    def set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, coerce(OPTIONS[key], value))
        self._qs.sync()
