"""The one module that imports Qt for the rest of the UI (so a Qt upgrade touches one file)."""
import ctypes
import sys

import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

__all__ = ["QtCore", "QtGui", "QtWidgets", "QObject", "Qt", "QThread", "QTimer", "Signal", "Slot", "is_alive"]


def is_alive(obj: QObject) -> bool:
    """False once the C++ side of a Qt object was deleted (a callback arriving late must not touch it)."""
    return shiboken6.isValid(obj)

_PLENTY = 1 << 40  # references; at a million leaked per second this lasts over a decade


def _immortalise_singletons() -> list[str]:
    """Work around PySide6 6.12.0 on Python < 3.12, which drops a reference to None on every call of a
    method returning nothing (and to True on `Signal.emit`/`disconnect`) without having taken one.

    Python 3.12+ makes these singletons immortal, so the bug is harmless there; on 3.11 the counts
    reach zero after a few thousand calls and the interpreter aborts ("none_dealloc: deallocating
    None"). Where a probe shows the leak, we give the singletons so many references that they are
    immortal in practice, as Python 3.12 does. Returns the names mended (empty when nothing leaks).
    """
    if sys.version_info >= (3, 12):
        return []

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.ping.emit()
    mended = []
    for name, obj, before in (("None", None, none_before), ("True", True, true_before)):
        if sys.getrefcount(obj) < before:
            mended.append(name)
    if mended:
        for obj in (None, True, False):
            ctypes.c_ssize_t.from_address(id(obj)).value += _PLENTY
    return mended


MENDED = _immortalise_singletons()
