"""The one module that imports Qt for the rest of the UI (so a Qt upgrade touches one file).

PySide6 is pinned below 6.12 in pyproject.toml: 6.12.0 drops a reference to None (and to True on
`Signal.emit`) on every call on Python 3.11, and the interpreter aborts after a few thousand calls.
tests/ui/test_qt.py guards against that coming back.
"""
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

# Qt Multimedia (under read-aloud) reports a missing PipeWire library as it loads: noise on every CLI run.
QtCore.QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")

__all__ = ["text_to_speech", "QtCore", "QtGui", "QtWidgets", "QObject", "Qt", "QThread", "QTimer",
           "Signal", "Slot", "is_alive"]


def text_to_speech():
    """The QtTextToSpeech module, or None where the add-on is missing (read-aloud then says so).

    Imported on first use, not at start: it pulls in QtMultimedia, which costs tens of milliseconds."""
    try:
        from PySide6 import QtTextToSpeech
    except ImportError:
        return None
    return QtTextToSpeech


def is_alive(obj: QObject) -> bool:
    """False once the C++ side of a Qt object was deleted (a callback arriving late must not touch it)."""
    return shiboken6.isValid(obj)
