"""The Deliveries page: a field for returned slips, then proposals, runs and the volunteer roster.

A volunteer (who may only confirm deliveries) gets the slip field alone: scan a slip, choose the outcome.
"""
from station import scan
from station.i18n import tr
from station.permissions import Perm, allowed
from ui.delivery import open_slip_outcome
from ui.ops import Op
from ui.pages import Page
from ui.qt import Qt, QtWidgets


class DeliveriesPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.scan_field = QtWidgets.QLineEdit(objectName="slipScan")
        self.scan_field.setPlaceholderText(tr("Deliveries", "Scan a returned delivery slip here"))
        self.scan_field.returnPressed.connect(self.scan_slip)
        self.dialog = None
        self.tabs = None
        row = QtWidgets.QHBoxLayout()
        row.addWidget(QtWidgets.QLabel(tr("Deliveries", "Slip")))
        row.addWidget(self.scan_field, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row)
        if allowed(session.actor.role, Perm.VIEW):
            layout.addWidget(self._planning_tabs(session), 1)
        else:
            layout.addWidget(self._volunteer_help(), 1)

    def _volunteer_help(self) -> QtWidgets.QLabel:
        help_text = QtWidgets.QLabel(tr(
            "Deliveries", "Scan the QR code of each delivery slip you bring back, then choose what happened at "
                          "the door. Runs are planned by the station staff."), objectName="volunteerHelp")
        help_text.setWordWrap(True)
        help_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return help_text

    def _planning_tabs(self, session) -> QtWidgets.QTabWidget:
        from ui.delivery.proposals import ProposalsView
        from ui.delivery.roster import RosterView
        from ui.delivery.runs_view import RunsView

        self.proposals = ProposalsView(session)
        self.runs = RunsView(session)
        self.roster = RosterView(session)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.proposals, tr("Deliveries", "Proposed"))
        self.tabs.addTab(self.runs, tr("Deliveries", "Runs"))
        self.tabs.addTab(self.roster, tr("Deliveries", "Volunteers"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.proposals.run_planned.connect(self._show_run)
        return self.tabs

    def refresh(self) -> None:
        if self.tabs is not None:
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

