"""The Audit page: who did what and when, filtered, paged, and a check that nothing was tampered with."""
from functools import partial

from station import accounts, audit, audit_verify
from station.i18n import ntr, tr
from ui.audit.model import AuditModel
from ui.ops import Op
from ui.pages import Page
from ui.qt import QTimer, QtWidgets
from ui.tables import fill_combo

PAGE_SIZE = 200


class AuditPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.model = AuditModel(self)
        self._generation = 0
        self._build()

    def _build(self) -> None:
        # Who: the people as the Who column names them (display names), each meaning its user name.
        self.actor_combo = QtWidgets.QComboBox(objectName="auditWho")
        self.actor_combo.setAccessibleName(tr("Audit", "Who"))
        fill_combo(self.actor_combo, [(tr("Audit", "Everyone"), "")])
        self.actor_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.action_edit = self._filter_edit(tr("Audit", "Action, e.g. account."))
        self.text_edit = self._filter_edit(tr("Audit", "Text in the record"))
        self.table = QtWidgets.QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.more_button = QtWidgets.QPushButton(tr("Audit", "Load more"), clicked=self.load_more)
        self.verify_button = QtWidgets.QPushButton(tr("Audit", "Verify chain"), clicked=self.verify)
        self.verdict_label = QtWidgets.QLabel(objectName="verdict", wordWrap=True)
        self.count_label = QtWidgets.QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        filters = QtWidgets.QHBoxLayout()
        filters.addWidget(self.actor_combo)
        for edit in (self.action_edit, self.text_edit):
            filters.addWidget(edit, 1)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        checks = QtWidgets.QHBoxLayout()
        checks.addWidget(self.verify_button)
        checks.addWidget(self.verdict_label, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(checks)

    def _filter_edit(self, placeholder: str) -> QtWidgets.QLineEdit:
        edit = QtWidgets.QLineEdit(placeholderText=placeholder, clearButtonEnabled=True)
        edit.textChanged.connect(lambda _t: self._debounce.start())
        edit.returnPressed.connect(self.refresh)
        return edit

    def _filters(self) -> dict:
        return {"actor": self.actor_combo.currentData() or "", "action": self.action_edit.text().strip(),
                "text": self.text_edit.text().strip()}

    def refresh(self) -> None:
        """Reload the people to filter by and the newest entries matching the filters."""
        self._debounce.stop()
        Op(partial(accounts.list_accounts, self.session.ctx), parent=self).success(self._people).run()
        self._load(before_seq=None)

    def _people(self, rows: list[dict]) -> None:
        self.model.names = {row["username"]: row["display_name"] for row in rows}
        fill_combo(self.actor_combo, [(tr("Audit", "Everyone"), "")]
                   + [(row["display_name"], row["username"]) for row in rows])

    def load_more(self) -> None:
        oldest = self.model.oldest_seq()
        if oldest is not None:
            self._load(before_seq=oldest)

    def _load(self, before_seq: int | None) -> None:
        self._generation += 1
        ctx, filters = self.session.ctx, self._filters()
        fetch = partial(audit.entries, ctx, limit=PAGE_SIZE, before_seq=before_seq, **filters)
        Op(fetch, parent=self).success(partial(self._loaded, self._generation, before_seq is not None)).run()

    def _loaded(self, generation: int, appending: bool, rows: list[dict]) -> None:
        if generation != self._generation:
            return  # the filters changed while this page was loading
        if appending:
            self.model.extend(rows)
        else:
            self.model.replace(rows)
            self.table.resizeColumnsToContents()
        self.more_button.setEnabled(len(rows) == PAGE_SIZE)
        self.count_label.setText(ntr("Audit", "1 entry shown", "{count} entries shown", len(self.model.rows)))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verdict_label.setText(tr("Audit", "Checking …"))
        Op(partial(audit_verify.verify, self.session.ctx), parent=self).success(self._verified).failure(
            self._verify_failed).run()

    def _verified(self, verdict: audit_verify.Verdict) -> None:
        self.verify_button.setEnabled(True)
        self.verdict_label.setProperty("ok", verdict.ok)
        self.verdict_label.setText(audit_verify.verdict_text(verdict))
        self.verdict_label.style().unpolish(self.verdict_label)
        self.verdict_label.style().polish(self.verdict_label)

    def _verify_failed(self, error: BaseException) -> None:
        from ui.ops import show_error

        self.verify_button.setEnabled(True)
        self.verdict_label.setText("")
        show_error(error)
