"""Notices and reminders: print the wall board, read the waiting list aloud, run the reminder rules,
and hand back parcels nobody collected in time."""
from pathlib import Path

from station.clock import format_date, local
from station.i18n import N_, ntr, tr
from station.options import REMIND_AFTER_DAYS, RETURN_AFTER_DAYS
from station.parcels.carriers import carrier_name
from station.parcels.notices import board_notice_text, notice_board_pdf
from station.parcels.reminders import returns_due, run_reminders
from station.parcels.returns import return_to_courier
from station.settings import get_setting
from ui import messages, ops
from ui.flow import FlowLayout
from ui.parcels.problems_dialogs import ReturnDialog
from ui.qt import QtWidgets

HEADERS = (
    N_("Notices", "Arrived"),
    N_("Notices", "Pickup code"),
    N_("Notices", "Resident"),
    N_("Notices", "Carrier"),
    N_("Notices", "Tracking number"),
)


class NoticesPanel(QtWidgets.QWidget):
    def __init__(self, session, speaker, parent=None) -> None:
        super().__init__(parent)
        self.session, self.speaker = session, speaker
        self.due: list[dict] = []
        self.print_button = QtWidgets.QPushButton(tr("Notices", "Print notice board…"), objectName="printBoard")
        self.read_button = QtWidgets.QPushButton(tr("Notices", "Read the list aloud"), objectName="readList")
        self.stop_button = QtWidgets.QPushButton(tr("Notices", "Stop reading"), objectName="stopReading")
        self.remind_button = QtWidgets.QPushButton(tr("Notices", "Run reminders now"), objectName="runReminders")
        self.return_button = QtWidgets.QPushButton(tr("Notices", "Return selected to courier…"),
                                                   objectName="returnDue")
        self.rules = QtWidgets.QLabel(objectName="reminderRules", wordWrap=True)
        self.speech_state = QtWidgets.QLabel(objectName="speechState", wordWrap=True)
        self.table = QtWidgets.QTableWidget(0, len(HEADERS), objectName="dueTable")
        self.table.setHorizontalHeaderLabels([tr(*h) for h in HEADERS])
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self._lay_out()
        self._speech_ready()
        self.print_button.clicked.connect(self.print_board)
        self.read_button.clicked.connect(self.read_list)
        self.stop_button.clicked.connect(self.speaker.stop)
        self.remind_button.clicked.connect(self.remind)
        self.return_button.clicked.connect(self.hand_back)
        self.table.itemSelectionChanged.connect(
            lambda: self.return_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        self.return_button.setEnabled(False)

    def _lay_out(self) -> None:
        top = FlowLayout()
        for button in (self.print_button, self.read_button, self.stop_button):
            top.addWidget(button)
        top.addStretch(1)
        reminders = FlowLayout()
        reminders.addWidget(self.remind_button)
        reminders.addWidget(self.return_button)
        reminders.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.speech_state)
        layout.addWidget(self.rules)
        layout.addLayout(reminders)
        layout.addWidget(QtWidgets.QLabel(tr("Notices", "Due to go back to the courier:")))
        layout.addWidget(self.table, 1)

    def _speech_ready(self) -> None:
        if not self.speaker.available:
            for button in (self.read_button, self.stop_button):
                button.setEnabled(False)
                button.setToolTip(self.speaker.reason)
            self.speech_state.setText(self.speaker.reason)
        else:
            self.speaker.speaking_changed.connect(self.stop_button.setEnabled)
            self.stop_button.setEnabled(False)

    def refresh(self) -> None:
        ctx = self.session.ctx
        ops.Op(lambda: (get_setting(ctx, REMIND_AFTER_DAYS.key), get_setting(ctx, RETURN_AFTER_DAYS.key),
                        returns_due(ctx))).success(self._show).run()

    def _show(self, result) -> None:
        remind, back, due = result
        self.rules.setText(tr("Notices", "Residents are reminded after {remind}; parcels go back to the courier "
                                         "after {back} (change this in Settings).").format(
            remind=ntr("Notices", "1 day", "{count} days", remind), back=ntr("Notices", "1 day", "{count} days", back)))
        self.due = due
        self.table.setRowCount(len(due))
        for row, d in enumerate(due):
            values = (format_date(local(d["arrived_at"])), d["pickup_code"], d["name"] or "",
                      carrier_name(d["carrier"]), d["tracking_no"])
            for column, value in enumerate(values):
                self.table.setItem(row, column, QtWidgets.QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def print_board(self, path: str | None = None) -> None:
        if not path:
            stamp = local(self.session.ctx.now()).strftime("%Y%m%d")
            default = str(Path.home() / f"notice-board-{stamp}.pdf")
            path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Notices", "Save the notice board"), default,
                                                            "PDF (*.pdf)")
        if path:
            ctx = self.session.ctx
            ops.Op(lambda: notice_board_pdf(ctx, Path(path))).success(
                lambda r: messages.bridge().info(ntr("Notices", "Notice board saved: {path} (1 parcel).",
                                                     "Notice board saved: {path} ({count} parcels).", r["parcels"],
                                                     path=r["path"]))).run()

    def read_list(self) -> None:
        ctx = self.session.ctx
        ops.Op(lambda: board_notice_text(ctx)).success(self.speaker.say).run()

    def remind(self) -> None:
        ctx = self.session.ctx
        ops.Op(lambda: run_reminders(ctx)).success(self._reminded).run()

    def _reminded(self, run) -> None:
        messages.bridge().info(tr("Notices", "{residents} to remind; {parcels} newly due to go back.").format(
            residents=ntr("Notices", "1 resident", "{count} residents", len(run.reminded)),
            parcels=ntr("Notices", "1 parcel", "{count} parcels", len(run.newly_due_for_return))))
        self.session.notify("parcels")
        self.refresh()

    def hand_back(self) -> ReturnDialog | None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return None
        gids = [self.due[r]["gid"] for r in rows]
        dialog = ReturnDialog(len(gids), self)
        dialog.accepted.connect(lambda: self._return(gids, *dialog.values()))
        dialog.open()
        return dialog

    def _return(self, gids: list[str], courier: str, note: str) -> None:
        ctx = self.session.ctx
        ops.Op(lambda: return_to_courier(ctx, gids, courier, None, note)).success(
            lambda done: self._reminded_returned(len(done), courier)).run()

    def _reminded_returned(self, count: int, courier: str) -> None:
        messages.bridge().info(ntr("Notices", "1 parcel handed back to {courier}.",
                                   "{count} parcels handed back to {courier}.", count, courier=courier))
        self.session.notify("parcels")
        self.refresh()

