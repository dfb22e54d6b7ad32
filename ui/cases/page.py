"""The Cases page: open / due soon / overdue / closed / merged lists beside the case view; statistics."""
from functools import partial

from station.cases.views import due_soon, list_cases, overdue
from station.i18n import N_, ntr, tr
from ui.cases import forms
from ui.cases.case_view import CaseView
from ui.cases.stats_view import StatsView
from ui.ops import Op
from ui.pages import Page
from ui.qt import Qt, QtWidgets
from ui.tables import make_table, selected_key, set_rows

LISTS = (("open", N_("Cases", "Open")), ("due_soon", N_("Cases", "Due soon")), ("overdue", N_("Cases", "Overdue")),
         ("closed", N_("Cases", "Closed")), ("merged", N_("Cases", "Merged")))


def _fetch(ctx, which: str) -> list[dict]:
    if which == "due_soon":
        return due_soon(ctx)
    return overdue(ctx) if which == "overdue" else list_cases(ctx, which)


class CasesPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.rows: list[dict] = []
        self.which = QtWidgets.QComboBox(objectName="caseList")
        for key, words in LISTS:
            self.which.addItem(tr(*words), key)
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QtWidgets.QLabel()
        self.table = make_table([tr("Cases", "Case"), tr("Cases", "Complainant"), tr("Cases", "Merchant"),
                                 tr("Cases", "Platform"), tr("Cases", "Opened / due")])
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button = QtWidgets.QPushButton(tr("Cases", "Open a case …"), objectName="newCase",
                                                clicked=lambda: self.new_case())
        self.case_view = CaseView(session)
        self.case_view.changed = self.refresh
        self.stats_view = StatsView(session)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self._cases_tab(), tr("Cases", "Cases"))
        self.tabs.addTab(self.stats_view, tr("Cases", "Statistics"))
        self.tabs.currentChanged.connect(lambda i: self.stats_view.refresh() if i == 1 else None)
        QtWidgets.QVBoxLayout(self).addWidget(self.tabs)

    def _cases_tab(self) -> QtWidgets.QWidget:
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.which)
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        left = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return splitter

    def new_case(self):
        return forms.new_case(self, self.session.ctx, lambda made: self._opened(made["number"]))

    def _opened(self, number: str) -> None:
        self.which.blockSignals(True)
        self.which.setCurrentIndex(0)
        self.which.blockSignals(False)
        self.refresh(number)

    def refresh(self, keep: str | None = None) -> None:
        """Reload the list; `keep` (a case number) stays selected, else the one selected now, else the first."""
        which, keep = self.which.currentData(), keep or selected_key(self.table)
        Op(partial(_fetch, self.session.ctx, which), parent=self).success(partial(self._loaded, keep=keep)).run()

    def _loaded(self, rows: list[dict], keep: str | None = None) -> None:
        self.rows = rows
        cells = [[r["number"], r["complainant"], r["merchant"], r["platform"],
                  (r["due"] + (" ?" if r["provisional"] else "")) if "due" in r else r["opened_on"]] for r in rows]
        set_rows(self.table, cells, [r["number"] for r in rows])
        self.count.setText(ntr("Cases", "1 case", "{count} cases", len(rows)))
        numbers = [r["number"] for r in rows]
        if rows:
            self.table.selectRow(numbers.index(keep) if keep in numbers else 0)
        if keep in numbers:
            self.case_view.load(keep)  # selecting the same row again emits nothing: reload what changed

    def _selected(self) -> None:
        number = selected_key(self.table)
        if number:
            self.case_view.load(number)
