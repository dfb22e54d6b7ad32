"""The one module that imports Qt for the rest of the UI (so a Qt upgrade touches one file)."""
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

__all__ = ["QtCore", "QtGui", "QtWidgets", "QObject", "Qt", "QThread", "QTimer", "Signal", "Slot"]
