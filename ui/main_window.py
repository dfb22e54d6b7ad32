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
        self._add_status_bar()
        for number in range(1, len(self.pages) + 1):
            self._add_shortcut(number)
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+L"), self, self.switch_user)
        self.sign_in_dialog = None
        messages.bridge().shown.connect(self.show_message)
        session.changed.connect(self._refresh_current)
        session.actor_changed.connect(lambda _a: self._refresh_current(""))
        session.rebuild_requested.connect(lambda: QTimer.singleShot(0, self.rebuild))
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

    def _add_status_bar(self) -> None:
        bar = StationStatusBar(self.session)
        bar.switch_user_requested.connect(self.switch_user)
        self.setStatusBar(bar)

    def switch_user(self) -> None:
        """Open the sign-in dialog over the window (Ctrl+L or the status bar button); Esc keeps the user."""
        from ui.login.dialog import SignInDialog

        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            self.sign_in_dialog.raise_()
            return
        dialog = SignInDialog(self.session, self)
        dialog.finished.connect(lambda _result: self._forget_sign_in(dialog))
        dialog.open()
        self.sign_in_dialog = dialog

    def _forget_sign_in(self, dialog) -> None:
        if self.sign_in_dialog is dialog:
            self.sign_in_dialog = None
        dialog.deleteLater()

    def rebuild(self) -> None:
        """Make the pages, navigation and status bar anew in the current language, on the same page."""
        current = list(self.pages)[self.stack.currentIndex()] if self.pages else None
        self.nav.blockSignals(True)
        self.nav.clear()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._build_pages()
        self.nav.blockSignals(False)
        self.setWindowTitle(tr("Main", "Village Station — {name}").format(name=self.session.station_name))
        self._add_status_bar()
        self.show_page(current or next(iter(self.pages)))

    def _build_pages(self) -> None:
        for spec in page_specs():
            page = spec.factory(self.session)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            self.nav.addItem(QtWidgets.QListWidgetItem(tr(*spec.title)))

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
