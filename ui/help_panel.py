"""F1 on any page and in any dialog: the keys that work there, in large type, closed again with Esc or F1.

Every task at the counter can be done with a scanner and the keyboard alone; this panel is where a new
person finds the keys. On a page: the page's keys (a page lists them in a `SHORTCUTS` attribute of
(keys, N_(context, text)) pairs), then the window's. In a dialog: the dialog's own `SHORTCUTS`, if it has
any, then the keys of every dialog. `watch_dialogs` gives every dialog its F1 when it first takes the
focus, Qt's own (message boxes, input and file dialogs) included, so no dialog has to remember it.
"""
from station.i18n import N_, tr
from ui.leading import space_view
from ui.qt import Qt, QtGui, QTimer, QtWidgets

WINDOW_KEYS = (
    ("F1", N_("Help", "This help (Esc closes it)")),
    ("Alt+1 – Alt+9", N_("Help", "Go to the page with that number in the list on the left")),
    ("Ctrl+L", N_("Help", "Switch user: the sign-in dialog (↑ ↓ choose, PIN, Enter)")),
    ("Tab / Shift+Tab", N_("Help", "Next / previous field in a form or dialog")),
    ("Enter / Esc", N_("Help", "Confirm / cancel a dialog")),
)
DIALOG_KEYS = (
    ("F1", N_("Help", "This help (Esc closes it)")),
    ("Tab / Shift+Tab", N_("Help", "Next / previous field in a form or dialog")),
    ("Space", N_("Help", "Press the button, or tick the box, that has the focus")),
    ("Enter / Esc", N_("Help", "Confirm / cancel a dialog")),
)


class HelpPanel(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget, sections) -> None:
        """`sections`: (heading, keys) pairs, shown in order."""
        super().__init__(parent, objectName="helpPanel")
        self.setWindowTitle(tr("Help", "Keys — Village Station"))
        points = min(20, max(16, round(QtWidgets.QApplication.font().pointSize() * 1.3)))  # large, and fits
        self.setStyleSheet(f"QDialog#helpPanel, QDialog#helpPanel * {{ font-size: {points}pt; }}"
                           f"QDialog#helpPanel QLabel#helpHeading {{ font-size: {round(points * 1.3)}pt; "
                           "font-weight: bold; }")
        self.table = QtWidgets.QTableWidget(0, 2, objectName="helpKeys")
        self.table.setHorizontalHeaderLabels([tr("Help", "Keys"), tr("Help", "What it does")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        space_view(self.table)  # wrapped lines 1.3× apart in elder mode, rows as tall as that needs
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QtWidgets.QVBoxLayout(self)
        for heading, keys in sections:
            self._section(heading, keys)
        layout.addWidget(self.table, 1)
        self.ensurePolished()  # the style sheet's large type first: the columns fit the text as shown
        self.table.resizeColumnToContents(0)
        # rows as high as their text wraps at the width the text column gets, once the layout has settled
        self._fit_rows = QTimer(self, singleShot=True, interval=0, timeout=self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows.start())
        close = QtWidgets.QPushButton(tr("Help", "Close (Esc)"), clicked=self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        QtGui.QShortcut(QtGui.QKeySequence("F1"), self, self.reject)
        metrics = QtGui.QFontMetrics(self.table.font())
        wanted = (self.table.rowCount() + 1) * (metrics.lineSpacing() + 10) + close.sizeHint().height() * 2
        screen = parent.screen().availableGeometry().height()
        height = min(screen * 9 // 10, max(parent.window().height() * 4 // 5, wanted))
        self.resize(max(metrics.horizontalAdvance("M") * 48, parent.window().width() * 9 // 10), height)

    def _section(self, title: str, keys) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        heading = QtWidgets.QTableWidgetItem(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.table.setItem(row, 0, heading)
        self.table.setSpan(row, 0, 1, 2)
        for keys_text, text in keys:
            row = self.table.rowCount()
            self.table.insertRow(row)
            shown = tr(*keys_text) if isinstance(keys_text, tuple) else keys_text  # words in a key are translated
            self.table.setItem(row, 0, QtWidgets.QTableWidgetItem(shown))
            self.table.setItem(row, 1, QtWidgets.QTableWidgetItem(tr(*text)))
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()

    def texts(self) -> list[str]:
        """Every line of the panel as `keys: text` (tests read it)."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, col) for col in range(2)]
            rows.append(": ".join(c.text() for c in cells if c is not None))
        return rows


def open_help(window) -> HelpPanel:
    """Open the panel over `window` for its current page (window-modal, not blocking)."""
    page = window.current_page()
    row = window.nav.currentRow()
    title = window.nav.item(row).text() if row >= 0 else ""
    sections = []
    if getattr(page, "SHORTCUTS", ()):
        sections.append((tr("Help", "On this page: {page}").format(page=title), page.SHORTCUTS))
    sections.append((tr("Help", "Everywhere"), WINDOW_KEYS))
    return _open(window, sections, page.focus_default if page is not None else None)


def open_dialog_help(dialog: QtWidgets.QDialog) -> HelpPanel:
    """Open the panel over `dialog`: its own keys, then those of every dialog; the focus returns where it was."""
    sections = []
    if getattr(dialog, "SHORTCUTS", ()):
        title = dialog.windowTitle() or tr("Help", "this dialog")
        sections.append((tr("Help", "In this dialog: {title}").format(title=title), dialog.SHORTCUTS))
    sections.append((tr("Help", "In every dialog"), DIALOG_KEYS))
    focused = dialog.focusWidget()
    return _open(dialog, sections, focused.setFocus if focused is not None else None)


def _open(parent, sections, refocus) -> HelpPanel:
    panel = HelpPanel(parent, sections)
    parent.help_panel = panel

    def closed(_code: int) -> None:
        panel.deleteLater()
        parent.activateWindow()
        if refocus is not None:
            refocus()

    panel.finished.connect(closed)
    panel.open()
    return panel


ARMED = "_helpKeyArmed"


def watch_dialogs(app: QtWidgets.QApplication) -> None:
    """Give every dialog F1 (once) when a window of the app takes the focus: the app's own dialogs and
    Qt's alike. The help panel is left alone (its F1 closes it)."""
    if app.property(ARMED):
        return
    app.setProperty(ARMED, True)
    app.focusWindowChanged.connect(lambda _window: arm_dialogs())


def arm_dialogs() -> None:
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if isinstance(widget, QtWidgets.QDialog) and not isinstance(widget, HelpPanel) and not widget.property(ARMED):
            widget.setProperty(ARMED, True)
            QtGui.QShortcut(QtGui.QKeySequence("F1"), widget, lambda dialog=widget: open_dialog_help(dialog))
