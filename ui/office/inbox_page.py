"""Inbox: import a folder or USB drive (progress, cancel, a result per file), and the quarantine."""
from functools import partial
from pathlib import Path

from station.i18n import N_, ntr, tr
from station.office import inbox
from station.sync.returns import make_return_bundle
from ui import messages
from ui.flow import FlowLayout
from ui.ops import Cancelled, Op
from ui.pages import Page
from ui.qt import Qt, QtWidgets

OUTCOMES = {"accepted": N_("Office", "accepted"), "duplicate": N_("Office", "duplicate, already imported"),
            "backlog": N_("Office", "waiting for an earlier bundle"), "rejected": N_("Office", "refused")}


def import_and_answer(ctx, folder: Path, progress) -> dict:
    """Import the folder's bundles, then write each station's return bundle into the same folder (the USB)."""
    def report(done: int, total: int, _result) -> None:
        try:
            progress.report(done, total)
        except Cancelled:
            pass

    results = inbox.import_folder(ctx, folder, report, lambda: progress.cancelled)
    stations = sorted({r.station for r in results if r.outcome != "rejected" and r.station})
    returns = [make_return_bundle(ctx, code, folder)["file"] for code in stations]
    return {"results": results, "returns": returns, "cancelled": progress.cancelled,
            }


class InboxPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.results = QtWidgets.QTableWidget(0, 3, objectName="importResults")
        self.results.setHorizontalHeaderLabels([tr("Office", "File"), tr("Office", "Result"),
                                                tr("Office", "Why")])
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().hide()
        self.summary = QtWidgets.QLabel(wordWrap=True)
        self.quarantine = QtWidgets.QTableWidget(0, 4, objectName="quarantine")
        self.quarantine.setHorizontalHeaderLabels([tr("Office", "File"), tr("Office", "Station"),
                                                   tr("Office", "Why it was refused"), tr("Office", "When")])
        self.quarantine.horizontalHeader().setStretchLastSection(True)
        self.quarantine.verticalHeader().hide()
        self.quarantine.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.quota = QtWidgets.QLabel(wordWrap=True)
        self.rows: list[dict] = []
        self._build()

    def _build(self) -> None:
        pick = QtWidgets.QPushButton(tr("Office", "&Import from a folder or USB drive…"), clicked=self.choose)
        release = QtWidgets.QPushButton(tr("Office", "&Release (try again)"), clicked=partial(self._act, "release"))
        delete = QtWidgets.QPushButton(tr("Office", "&Delete"), clicked=partial(self._act, "delete"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(QtWidgets.QLabel(tr("Office", "Quarantine: files that were refused")))
        layout.addWidget(self.quarantine, 1)
        buttons = FlowLayout(align=Qt.AlignmentFlag.AlignRight)
        buttons.addWidget(self.quota)
        buttons.addStretch(1)
        buttons.addWidget(release)
        buttons.addWidget(delete)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        Op(partial(inbox.quarantine_rows, self.session.ctx), parent=self).success(self._show_quarantine).run()

    def choose(self) -> None:
        folder = QtWidgets.QFileDialog.getExistingDirectory(self, tr("Office", "Folder or USB drive with bundles"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        Op(partial(import_and_answer, self.session.ctx, folder), parent=self,
           progress_label=tr("Office", "Importing bundles …")).success(self._imported).run()

    def _imported(self, done: dict) -> None:
        results = done["results"]
        self.results.setRowCount(len(results))
        for row, r in enumerate(results):
            for column, text in enumerate((r.file, tr(*OUTCOMES[r.outcome]), r.message)):
                self.results.setItem(row, column, QtWidgets.QTableWidgetItem(text))
        self.results.resizeColumnsToContents()
        counts = {k: sum(r.outcome == k for r in results) for k in OUTCOMES}
        text = ntr("Office", "{accepted} accepted, {duplicate} duplicate, {backlog} waiting, {rejected} refused; "
                             "1 return bundle written to the folder.",
                   "{accepted} accepted, {duplicate} duplicate, {backlog} waiting, {rejected} refused; "
                   "{count} return bundles written to the folder.", len(done["returns"]), **counts)
        if done["cancelled"]:
            text += " " + tr("Office", "Cancelled: the files not yet imported were left as they are.")
        self.summary.setText(text)
        self.session.notify("office")
        self.refresh()

    def _show_quarantine(self, rows: list[dict]) -> None:
        self.rows = rows
        self.quarantine.setRowCount(len(rows))
        for row, q in enumerate(rows):
            for column, text in enumerate((q["file"], q["station"], q["message"], q["at"])):
                self.quarantine.setItem(row, column, QtWidgets.QTableWidgetItem(text))
        used = sum(q["size"] for q in rows) / (1 << 20)
        self.quota.setText(ntr("Office", "1 file, {used:.1f} MB of {quota} MB; beyond that the oldest are deleted.",
                               "{count} files, {used:.1f} MB of {quota} MB; beyond that the oldest are deleted.",
                               len(rows), used=used, quota=inbox.QUOTA_BYTES >> 20).replace(" MB", "\u00a0MB"))

    def _act(self, action: str) -> None:
        row = self.quarantine.currentRow()
        if not 0 <= row < len(self.rows):
            messages.bridge().info(tr("Office", "Choose a file in the quarantine first."))
            return
        fn = inbox.release if action == "release" else inbox.delete
        Op(partial(fn, self.session.ctx, self.rows[row]["sha256"]), parent=self).success(
            lambda _r: self.refresh()).run()
