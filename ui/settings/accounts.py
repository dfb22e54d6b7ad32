"""Accounts in Settings (admins): add staff, volunteer, admin and office accounts, change a PIN, deactivate.

The services check Perm.ACCOUNTS themselves; hiding this section from others is only a courtesy.
"""
from functools import partial

from station import accounts
from station.i18n import tr
from station.permissions import Role
from ui import messages
from ui.ops import Op
from ui.qt import Qt, QTimer, QtWidgets

CONFIRM_MS = 5000


class AccountsSection(QtWidgets.QGroupBox):
    def __init__(self, session) -> None:
        super().__init__(tr("Settings", "Accounts"))
        self.session = session
        self.rows: list[dict] = []
        self._confirming = ""
        self._confirm_timer = QTimer(self, singleShot=True, interval=CONFIRM_MS, timeout=self._reset_confirm)
        self._build()

    def _build(self) -> None:
        self.table = QtWidgets.QTableWidget(0, 3, objectName="accountsTable")
        self.table.setHorizontalHeaderLabels([tr("Settings", "Name"), tr("Settings", "User name"),
                                              tr("Settings", "Role")])
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._reset_confirm)
        self.new_pin = _secret_edit(tr("Settings", "New PIN for the selected account"))
        self.change_button = QtWidgets.QPushButton(tr("Settings", "Change PIN"), clicked=self.change_pin)
        self.deactivate_button = QtWidgets.QPushButton(tr("Settings", "Deactivate"), clicked=self.deactivate)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.new_pin, 1)
        actions.addWidget(self.change_button)
        actions.addWidget(self.deactivate_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        layout.addWidget(self._add_form())

    def _add_form(self) -> QtWidgets.QWidget:
        box = QtWidgets.QGroupBox(tr("Settings", "New account"))
        form = QtWidgets.QFormLayout(box)
        self.username_edit = QtWidgets.QLineEdit(objectName="newUsername")
        self.display_edit = QtWidgets.QLineEdit(objectName="newDisplayName")
        self.role_combo = QtWidgets.QComboBox(objectName="newRole")
        for role in (Role.STAFF, Role.VOLUNTEER, Role.ADMIN, Role.OFFICE):
            self.role_combo.addItem(tr(*accounts.ROLE_LABELS[role]), str(role))
        self.pin_edit = _secret_edit(tr("Settings", "4-12 digits, or a password of 6+ characters"))
        self.add_button = QtWidgets.QPushButton(tr("Settings", "Add account"), clicked=self.add)
        form.addRow(tr("Settings", "User name"), self.username_edit)
        form.addRow(tr("Settings", "Name shown"), self.display_edit)
        form.addRow(tr("Settings", "Role"), self.role_combo)
        form.addRow(tr("Settings", "PIN"), self.pin_edit)
        form.addRow("", self.add_button)
        return box

    def refresh(self) -> None:
        Op(partial(accounts.list_accounts, self.session.ctx), parent=self).success(self._fill).run()

    def _fill(self, rows: list[dict]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            role = accounts.ROLE_LABELS.get(row["role"])
            for column, text in enumerate((row["display_name"], row["username"], tr(*role) if role else row["role"])):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["username"])
                self.table.setItem(i, column, item)
        visible = min(max(len(rows), 3), 8)
        self.table.setMinimumHeight(self.table.horizontalHeader().height() + visible * self.table.rowHeight(0)
                                    + 2 * self.table.frameWidth() if rows else 0)

    def selected_username(self) -> str:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else ""

    def select(self, username: str) -> None:
        for i, row in enumerate(self.rows):
            if row["username"] == username:
                self.table.selectRow(i)

    def add(self) -> None:
        username = self.username_edit.text().strip()
        call = partial(accounts.add_account, self.session.ctx, username, self.display_edit.text().strip() or username,
                       self.role_combo.currentData(), self.pin_edit.text())
        Op(call, parent=self).success(self._added).run()

    def _added(self, account: dict) -> None:
        for edit in (self.username_edit, self.display_edit, self.pin_edit):
            edit.clear()
        messages.bridge().info(tr("Settings", "Account {name} added.").format(name=account["display_name"]))
        self.refresh()

    def change_pin(self) -> None:
        username = self.selected_username()
        if not username:
            messages.bridge().warning(tr("Settings", "Select an account first."))
            return
        Op(partial(accounts.change_secret, self.session.ctx, username, self.new_pin.text()), parent=self).success(
            self._pin_changed).run()

    def _pin_changed(self, account: dict) -> None:
        self.new_pin.clear()
        messages.bridge().info(tr("Settings", "New PIN set for {name}.").format(name=account["display_name"]))

    def deactivate(self) -> None:
        """The first click asks (on the button itself); a second click within a few seconds does it."""
        username = self.selected_username()
        if not username:
            messages.bridge().warning(tr("Settings", "Select an account first."))
            return
        if self._confirming != username:
            self._confirming = username
            self.deactivate_button.setText(tr("Settings", "Click again to deactivate {username}").format(
                username=username))
            self._confirm_timer.start()
            return
        self._reset_confirm()
        Op(partial(accounts.deactivate_account, self.session.ctx, username), parent=self).success(
            self._deactivated).run()

    def _deactivated(self, account: dict) -> None:
        messages.bridge().info(tr("Settings", "{name} can no longer sign in.").format(name=account["display_name"]))
        self.refresh()

    def _reset_confirm(self) -> None:
        self._confirming = ""
        self.deactivate_button.setText(tr("Settings", "Deactivate"))


def _secret_edit(placeholder: str) -> QtWidgets.QLineEdit:
    return QtWidgets.QLineEdit(placeholderText=placeholder, echoMode=QtWidgets.QLineEdit.EchoMode.Password)
