"""Changing one's own PIN (staff and volunteers; admins use the Accounts section)."""
from functools import partial

from station import accounts
from station.i18n import tr
from ui import messages
from ui.ops import Op
from ui.qt import QtWidgets


class MyPinSection(QtWidgets.QGroupBox):
    def __init__(self, session) -> None:
        super().__init__(tr("Settings", "My PIN"))
        self.session = session
        password = QtWidgets.QLineEdit.EchoMode.Password
        self.current = QtWidgets.QLineEdit(echoMode=password, objectName="currentPin")
        self.new = QtWidgets.QLineEdit(echoMode=password, objectName="myNewPin")
        self.new.setPlaceholderText(tr("Settings", "4-12 digits, or a password of 6+ characters"))
        self.new.returnPressed.connect(self.change)
        self.button = QtWidgets.QPushButton(tr("Settings", "Change my PIN"), clicked=self.change)
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Settings", "Current PIN"), self.current)
        form.addRow(tr("Settings", "New PIN"), self.new)
        form.addRow("", self.button)

    def change(self) -> None:
        call = partial(accounts.change_secret, self.session.ctx, self.session.actor.username, self.new.text(),
                       self.current.text())
        Op(call, parent=self).success(self._changed).run()

    def _changed(self, _account: dict) -> None:
        self.current.clear()
        self.new.clear()
        messages.bridge().info(tr("Settings", "Your PIN was changed."))
