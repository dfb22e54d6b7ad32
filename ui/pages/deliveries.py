"""The Deliveries page: a field for returned slips, then proposals, runs and the volunteer roster."""
from station import scan
from station.i18n import N_, tr
from ui.delivery import open_slip_outcome
from ui.delivery.proposals import ProposalsView
from ui.delivery.roster import RosterView
from ui.delivery.runs_view import RunsView
from ui.ops import Op
from ui.pages import Page, PageSpec, register_page
from ui.qt import QtWidgets


class DeliveriesPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.scan_field = QtWidgets.QLineEdit(objectName="slipScan")
        self.scan_field.setPlaceholderText(tr("Deliveries", "Scan a returned delivery slip here"))
        self.scan_field.returnPressed.connect(self.scan_slip)
        self.proposals = ProposalsView(session)
        self.runs = RunsView(session)
        self.roster = RosterView(session)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.proposals, tr("Deliveries", "Proposed"))
        self.tabs.addTab(self.runs, tr("Deliveries", "Runs"))
        self.tabs.addTab(self.roster, tr("Deliveries", "Volunteers"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.proposals.run_planned.connect(self._show_run)
        self.dialog = None
        row = QtWidgets.QHBoxLayout()
        row.addWidget(QtWidgets.QLabel(tr("Deliveries", "Slip")))
        row.addWidget(self.scan_field, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def focus_default(self) -> None:
        self.scan_field.setFocus()

    def _show_run(self, run: str) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.runs)
        self.tabs.blockSignals(False)
        self.runs.refresh(select=run)

    def scan_slip(self) -> None:
        text, ctx = self.scan_field.text(), self.session.ctx
        self.scan_field.clear()
        Op(lambda: scan.route(ctx, text), parent=self).success(self._scanned).run()

    def _scanned(self, result) -> None:
        if result.data.get("needs_outcome"):
            self.dialog = open_slip_outcome(self, self.session, result)


register_page(PageSpec("deliveries", N_("Pages", "Deliveries"), DeliveriesPage, 20))
