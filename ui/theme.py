"""Fonts, text size and contrast for the whole application, independent of the OS settings."""
from station.fonts import cjk_font_path
from ui.qt import QtGui, QtWidgets

NORMAL_PT = 12
LARGE_PT = 18

HIGH_CONTRAST_QSS = """
QWidget { background: #000000; color: #FFFF00; }
QLineEdit, QTextEdit, QPlainTextEdit, QTableView, QListView, QComboBox { background: #000000; color: #FFFFFF;
    border: 2px solid #FFFF00; }
QPushButton { background: #000000; color: #FFFF00; border: 2px solid #FFFF00; padding: 4px 12px; }
QPushButton:focus, QLineEdit:focus { border: 3px solid #00FFFF; }
QHeaderView::section { background: #000000; color: #FFFF00; }
QCheckBox::indicator { border: 2px solid #FFFF00; background: #000000; }
QCheckBox::indicator:checked { background: #FFFF00; }
"""

BASE_QSS = """
QListWidget#nav { font-weight: bold; }
QListWidget#nav::item { padding: 0.5em 0.8em; }
QLabel#banner[level="error"] { background: #FDE2E1; color: #8A1C14; padding: 0.4em; }
QLabel#banner[level="warning"] { background: #FFF4CE; color: #6B4E00; padding: 0.4em; }
QLabel#banner[level="info"] { background: #E3F1FD; color: #0B4A75; padding: 0.4em; }
QCheckBox::indicator { width: 0.9em; height: 0.9em; }
QLabel#verdict[ok="true"] { color: #1B6E20; font-weight: bold; }
QLabel#verdict[ok="false"] { color: #8A1C14; font-weight: bold; }
QLabel#signInError { color: #8A1C14; font-weight: bold; }
"""

_loaded: dict[str, str] = {}


def cjk_family() -> str:
    if "family" not in _loaded:
        path = cjk_font_path()
        families = []
        if path is not None:
            font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
            families = QtGui.QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _loaded["family"] = families[0] if families else ""
    return _loaded["family"]


def apply_display(app: QtWidgets.QApplication, large_text: bool, high_contrast: bool) -> None:
    font = QtGui.QFont(cjk_family() or app.font().family())
    font.setPointSize(LARGE_PT if large_text else NORMAL_PT)
    app.setFont(font)
    app.setStyleSheet(BASE_QSS + (HIGH_CONTRAST_QSS if high_contrast else ""))
