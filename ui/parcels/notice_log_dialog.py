"""A resident's notice log in a dialog, with the two things staff do from it: read the notice aloud
(and log that), or log a phone call they made."""
from station.clock import format_time, local
from station.i18n import N_, tr
from station.parcels.notice_log import CHANNELS, KINDS, log_notice, notice_history
from station.parcels.notices import resident_notice_text
from ui import ops
from ui.qt import QtWidgets

HEADERS = (
    N_("Notices", "When"),
    N_("Notices", "Kind"),
    N_("Notices", "How"),
    N_("Notices", "Parcels"),
    N_("Notices", "Codes"),
    N_("Notices", "By"),
    N_("Notices", "Note"),
)


class NoticeLogDialog(QtWidgets.QDialog):
    def __init__(self, session, resident_gid: str, name: str, speaker, parent=None) -> None:
        super().__init__(parent)
        self.session, self.resident_gid, self.speaker = session, resident_gid, speaker
        self.setWindowTitle(tr("Notices", "Notices given to {name}").format(name=name))
        self.notice = QtWidgets.QLabel(objectName="noticeText", wordWrap=True)
        self.table = QtWidgets.QTableWidget(0, len(HEADERS), objectName="noticeLog")
        self.table.setHorizontalHeaderLabels([tr(*h) for h in HEADERS])
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.read_button = QtWidgets.QPushButton(tr("Notices", "Read aloud"), objectName="readAloud")
        self.call_button = QtWidgets.QPushButton(tr("Notices", "Record a phone call"), objectName="recordCall")
        close = QtWidgets.QPushButton(tr("Notices", "Close"))
        if not speaker.available:
            self.read_button.setEnabled(False)
            self.read_button.setToolTip(speaker.reason)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.call_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.read_button.clicked.connect(self.read_aloud)
        self.call_button.clicked.connect(lambda: self._log("phone"))
        close.clicked.connect(self.accept)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 64, em * 34)  # grows with large text
        self.refresh()

    def refresh(self) -> None:
        ctx, gid = self.session.ctx, self.resident_gid
        ops.Op(lambda: (resident_notice_text(ctx, gid, spoken=False), notice_history(ctx, gid))).success(
            self._show).run()

    def _show(self, result) -> None:
        text, records = result
        self.notice.setText(text)
        self.table.setRowCount(len(records))
        for row, r in enumerate(records):
            values = (format_time(local(r.at)), tr(*KINDS[r.kind]), tr(*CHANNELS[r.channel]), str(r.parcel_count),
                      r.codes.replace(",", " "), r.actor, r.note)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QtWidgets.QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def read_aloud(self) -> None:
        ctx, gid = self.session.ctx, self.resident_gid
        ops.Op(lambda: resident_notice_text(ctx, gid)).success(self._speak).run()

    def _speak(self, text: str) -> None:
        if self.speaker.say(text):
            self._log("read_aloud")

    def _log(self, channel: str) -> None:
        ctx, gid = self.session.ctx, self.resident_gid
        ops.Op(lambda: log_notice(ctx, gid, channel)).success(lambda _r: self.refresh()).run()
