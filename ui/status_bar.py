"""Status bar: which station, who is signed in, and the sync state."""
from station.context import CONSOLE, NOBODY
from station.i18n import tr
from ui.qt import QtCore, QtWidgets, Signal
from ui.sync.status import attach_sync_status


class StationStatusBar(QtWidgets.QStatusBar):
    switch_user_requested = Signal()

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.switch_button = QtWidgets.QPushButton(tr("Status", "Switch user (Ctrl+L)"), objectName="switchUser")
        self.switch_button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # the counter's scan field keeps focus
        self.switch_button.clicked.connect(self.switch_user_requested)
        self.station_label = QtWidgets.QLabel()
        self.user_label = QtWidgets.QLabel()
        self.sync_label = QtWidgets.QLabel(tr("Status", "Sync: not set up"))
        for widget in (self.station_label, self.user_label, self.switch_button, self.sync_label):
            self.addPermanentWidget(widget)
        session.actor_changed.connect(self._actor_changed)  # a method: dropped when this bar is replaced
        self.update_labels()
        attach_sync_status(self, session)

    def _actor_changed(self, _actor) -> None:
        self.update_labels()

    def update_labels(self) -> None:
        s = self.session
        self.station_label.setText(tr("Status", "Station: {code} {name}").format(
            code=s.ctx.station_code, name=s.station_name))
        name = tr("Status", "local administrator") if s.actor == CONSOLE else s.actor.display_name
        if s.actor == NOBODY:
            name = tr("Status", "nobody signed in")
        self.user_label.setText(tr("Status", "User: {name}").format(name=name))

    def set_sync_text(self, text: str) -> None:
        self.sync_label.setText(text)
