"""The Settings page, generated from the declarations in `station.options`.

Display options (this PC) are kept by `ui.config` and apply at once: text size and contrast through
`ui.theme`, the language by asking the frame to rebuild its pages. Station options go through the
`set_setting` service (which checks Perm.SETTINGS and audits the change).
"""
import datetime as dt
from functools import partial

from station.backup import backup
from station.context import CONSOLE, SCHEDULER
from station.i18n import language, set_language, tr
from station.options import OPTIONS
from station.paths import backups_dir
from station.permissions import Perm, allowed
from station.settings import set_setting, station_settings
from ui import messages, theme
from ui.ops import Op
from ui.pages import Page
from ui.qt import QtWidgets
from ui.settings.accounts import AccountsSection
from ui.settings.editors import OptionEditor, add_to_form
from ui.settings.my_pin import MyPinSection

SHOWN_DISPLAY = {"large_text": theme.is_large, "high_contrast": theme.is_high_contrast}


class SettingsPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.editors: dict[str, OptionEditor] = {}
        content = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(content)
        self.display_box = self._option_box(tr("Settings", "This computer"), "display", self._display_edited)
        self.station_box = self._option_box(tr("Settings", "Station rules"), "station", self._station_edited)
        self.backup_box = self._backup_box()
        self.accounts = AccountsSection(session)
        self.my_pin = MyPinSection(session)
        for box in (self.display_box, self.station_box, self.backup_box, self.my_pin, self.accounts):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QtWidgets.QScrollArea(widgetResizable=True, frameShape=QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _option_box(self, title: str, scope: str, handler) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(title)
        form = QtWidgets.QFormLayout(box)
        for option in OPTIONS.values():
            if option.scope == scope:
                editor = OptionEditor(option, box)
                editor.edited.connect(handler)
                add_to_form(form, editor)
                self.editors[option.key] = editor
        return box

    def _backup_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(tr("Settings", "Backups"))
        where = QtWidgets.QLabel(tr("Settings", "A backup is made every day in {folder}").format(
            folder=backups_dir(self.session.data_dir)), wordWrap=True)
        self.backup_button = QtWidgets.QPushButton(tr("Settings", "Back up now"), clicked=self.back_up_now)
        row = QtWidgets.QHBoxLayout(box)
        row.addWidget(where, 1)
        row.addWidget(self.backup_button)
        return box

    def refresh(self) -> None:
        role = self.session.actor.role
        for key, editor in self.editors.items():
            if key == "language":
                editor.set_value(language())  # what is on screen (--lang may override the stored choice)
            elif key in SHOWN_DISPLAY:
                editor.set_value(SHOWN_DISPLAY[key]())  # what is on screen (a screenshot may override the PC's)
            elif OPTIONS[key].scope == "display":
                editor.set_value(self.session.config.get(key))
        self.station_box.setEnabled(allowed(role, Perm.SETTINGS))
        self.backup_box.setVisible(allowed(role, Perm.BACKUP))
        self.accounts.setVisible(allowed(role, Perm.ACCOUNTS))
        own_account = self.session.actor not in (CONSOLE, SCHEDULER)
        self.my_pin.setVisible(own_account and not allowed(role, Perm.ACCOUNTS))
        Op(partial(station_settings, self.session.ctx), parent=self).success(self._show_station_values).run()
        if self.accounts.isVisibleTo(self):
            self.accounts.refresh()

    def _show_station_values(self, values: dict) -> None:
        for key, value in values.items():
            if key in self.editors:
                self.editors[key].set_value(value)

    def _display_edited(self, key: str, value) -> None:
        config = self.session.config
        config.set(key, value)
        if key == "language":
            set_language(value)
            self.session.request_rebuild()
            return
        app = QtWidgets.QApplication.instance()
        theme.apply_display(app, config.get("large_text"), config.get("high_contrast"))

    def _station_edited(self, key: str, value) -> None:
        Op(partial(set_setting, self.session.ctx, key, value), parent=self).success(
            lambda _v: self.session.notify("settings")).failure(self._station_refused).run()

    def _station_refused(self, error: BaseException) -> None:
        from ui.ops import show_error

        show_error(error)
        self.refresh()

    def back_up_now(self) -> None:
        out = backups_dir(self.session.data_dir) / f"manual-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
        self.backup_button.setEnabled(False)
        Op(partial(backup, self.session.ctx, out), parent=self).success(self._backed_up).failure(
            self._backup_failed).run()

    def _backed_up(self, info) -> None:
        self.backup_button.setEnabled(True)
        messages.bridge().info(tr("Settings", "Backup written to {path}").format(path=info.path))

    def _backup_failed(self, error: BaseException) -> None:
        from ui.ops import show_error

        self.backup_button.setEnabled(True)
        show_error(error)
