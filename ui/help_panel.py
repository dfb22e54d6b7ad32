"""F1 on any page: the keys that work here, in large type, closed again with Esc or F1.

Every task at the counter can be done with a scanner and the keyboard alone; this panel is where a new
person finds the keys. The window's own keys come first, then the page's (a page lists them in a
`SHORTCUTS` attribute of (keys, N_(context, text)) pairs).
"""
from station.i18n import N_, tr
from ui.leading import space_view
from ui.qt import Qt, QtGui, QtWidgets

WINDOW_KEYS = (
    ("F1", N_("Help", "This help (Esc closes it)")),
    ("Alt+1 … Alt+9", N_("Help", "Go to the page with that number in the list on the left")),
    ("Ctrl+L", N_("Help", "Switch user: the sign-in dialog (↑ ↓ choose, PIN, Enter)")),
    ("Tab / Shift+Tab", N_("Help", "Next / previous field in a form or dialog")),
    ("Enter / Esc", N_("Help", "Confirm / cancel a dialog")),
)


class HelpPanel(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget, page_title: str = "", page_keys=()) -> None:
        super().__init__(parent, objectName="helpPanel")
        self.setWindowTitle(tr("Help", "Keys — Village Station"))
        points = max(16, round(QtWidgets.QApplication.font().pointSize() * 1.3))
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
        if page_keys:
            self._section(layout, tr("Help", "On this page: {page}").format(page=page_title), page_keys)
        self._section(layout, tr("Help", "Everywhere"), WINDOW_KEYS)
        layout.addWidget(self.table, 1)
        close = QtWidgets.QPushButton(tr("Help", "Close (Esc)"), clicked=self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        QtGui.QShortcut(QtGui.QKeySequence("F1"), self, self.reject)
        self.resize(QtGui.QFontMetrics(self.table.font()).horizontalAdvance("M") * 48, parent.height() * 4 // 5)

    def _section(self, layout, title: str, keys) -> None:
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
            self.table.setItem(row, 0, QtWidgets.QTableWidgetItem(keys_text))
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
    panel = HelpPanel(window, title, getattr(page, "SHORTCUTS", ()))

    def closed(_code: int) -> None:
        panel.deleteLater()
        window.activateWindow()
        if page is not None:
            page.focus_default()

    panel.finished.connect(closed)
    panel.open()
    return panel
