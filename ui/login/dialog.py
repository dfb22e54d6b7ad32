"""The sign-in dialog: pick a user, type the PIN, press Enter. Big, and usable without a mouse.

Up/Down in the PIN field move through the users, so a hand never has to leave the keyboard; a wrong
PIN or a lock-out is said inline under the field, and the field is cleared for the next try.
"""
from functools import partial

from station import accounts
from station.errors import StationError
from station.i18n import N_, tr
from ui import housekeeping, theme
from ui.ops import Op, show_error
from ui.qt import Qt, QtCore, QtGui, QtWidgets

SCALE = 1.3  # the dialog's text is larger than the rest of the app, large-text mode included


class SignInDialog(QtWidgets.QDialog):
    SHORTCUTS = (  # shown by F1 (ui/help_panel.py); the way into practice mode adds F9
        ("↑ ↓", N_("Help", "Choose the user (the PIN field keeps the keyboard)")),
        ("Enter", N_("Help", "Sign in with the PIN typed")),
    )

    def __init__(self, session, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("signIn")
        self.setWindowTitle(tr("SignIn", "Sign in — Village Station"))
        self._build()
        self._busy = False
        self.load_users()

    def _build(self) -> None:
        # A style sheet, not setFont: under the application's style sheet a widget font does not reach children.
        self._restyle()
        heading = QtWidgets.QLabel(tr("SignIn", "Who is at the counter?"))
        self.users = QtWidgets.QListWidget(objectName="signInUsers")
        self.users.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.users.itemDoubleClicked.connect(lambda _i: self.pin.setFocus())
        self.pin = QtWidgets.QLineEdit(objectName="signInPin", echoMode=QtWidgets.QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(tr("SignIn", "PIN or password, then Enter"))
        self.pin.returnPressed.connect(self.sign_in)
        self.pin.installEventFilter(self)
        self.error = QtWidgets.QLabel(objectName="signInError", wordWrap=True)
        self.error.hide()
        hint = QtWidgets.QLabel(tr("SignIn", "↑ ↓ choose the user · Enter signs in · Esc cancels"))
        hint.setWordWrap(True)
        self.ok_button = QtWidgets.QPushButton(tr("SignIn", "Sign in"), clicked=self.sign_in)
        self.ok_button.setAutoDefault(False)
        cancel = QtWidgets.QPushButton(tr("SignIn", "Cancel"), clicked=self.reject)
        cancel.setAutoDefault(False)
        self.elder = QtWidgets.QCheckBox(tr("SignIn", "Large text"), objectName="signInElder",
                                         checked=theme.is_large(), toggled=self._elder_toggled)
        self.elder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN field keeps the keyboard
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.elder)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QtWidgets.QVBoxLayout(self)
        for widget in (heading, self.users):
            layout.addWidget(widget)
        layout.addWidget(QtWidgets.QLabel(tr("SignIn", "PIN or password")))
        for widget in (self.pin, self.error, hint):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        from ui.practice import add_to_sign_in

        add_to_sign_in(self, layout)
        self.setMinimumWidth(QtGui.QFontMetrics(self.pin.font()).horizontalAdvance("M") * 30)
        self.pin.setFocus()

    def _restyle(self) -> None:
        points = max(16, round(QtWidgets.QApplication.font().pointSize() * SCALE))
        self.setStyleSheet(f"QDialog#signIn, QDialog#signIn * {{ font-size: {points}pt; }}")

    def _elder_toggled(self, on: bool) -> None:
        theme.set_elder_mode(self.session, on)
        self._restyle()
        housekeeping.tidy(self)
        self.pin.setFocus()

    def load_users(self) -> None:
        Op(partial(accounts.sign_in_names, self.session.ctx), parent=self).success(self._show_users).run()

    def _show_users(self, rows: list[dict]) -> None:
        self.users.clear()
        current = self.session.actor.username
        for row in rows:
            role = accounts.ROLE_LABELS.get(row["role"])
            item = QtWidgets.QListWidgetItem(f"{row['display_name']}  ·  {tr(*role) if role else row['role']}")
            item.setData(Qt.ItemDataRole.UserRole, row["username"])
            self.users.addItem(item)
            if row["username"] == current:
                self.users.setCurrentItem(item)
        if self.users.currentRow() < 0 and self.users.count():
            self.users.setCurrentRow(0)
        rows_high = min(max(self.users.count(), 2), 6)
        self.users.setFixedHeight(self.users.sizeHintForRow(0) * rows_high + 2 * self.users.frameWidth() + 4)

    def selected_username(self) -> str:
        item = self.users.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def select_user(self, username: str) -> None:
        for row in range(self.users.count()):
            if self.users.item(row).data(Qt.ItemDataRole.UserRole) == username:
                self.users.setCurrentRow(row)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if obj is self.pin and event.type() == QtCore.QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
            if step and self.users.count():
                self.users.setCurrentRow(max(0, min(self.users.count() - 1, self.users.currentRow() + step)))
                return True
        return super().eventFilter(obj, event)

    def sign_in(self) -> None:
        username, secret = self.selected_username(), self.pin.text()
        if self._busy:
            return
        if not username or not secret:
            self._say(tr("SignIn", "Choose a user and type the PIN."))
            return
        self._busy = True
        Op(partial(accounts.authenticate, self.session.ctx, username, secret), parent=self).success(
            self._signed_in).failure(self._refused).run()

    def _signed_in(self, actor) -> None:
        self._busy = False
        self.session.sign_in(actor)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.pin.clear()
        self.pin.setFocus()
        if isinstance(error, StationError):
            self._say(error.message())
        else:
            show_error(error)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
