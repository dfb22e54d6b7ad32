"""The Sync page: state at a glance, export to a folder or USB drive, push, return bundle, office key, history."""
from pathlib import Path

from station.i18n import N_, join_list, ntr, tr
from station.permissions import Perm, allowed
from station.sync.outgoing import export_bundle
from station.sync.push import push
from station.sync.returns import import_return_bundle
from station.sync.state import trust_office
from station.sync.status import (
    history,
    local_time,
    notices_and_watch,
    status_text,
    sync_status,
    sync_warnings,
    waiting_by_entity,
)
from ui import messages
from ui.flow import FlowLayout
from ui.ops import Op
from ui.pages import Page
from ui.qt import QtWidgets
from ui.sync.drives import removable_folders

HISTORY_COLUMNS = (N_("Sync", "When"), N_("Sync", "Direction"), N_("Sync", "Changes"), N_("Sync", "Records"),
                   N_("Sync", "How"))
DIRECTIONS = {"out": N_("Sync", "Sent"), "in": N_("Sync", "Received")}
ENTITIES = {"resident": N_("Sync", "residents"), "parcel": N_("Sync", "parcels"),
            "household": N_("Sync", "households"), "village_group": N_("Sync", "village groups"),
            "delegate": N_("Sync", "delegates"), "parcel_problem": N_("Sync", "parcel problems"),
            "parcel_handoff": N_("Sync", "handouts"), "handout": N_("Sync", "handouts"),
            "prealert": N_("Sync", "pre-alerts"), "carrier_handover": N_("Sync", "courier handovers"),
            "assisted_order": N_("Sync", "assisted orders"), "order_item": N_("Sync", "assisted orders"),
            "outgoing_parcel": N_("Sync", "parcels sent"), "cash_entry": N_("Sync", "cash book"),
            "cash_count": N_("Sync", "cash book"), "volunteer": N_("Sync", "volunteers"),
            "volunteer_hours": N_("Sync", "volunteer hours"), "delivery_run": N_("Sync", "doorstep deliveries"),
            "delivery_stop": N_("Sync", "doorstep deliveries"), "delivery_item": N_("Sync", "doorstep deliveries"),
            "case": N_("Sync", "cases"), "case_event": N_("Sync", "cases"), "audit_log": N_("Sync", "audit log")}
OTHER = N_("Sync", "other records")  # never a table name on screen


def waiting_parts(waiting: dict[str, int]) -> list[str]:
    """"residents: 3, doorstep deliveries: 12": tables that make one thing for people are counted together."""
    totals: dict[tuple[str, str], int] = {}
    for entity, n in waiting.items():
        key = ENTITIES.get(entity, OTHER)
        totals[key] = totals.get(key, 0) + n
    return [tr("Sync", "{entity}: {n}").format(entity=tr(*key), n=n) for key, n in totals.items()]


VIA = {"folder": N_("Sync", "Folder / USB"), "push": N_("Sync", "Network"), "file": N_("Sync", "File")}


class SyncPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.state_label = QtWidgets.QLabel(objectName="syncState", wordWrap=True)
        self.office_label = QtWidgets.QLabel(wordWrap=True)
        self.waiting_label = QtWidgets.QLabel(wordWrap=True)
        self.warnings_label = QtWidgets.QLabel(objectName="syncWarnings", wordWrap=True)
        self.warnings_label.hide()
        self.from_office = QtWidgets.QLabel(wordWrap=True)
        self.received = QtWidgets.QListWidget()
        self.received.setWordWrap(True)
        self.folder = QtWidgets.QComboBox(editable=True)
        self.folder.setMinimumContentsLength(24)
        self.folder.setAccessibleName(tr("Sync", "Folder or USB drive"))
        self.folder.lineEdit().setPlaceholderText(tr("Sync", "Plug in the USB drive, then choose it here"))
        self.received.setAccessibleName(tr("Sync", "From the office"))
        self.history = QtWidgets.QTableWidget(0, len(HISTORY_COLUMNS))
        self.history.setHorizontalHeaderLabels([tr(*c) for c in HISTORY_COLUMNS])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.setAccessibleName(tr("Sync", "History"))
        self.last_result = ""
        self._lay_out()

    def _button(self, text: str, slot) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        self.state_label.setStyleSheet("font-weight: bold")
        layout.addWidget(self.state_label)
        self.warnings_label.setStyleSheet("color: #b00020; font-weight: bold")
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.office_label)
        layout.addWidget(self.waiting_label)
        export_row = FlowLayout()
        export_row.addWidget(QtWidgets.QLabel(tr("Sync", "Folder or USB drive:")))
        export_row.addWidget(self.folder, 1)
        export_row.addWidget(self._button(tr("Sync", "Choose…"), self._choose_folder))
        self.export_button = self._button(tr("Sync", "Export bundle"), lambda: self.export_to(self.folder_path()))
        export_row.addWidget(self.export_button)
        layout.addLayout(export_row)
        actions = FlowLayout()
        self.push_button = self._button(tr("Sync", "Send now (network)"), self.push_now)
        actions.addWidget(self.push_button)
        actions.addWidget(self._button(tr("Sync", "Import return bundle…"), self._choose_return))
        actions.addWidget(self._button(tr("Sync", "Office key…"), self._choose_office_key))
        actions.addStretch(1)
        layout.addLayout(actions)
        lists = QtWidgets.QGridLayout()
        lists.addWidget(QtWidgets.QLabel(tr("Sync", "History")), 0, 0)
        lists.addWidget(self.history, 1, 0)
        lists.addWidget(self.from_office, 0, 1)
        lists.addWidget(self.received, 1, 1)
        lists.setColumnStretch(0, 2)
        lists.setColumnStretch(1, 1)
        layout.addLayout(lists, 1)

    def refresh(self) -> None:
        ctx = self.session.ctx
        may_sync = allowed(ctx.actor.role, Perm.SYNC)
        for button in self.findChildren(QtWidgets.QPushButton):
            button.setEnabled(may_sync)
        if not may_sync:  # e.g. a volunteer: the state line only
            Op(lambda: sync_status(ctx)).success(lambda s: self.state_label.setText(status_text(s))).run()
            return
        Op(lambda: (sync_status(ctx), waiting_by_entity(ctx), history(ctx), notices_and_watch(ctx),
                    sync_warnings(ctx))).success(self._show).run()
        if self.folder.count() == 0:  # drives to choose from; none is filled in for the user
            for path in removable_folders():
                self.folder.addItem(str(path))
            self.folder.setCurrentIndex(-1)

    def _show(self, loaded) -> None:
        status, waiting, rows, received, warnings = loaded
        self.state_label.setText(status_text(status))
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        if status.office:
            self.office_label.setText(tr("Sync", "Town office: {code} {name} (key {fp})").format(
                code=status.office, name=status.office_name, fp=status.office_fingerprint))
        else:
            self.office_label.setText(tr("Sync", "No office key yet: ask the town office for its key file and "
                                                 "import it with \"Office key…\"."))
        parts = waiting_parts(waiting)
        self.waiting_label.setText(tr("Sync", "Waiting to be sent: {parts}").format(parts=join_list(parts))
                                   if parts else tr("Sync", "Nothing is waiting to be sent."))
        self.from_office.setText(tr("Sync", "From the office: {notices}, {watch}.").format(
            notices=ntr("Sync", "1 notice", "{count} notices", len(received["notices"])),
            watch=ntr("Sync", "1 merchant on the watch list", "{count} merchants on the watch list",
                      len(received["watch"]))))
        self.received.clear()
        for notice in received["notices"]:
            self.received.addItem(tr("Sync", "Notice: {title} — {body}").format(**notice))
        for merchant in received["watch"]:
            self.received.addItem(tr("Sync", "Watch: {name} {phone} — {reason}").format(**merchant))
        self._fill_history(rows)

    def _fill_history(self, rows: list[dict]) -> None:
        self.history.setRowCount(len(rows))
        for i, row in enumerate(rows):
            if row["direction"] == "in":
                span = tr("Sync", "up to {n}").format(n=row["ack"])
            else:
                span = f"{row['seq_from']}–{row['seq_to']}" if row["seq_to"] >= row["seq_from"] else "—"
            values = (local_time(row["at"]), tr(*DIRECTIONS[row["direction"]]), span, str(row["records"]),
                      tr(*VIA.get(row["via"], ("Sync", "File"))))
            for column, value in enumerate(values):
                self.history.setItem(i, column, QtWidgets.QTableWidgetItem(value))
        self.history.resizeColumnsToContents()

    def folder_path(self) -> Path | None:
        text = self.folder.currentText().strip()
        return Path(text) if text else None

    def _choose_folder(self) -> None:
        chosen = QtWidgets.QFileDialog.getExistingDirectory(self, tr("Sync", "Folder or USB drive"))
        if chosen:
            self.folder.setCurrentText(chosen)

    def _choose_return(self) -> None:
        chosen, _ = QtWidgets.QFileDialog.getOpenFileName(self, tr("Sync", "Return bundle"), "",
                                                          tr("Sync", "Return bundles (*.vsr)"))
        if chosen:
            self.import_return(Path(chosen))

    def _choose_office_key(self) -> None:
        chosen, _ = QtWidgets.QFileDialog.getOpenFileName(self, tr("Sync", "Office key file"), "",
                                                          tr("Sync", "Key files (*.json)"))
        if chosen:
            self.import_office_key(Path(chosen))

    def export_to(self, folder: Path | None) -> None:
        if folder is None:
            messages.bridge().error(tr("Sync", "Choose a folder or USB drive first."))
            return
        ctx = self.session.ctx
        Op(lambda progress: export_bundle(ctx, folder, lambda done, total: progress.report(done, total)),
           parent=self, progress_label=tr("Sync", "Writing the bundle…")).success(self._exported).run()

    def _exported(self, manifest: dict) -> None:
        self._done(ntr("Sync", "Bundle written to {file} (1 record). Carry it to the town office.",
                       "Bundle written to {file} ({count} records). Carry it to the town office.",
                       manifest["records"], file=manifest["file"]))

    def push_now(self) -> None:
        ctx = self.session.ctx
        Op(lambda: push(ctx, attempts=2, timeout=20), parent=self).success(lambda r: self._done(
            tr("Sync", "Sent; the office holds changes up to {ack}.").format(ack=r["ack"]))).run()

    def import_return(self, path: Path) -> None:
        ctx = self.session.ctx
        Op(lambda: import_return_bundle(ctx, path)).success(lambda r: self._done(
            tr("Sync", "Return bundle applied; the office holds changes up to {ack}.").format(ack=r["ack"]))).run()

    def import_office_key(self, path: Path) -> None:
        ctx = self.session.ctx
        Op(lambda: trust_office(ctx, path)).success(lambda r: self._done(
            tr("Sync", "Now trusting office {code}; compare the fingerprint by phone: {fp}").format(
                code=r["code"], fp=r["fingerprint"]))).run()

    def _done(self, text: str) -> None:
        self.last_result = text
        messages.bridge().info(text)
        self.session.notify("sync")
