"""Status bar: which station, who is signed in, and the sync state."""
from station.i18n import tr
from ui.qt import QtWidgets
from ui.sync.status import attach_sync_status


class StationStatusBar(QtWidgets.QStatusBar):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.station_label = QtWidgets.QLabel()
        self.user_label = QtWidgets.QLabel()
        self.sync_label = QtWidgets.QLabel(tr("Status", "Sync: not set up"))
        for label in (self.station_label, self.user_label, self.sync_label):
            self.addPermanentWidget(label)
        session.actor_changed.connect(lambda _a: self.update_labels())
        self.update_labels()
        attach_sync_status(self, session)

    def update_labels(self) -> None:
        s = self.session
        self.station_label.setText(tr("Status", "Station: {code} {name}").format(
            code=s.ctx.station_code, name=s.station_name))
        self.user_label.setText(tr("Status", "User: {name}").format(name=s.actor.display_name))

    def set_sync_text(self, text: str) -> None:
        self.sync_label.setText(text)
