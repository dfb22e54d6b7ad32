"""The one module that imports Qt for the rest of the UI (so a Qt upgrade touches one file)."""
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

try:  # an add-on: some installs lack it, and read-aloud then says so instead of failing
    from PySide6 import QtTextToSpeech
except ImportError:
    QtTextToSpeech = None

__all__ = ["QtTextToSpeech", "QtCore", "QtGui", "QtWidgets", "QObject", "Qt", "QThread", "QTimer", "Signal", "Slot"]
