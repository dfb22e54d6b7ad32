"""The main window is only a frame: navigation, the page stack, a message banner and the status bar.

Pages are built when first shown (only the first one before the window appears: start-up stays close to
a bare Qt window), and the navigation lists only the pages the signed-in role may use.
"""
from station.i18n import tr
from ui import housekeeping, messages
from ui.pages import PageSpec, usable_specs
from ui.qt import Qt, QtGui, QTimer, QtWidgets
from ui.status_bar import StationStatusBar

SHORTCUT_PAGES = 9  # Alt+1 … Alt+9


class MainWindow(QtWidgets.QMainWindow):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(tr("Main", "Village Station — {name}").format(name=session.station_name))
        self.specs: list[PageSpec] = []
        self.pages: dict[str, QtWidgets.QWidget] = {}  # the pages built so far, by key
        self.nav = QtWidgets.QListWidget(objectName="nav")
        self.stack = QtWidgets.QStackedWidget()
        self.banner = QtWidgets.QLabel(objectName="banner", wordWrap=True)
        self.banner.hide()
        self._banner_timer = QTimer(self, singleShot=True, timeout=self.banner.hide)
        self._fill_nav()
        self._lay_out()
        self._add_status_bar()
        from ui.practice import mark_practice

        mark_practice(self)
        for number in range(1, SHORTCUT_PAGES + 1):
            self._add_shortcut(number)
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+L"), self, self.switch_user)
        QtGui.QShortcut(QtGui.QKeySequence("F1"), self, self.show_help)
        self.sign_in_dialog = None
        messages.bridge().shown.connect(self.show_message)
        session.changed.connect(self._refresh_current)
        session.actor_changed.connect(self._actor_changed)
        session.rebuild_requested.connect(lambda: QTimer.singleShot(0, self.rebuild))
        self.nav.currentRowChanged.connect(self._show_row)
        if self.specs:
            self.nav.setCurrentRow(0)

    def page_keys(self) -> list[str]:
        """The keys of the pages in the navigation (built or not), in order."""
        return [spec.key for spec in self.specs]

    def _fill_nav(self) -> None:
        self.specs = usable_specs(self.session.actor.role, self.session.station_kind)
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in self.specs:
            self.nav.addItem(QtWidgets.QListWidgetItem(tr(*spec.title)))
        self.nav.blockSignals(False)

    def _add_status_bar(self) -> None:
        bar = StationStatusBar(self.session)
        bar.switch_user_requested.connect(self.switch_user)
        self.setStatusBar(bar)
        housekeeping.tidy(bar)

    def switch_user(self) -> None:
        """Open the sign-in dialog over the window (Ctrl+L or the status bar button); Esc keeps the user."""
        from ui.login.dialog import SignInDialog

        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            self.sign_in_dialog.raise_()
            return
        dialog = SignInDialog(self.session, self)
        dialog.finished.connect(lambda _result: self._forget_sign_in(dialog))
        dialog.open()
        housekeeping.tidy(dialog)
        self.sign_in_dialog = dialog

    def show_help(self) -> None:
        """F1: the keys of this page and of the window (ui/help_panel.py)."""
        from ui.help_panel import open_help

        self.help_panel = open_help(self)

    def _forget_sign_in(self, dialog) -> None:
        if self.sign_in_dialog is dialog:
            self.sign_in_dialog = None
        dialog.deleteLater()

    def _current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    def _drop_pages(self, keep: set[str]) -> None:
        for key in [k for k in self.pages if k not in keep]:
            page = self.pages.pop(key)
            holder = page.parentWidget().parentWidget()  # the scroll area (page → viewport → area)
            self.stack.removeWidget(holder)
            holder.deleteLater()

    def rebuild(self) -> None:
        """Make the navigation, status bar and the shown page anew in the current language, on the same page."""
        current = self._current_key()
        self._drop_pages(keep=set())
        self._fill_nav()
        self.setWindowTitle(tr("Main", "Village Station — {name}").format(name=self.session.station_name))
        self._add_status_bar()
        self._show_key(current)

    def _actor_changed(self, _actor) -> None:
        """Another role may use other pages: the navigation lists what this one may use, and when that list
        changed the pages are built anew for the role (a volunteer's Deliveries page holds the slip field only)."""
        current = self._current_key()
        before = self.page_keys()
        self._fill_nav()
        if self.page_keys() != before:
            self._drop_pages(keep=set())
            self._show_key(current)
        else:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(before.index(current) if current in before else -1)
            self.nav.blockSignals(False)
            self._refresh_current("")

    def _show_key(self, key: str | None) -> None:
        keys = self.page_keys()
        if keys:
            self.show_page(key if key in keys else keys[0])

    def _add_shortcut(self, number: int) -> None:
        row = number - 1
        QtGui.QShortcut(QtGui.QKeySequence(f"Alt+{number}"), self,
                        lambda: self.nav.setCurrentRow(row) if row < self.nav.count() else None)

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
        """Select the page in the navigation (building it on first use) and return it."""
        row = self.page_keys().index(key)
        if self.nav.currentRow() == row:
            self._show_row(row)
        else:
            self.nav.setCurrentRow(row)
        return self.pages[key]

    def current_page(self) -> QtWidgets.QWidget | None:
        holder = self.stack.currentWidget()
        return holder.widget() if holder is not None else None

    def _page(self, spec: PageSpec) -> QtWidgets.QWidget:
        page = self.pages.get(spec.key)
        if page is None:
            page = self.pages[spec.key] = spec.factory(self.session)
            self.stack.addWidget(_scrolling(page))
        return page

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        page = self._page(self.specs[row])
        self.stack.setCurrentWidget(page.parentWidget().parentWidget())
        page.refresh()
        page.focus_default()
        housekeeping.tidy(page)

    def _refresh_current(self, _what: str) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
            QTimer.singleShot(0, page, lambda: housekeeping.tidy(page))

    def show_message(self, level: str, text: str) -> None:
        self.banner.setProperty("level", level)
        self.banner.setText(text)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()
        self._banner_timer.start(8000 if level == "error" else 4000)


def _scrolling(page: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    """A page too tall for the window in large text scrolls, instead of growing the window off the screen."""
    holder = QtWidgets.QScrollArea(widgetResizable=True, frameShape=QtWidgets.QFrame.Shape.NoFrame)
    holder.setWidget(page)
    return holder
