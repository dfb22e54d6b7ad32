"""Fonts, text size, contrast and target sizes for the whole application, independent of the OS settings.

Elder mode (large text) follows the MIIT elder-friendly specification (互联网应用适老化通用设计规范, 2021):
body text >= 18 pt, a largest step >= 30 pt (the counter's result), targets >= 60 px high, contrast >= 4.5:1.
Every colour pair used for text is declared once in PALETTES, so tests/ui/test_elder_mode.py can check its
contrast with the WCAG formula in both themes; the style sheets are made from the same table.
"""
from station.fonts import cjk_font_path
from ui.pointer import apply_pointer
from ui.qt import QtGui, QtWidgets

NORMAL_PT = 12
LARGE_PT = 18
RESULT_PT = {False: 20, True: 30}  # the counter's result: the largest step of each size
LINE_SPACING = 1.3  # elder mode: lines of wrapped text at least 1.3 times the text size apart (ui.leading)
ELDER_TARGET_PX = 60  # buttons, inputs, check boxes, tabs and nav rows in elder mode
MIN_CONTRAST = 4.5

# role: (text colour, background colour) — the pairs the application draws text with.
PALETTES: dict[str, dict[str, tuple[str, str]]] = {
    "normal": {
        "window": ("#1A1A1A", "#F0F0F0"), "base": ("#1A1A1A", "#FFFFFF"), "button": ("#1A1A1A", "#E4E4E4"),
        "highlight": ("#FFFFFF", "#0B5CAD"), "disabled": ("#595959", "#EDEDED"), "placeholder": ("#595959", "#FFFFFF"),
        "tooltip": ("#1A1A1A", "#FFFFDC"), "alternate": ("#1A1A1A", "#F4F7FB"),
        "banner_error": ("#8A1C14", "#FDE2E1"), "banner_warning": ("#6B4E00", "#FFF4CE"),
        "banner_info": ("#0B4A75", "#E3F1FD"), "ok": ("#1B6E20", "#F0F0F0"), "alert": ("#A3211A", "#F0F0F0"),
        "focus": ("#0B5CAD", "#F0F0F0"),
    },
    "high_contrast": {
        "window": ("#FFFF00", "#000000"), "base": ("#FFFFFF", "#000000"), "button": ("#FFFF00", "#000000"),
        "highlight": ("#000000", "#00FFFF"), "disabled": ("#C0C0C0", "#000000"), "placeholder": ("#C0C0C0", "#000000"),
        "tooltip": ("#FFFFFF", "#000000"), "alternate": ("#FFFFFF", "#1A1A1A"),
        "banner_error": ("#FF9C9C", "#000000"), "banner_warning": ("#FFFF00", "#000000"),
        "banner_info": ("#9CD6FF", "#000000"), "ok": ("#7CFC7C", "#000000"), "alert": ("#FF9C9C", "#000000"),
        "focus": ("#00FFFF", "#000000"),
    },
}
FOCUS_PX = 3  # the focus ring: thick, in the theme's "focus" colour (contrast-checked against the window)
FOCUSABLE = ("QPushButton", "QToolButton", "QLineEdit", "QComboBox", "QAbstractSpinBox", "QCheckBox",
             "QRadioButton", "QAbstractItemView", "QPlainTextEdit", "QTextEdit", "QTabBar", "QSlider")
BORDER = {"normal": "#8C8C8C", "high_contrast": "#FFFF00"}
_state = {"large": False, "high_contrast": False}


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio of two #RRGGBB colours (1 … 21)."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_large() -> bool:
    return _state["large"]


def is_high_contrast() -> bool:
    return _state["high_contrast"]


def colours() -> dict[str, tuple[str, str]]:
    return PALETTES["high_contrast" if _state["high_contrast"] else "normal"]


def colour(role: str) -> str:
    """The text colour of a role in the current theme (e.g. "alert" for a figure that needs action)."""
    return colours()[role][0]


def result_points() -> int:
    """The counter's result size: the largest step (>= 30 pt in elder mode)."""
    return RESULT_PT[_state["large"]]


def target_height() -> int:
    """The least height of a button or input: 60 px in elder mode, the style's own otherwise."""
    return ELDER_TARGET_PX if _state["large"] else 0


def _qss(name: str, large: bool) -> str:
    p, border = PALETTES[name], BORDER[name]
    nav_pad = "0.7em 0.8em" if large else "0.5em 0.8em"
    sheet = f"""
QListWidget#nav {{ font-weight: bold; }}
QListWidget#nav::item {{ padding: {nav_pad}; }}
QLabel#banner[level="error"] {{ background: {p['banner_error'][1]}; color: {p['banner_error'][0]}; padding: 0.4em; }}
QLabel#banner[level="warning"] {{ background: {p['banner_warning'][1]}; color: {p['banner_warning'][0]};
    padding: 0.4em; }}
QLabel#banner[level="info"] {{ background: {p['banner_info'][1]}; color: {p['banner_info'][0]}; padding: 0.4em; }}
QCheckBox::indicator, QTableView::indicator, QListView::indicator {{ width: 0.9em; height: 0.9em; }}
QLabel#verdict[ok="true"] {{ color: {p['ok'][0]}; font-weight: bold; }}
QLabel#verdict[ok="false"] {{ color: {p['alert'][0]}; font-weight: bold; }}
QLabel#signInError {{ color: {p['alert'][0]}; font-weight: bold; }}
QPushButton:disabled {{ color: {p['disabled'][0]}; }}
"""
    sheet += _focus_qss(name)
    if name == "high_contrast":
        sheet += f"""
QWidget {{ background: {p['window'][1]}; color: {p['window'][0]}; }}
QLineEdit, QTextEdit, QPlainTextEdit, QTableView, QListView, QComboBox, QAbstractSpinBox {{
    background: {p['base'][1]}; color: {p['base'][0]}; border: 2px solid {border}; }}
QPushButton {{ background: {p['button'][1]}; color: {p['button'][0]}; border: 2px solid {border}; padding: 4px 12px; }}
QPushButton:disabled {{ color: {p['disabled'][0]}; border: 2px dashed {p['disabled'][0]}; }}
QPushButton:checked {{ background: {p['highlight'][1]}; color: {p['highlight'][0]}; }}
QHeaderView::section {{ background: {p['window'][1]}; color: {p['window'][0]}; border: 1px solid {border}; }}
QCheckBox::indicator {{ border: 2px solid {border}; background: #000000; }}
QCheckBox::indicator:checked {{ background: {border}; }}
QFrame[frameShape="6"], QFrame[frameShape="1"], QTabWidget::pane, QTabBar::tab {{ border: 2px solid {border}; }}
QGroupBox {{ border: 2px solid {border}; margin-top: 1.4em; padding-top: 0.3em; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left; left: 8px; padding: 0 4px; }}
QTabBar::tab:selected {{ background: {p['highlight'][1]}; color: {p['highlight'][0]}; }}
QListWidget#nav::item:selected, QTableView::item:selected {{ background: {p['highlight'][1]};
    color: {p['highlight'][0]}; }}
QToolTip {{ background: {p['tooltip'][1]}; color: {p['tooltip'][0]}; border: 1px solid {border}; }}
"""
    if large:
        sheet += f"QTabBar::tab {{ min-height: {ELDER_TARGET_PX - 8}px; padding: 4px 12px; }}\n"
    return sheet


def _focus_qss(name: str) -> str:
    """A visible focus ring on every focusable widget, in both themes (WCAG 2.4.7): a thick border in the focus
    colour. Buttons get a plain drawn face in the normal theme too, so gaining the ring does not change their
    look otherwise; the rule comes before the high-contrast sheet's own borders and wins by being more specific."""
    p, border = PALETTES[name], BORDER[name]
    ring = ", ".join(f"{kind}:focus" for kind in FOCUSABLE)
    sheet = f"{ring} {{ border: {FOCUS_PX}px solid {p['focus'][0]}; }}\n"
    if name == "normal":
        sheet = (f"QPushButton {{ background: {p['button'][1]}; color: {p['button'][0]}; border: 1px solid {border};"
                 f" border-radius: 3px; padding: 4px 12px; }}\n"
                 f"QPushButton:pressed, QPushButton:checked {{ background: #C8C8C8; }}\n") + sheet
    return sheet


def _palette(name: str) -> QtGui.QPalette:
    """The QPalette made from PALETTES, so what the style draws (not only the style sheet) has checked contrast."""
    p, pal, group, role = PALETTES[name], QtGui.QPalette(), QtGui.QPalette.ColorGroup, QtGui.QPalette.ColorRole
    pairs = {"window": (role.WindowText, role.Window), "base": (role.Text, role.Base),
             "button": (role.ButtonText, role.Button), "highlight": (role.HighlightedText, role.Highlight),
             "tooltip": (role.ToolTipText, role.ToolTipBase)}
    for key, (fg, bg) in pairs.items():
        pal.setColor(fg, QtGui.QColor(p[key][0]))
        pal.setColor(bg, QtGui.QColor(p[key][1]))
    pal.setColor(role.AlternateBase, QtGui.QColor(p["alternate"][1]))
    pal.setColor(role.PlaceholderText, QtGui.QColor(p["placeholder"][0]))
    for fg in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, fg, QtGui.QColor(p["disabled"][0]))
    return pal


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


DISPLAY_LISTENERS: list = []  # callables(widget) run over every widget when the text size or contrast changes


def apply_display(app: QtWidgets.QApplication, large_text: bool, high_contrast: bool) -> None:
    _state.update(large=bool(large_text), high_contrast=bool(high_contrast))
    font = QtGui.QFont(cjk_family() or app.font().family())
    font.setPointSize(LARGE_PT if large_text else NORMAL_PT)
    app.setFont(font)
    name = "high_contrast" if high_contrast else "normal"
    app.setPalette(_palette(name))
    app.setStyleSheet(_qss(name, bool(large_text)))
    apply_pointer(app, bool(large_text))
    for refit in DISPLAY_LISTENERS:  # ui.housekeeping re-fits every widget to the new text size
        for widget in app.allWidgets():
            refit(widget)


def set_elder_mode(session, on: bool) -> None:
    """The elder-mode switch (status bar, sign-in dialog, Settings): stored for this PC, applied at once, and
    the pages built anew so every size made at construction follows."""
    session.config.set("large_text", bool(on))
    apply_display(QtWidgets.QApplication.instance(), bool(on), _state["high_contrast"])
    session.request_rebuild()
