"""The problem queue on screen: open problem parcels, and the three actions on them."""
from station.clock import format_time, local
from station.i18n import N_, tr
from station.parcels.carriers import carrier_name
from station.parcels.problems import KINDS, open_problems, photo_file, reassign_problem, report_problem, return_problem
from ui import messages, ops
from ui.flow import FlowLayout
from ui.parcels.problems_dialogs import ReassignDialog, ReportProblemDialog, ReturnDialog
from ui.qt import QtCore, QtGui, QtWidgets

HEADERS = (
    N_("Problems", "Reported"),
    N_("Problems", "Tracking number"),
    N_("Problems", "Carrier"),
    N_("Problems", "Problem"),
    N_("Problems", "Resident"),
    N_("Problems", "Note"),
    N_("Problems", "Photo"),
)


class ProblemsWidget(QtWidgets.QWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.problems = []
        self.table = QtWidgets.QTableWidget(0, len(HEADERS), objectName="problemTable")
        self.table.setHorizontalHeaderLabels([tr(*h) for h in HEADERS])
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.report_button = QtWidgets.QPushButton(tr("Problems", "Report a problem…"), objectName="reportProblem")
        self.reassign_button = QtWidgets.QPushButton(tr("Problems", "Give to a resident…"), objectName="reassign")
        self.return_button = QtWidgets.QPushButton(tr("Problems", "Return to courier…"), objectName="returnProblem")
        self.photo_button = QtWidgets.QPushButton(tr("Problems", "Show photo"), objectName="showPhoto")
        self.empty = QtWidgets.QLabel(tr("Problems", "No problem parcels. Damaged, unknown addressee, misaddressed "
                                                     "or refused parcels wait here until they are resolved."),
                                      wordWrap=True)
        buttons = FlowLayout()
        for button in (self.report_button, self.reassign_button, self.return_button, self.photo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.report_button.clicked.connect(lambda: self.report())
        self.reassign_button.clicked.connect(self.reassign)
        self.return_button.clicked.connect(self.hand_back)
        self.photo_button.clicked.connect(self.show_photo)
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def refresh(self) -> None:
        ctx = self.session.ctx
        ops.Op(lambda: open_problems(ctx)).success(self._show).run()

    def _show(self, problems) -> None:
        self.problems = problems
        self.table.setRowCount(len(problems))
        for row, p in enumerate(problems):
            values = (format_time(local(p.reported_at)), p.tracking_no, carrier_name(p.carrier), tr(*KINDS[p.kind]),
                      p.resident_name, p.note, tr("Problems", "yes") if p.photo_path else "")
            for column, value in enumerate(values):
                self.table.setItem(row, column, QtWidgets.QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not problems)
        self._enable()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.problems[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.reassign_button.setEnabled(chosen)
        self.return_button.setEnabled(chosen)
        self.photo_button.setEnabled(chosen and bool(self.selected().photo_path))

    def photo_url(self) -> QtCore.QUrl | None:
        problem = self.selected()
        path = photo_file(self.session.ctx, problem) if problem else None
        return QtCore.QUrl.fromLocalFile(str(path)) if path else None

    def show_photo(self) -> None:
        """Open the kept photo (named by its SHA-256 in the data directory) in the system's picture viewer."""
        url = self.photo_url()
        if url is not None:
            QtGui.QDesktopServices.openUrl(url)

    def _changed(self, text: str) -> None:
        messages.bridge().info(text)
        self.session.notify("parcels")
        self.refresh()

    def report(self, tracking: str = "") -> ReportProblemDialog:
        dialog = ReportProblemDialog(self, tracking)
        dialog.accepted.connect(lambda: self._report(dialog.values()))
        dialog.open()
        return dialog

    def _report(self, values: dict) -> None:
        ctx = self.session.ctx
        ops.Op(lambda: report_problem(ctx, **values)).success(
            lambda p: self._changed(tr("Problems", "{tracking} is in the problem queue.").format(
                tracking=p.tracking_no))).run()

    def reassign(self) -> ReassignDialog | None:
        problem = self.selected()
        if problem is None:
            return None
        dialog = ReassignDialog(self.session, problem.tracking_no, self)
        dialog.accepted.connect(lambda: self._reassign(problem, dialog.resident_gid(), dialog.note.text()))
        dialog.open()
        return dialog

    def _reassign(self, problem, resident_gid: str, note: str) -> None:
        ctx = self.session.ctx
        ops.Op(lambda: reassign_problem(ctx, problem.gid, resident_gid, note)).success(
            lambda r: self._changed(tr("Problems", "{tracking} now waits for {name}: code {code}, shelf {shelf}.")
                                    .format(tracking=r["tracking_no"], name=r["resident"], code=r["pickup_code"],
                                            shelf=r["shelf"]))).run()

    def hand_back(self) -> ReturnDialog | None:
        problem = self.selected()
        if problem is None:
            return None
        dialog = ReturnDialog(1, self)
        dialog.accepted.connect(lambda: self._return(problem, *dialog.values()))
        dialog.open()
        return dialog

    def _return(self, problem, courier: str, note: str) -> None:
        ctx = self.session.ctx
        ops.Op(lambda: return_problem(ctx, problem.gid, courier, note)).success(
            lambda h: self._changed(tr("Problems", "{tracking} handed back to {courier}.").format(
                tracking=h.tracking_no, courier=h.courier_name))).run()
