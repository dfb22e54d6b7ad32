"""The Residents page: find a resident, edit their record, delegates and care, see their timeline."""
from station.i18n import tr
from station.residents import village_groups
from ui.ops import Op
from ui.pages import Page
from ui.qt import Qt, QtCore, QtWidgets
from ui.residents.delegates import DelegatesView
from ui.residents.form import ResidentForm
from ui.residents.list_model import ResidentList
from ui.residents.timeline import TimelineView
from ui.tables import fill_combo


class FormScroll(QtWidgets.QScrollArea):
    """Scrolls the form up and down only, and asks for the form's whole width (up to a third of the window): the
    splitter then gives the list what is left rather than cutting the form's fields (large text, English)."""

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt naming)
        hint = super().minimumSizeHint()
        inner = self.widget().minimumSizeHint().width() if self.widget() else 0
        wanted = inner + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QtCore.QSize(max(hint.width(), min(wanted, self.window().width() // 3)), hint.height())


class ResidentsPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.list = ResidentList(session)
        self.form = ResidentForm(session)
        self.delegates = DelegatesView(session)
        self.timeline = TimelineView(session)
        self.tabs = QtWidgets.QTabWidget()
        scroll = FormScroll(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(holder)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll.setWidget(holder)
        self.tabs.addTab(scroll, tr("Residents", "Details"))
        self.tabs.addTab(self.delegates, tr("Residents", "Delegates"))
        self.tabs.addTab(self.timeline, tr("Residents", "Timeline"))
        new = QtWidgets.QPushButton(tr("Residents", "New resident"))
        new.clicked.connect(self.new_resident)
        self.list.selected.connect(self.show_resident)
        self.form.saved.connect(self._saved)
        left = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addWidget(new)
        split = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        # Nobody chosen: a hint, not an empty form with a Save button.
        self.hint = QtWidgets.QLabel(tr("Residents", "Choose a resident on the left, or press \"New resident\"."),
                                     objectName="residentsHint", wordWrap=True,
                                     alignment=Qt.AlignmentFlag.AlignCenter)
        self.right = QtWidgets.QStackedWidget()
        self.right.addWidget(self.hint)
        self.right.addWidget(self.tabs)
        split.addWidget(self.right)
        split.setSizes([730, 430])  # the list is what is read most; its columns elide less
        QtWidgets.QVBoxLayout(self).addWidget(split)

    def refresh(self) -> None:
        ctx = self.session.ctx
        Op(lambda: village_groups(ctx), parent=self).success(self._groups).run()

    def _groups(self, groups: list[dict]) -> None:
        fill_combo(self.list.group, [(tr("Residents", "All groups"), None)] + [(g["name"], g["gid"]) for g in groups])
        self.form.set_groups(groups)
        self.list.search(keep=self.form.gid)

    def focus_default(self) -> None:
        self.list.text.setFocus()

    def show_resident(self, gid: str | None) -> None:
        self.right.setCurrentWidget(self.tabs if gid else self.hint)
        self.form.load(gid)
        self.delegates.load(gid)
        self.timeline.load(gid)

    def new_resident(self) -> None:
        self.list.view.clearSelection()
        self.show_resident(None)
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(0)
        self.form.name.setFocus()

    def _saved(self, gid: str) -> None:
        self.right.setCurrentWidget(self.tabs)
        self.session.notify("residents")  # other views listening; this page reloads below, keeping the row
        self.list.search(keep=gid)
        self.delegates.load(gid)
        self.timeline.load(gid)

