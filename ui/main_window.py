"""The main window is only a frame: navigation, the page stack, a message banner and the status bar."""
from station.i18n import tr
from ui import messages
from ui.pages import page_specs
from ui.qt import Qt, QtGui, QTimer, QtWidgets
from ui.status_bar import StationStatusBar


class MainWindow(QtWidgets.QMainWindow):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(tr("Main", "Village Station — {name}").format(name=session.station_name))
        self.pages: dict[str, QtWidgets.QWidget] = {}
        self.nav = QtWidgets.QListWidget(objectName="nav")
        self.stack = QtWidgets.QStackedWidget()
        self.banner = QtWidgets.QLabel(objectName="banner", wordWrap=True)
        self.banner.hide()
        self._banner_timer = QTimer(self, singleShot=True, timeout=self.banner.hide)
        self._build_pages()
        self._lay_out()
        self.setStatusBar(StationStatusBar(session))
        messages.bridge().shown.connect(self.show_message)
        session.changed.connect(self._refresh_current)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

    def _build_pages(self) -> None:
        for spec in page_specs():
            page = spec.factory(self.session)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            self.nav.addItem(QtWidgets.QListWidgetItem(tr(*spec.title)))
            self._add_shortcut(len(self.pages))

    def _add_shortcut(self, number: int) -> None:
        if number <= 9:
            row = number - 1
            QtGui.QShortcut(QtGui.QKeySequence(f"Alt+{number}"), self, lambda: self.nav.setCurrentRow(row))

    def _lay_out(self) -> None:
        self.nav.setSizeAdjustPolicy(QtWidgets.QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        frame = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(frame)
        row.addWidget(self.nav)
        row.addWidget(right, 1)
        self.setCentralWidget(frame)

    def show_page(self, key: str) -> QtWidgets.QWidget:
        self.nav.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def current_page(self) -> QtWidgets.QWidget:
        return self.stack.currentWidget()

    def _show_row(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        page.refresh()
        page.focus_default()

    def _refresh_current(self, _what: str) -> None:
        self.current_page().refresh()

    def show_message(self, level: str, text: str) -> None:
        self.banner.setProperty("level", level)
        self.banner.setText(text)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()
        self._banner_timer.start(8000 if level == "error" else 4000)
