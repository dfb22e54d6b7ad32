"""Status bar: which station, who is signed in, and the sync state.

The sync state is shown whole: it is what staff act on, changes waiting to go to
the town office. The station and user labels give way first, elided with the whole text in their tooltips (the
station is also in the window title)."""
from station.context import CONSOLE, NOBODY
from station.i18n import tr
from ui import theme
from ui.elided import ElidedLabel
from ui.qt import QtCore, QtWidgets, Signal
from ui.sync.status import attach_sync_status

SPARE_PX = 60  # the bar's margins, gaps and size grip


class StationStatusBar(QtWidgets.QStatusBar):
    switch_user_requested = Signal()

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.switch_button = QtWidgets.QPushButton(tr("Status", "Switch user (Ctrl+L)"), objectName="switchUser")
        self.switch_button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # the counter's scan field keeps focus
        self.switch_button.clicked.connect(self.switch_user_requested)
        # Elided (whole text in the tooltip) so long names or translations never widen the window.
        self.station_label = ElidedLabel()
        self.user_label = ElidedLabel()
        self.sync_label = ElidedLabel(tr("Status", "Sync: not set up"))
        self.sync_label.setObjectName("syncStatus")
        self.sync_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred)
        self.addWidget(self.station_label, 2)
        self.addWidget(self.user_label, 1)
        self.elder_button = QtWidgets.QPushButton(tr("Status", "Large text"), objectName="elderMode",
                                                  checkable=True, checked=theme.is_large())
        self.elder_button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.elder_button.setToolTip(tr("Status", "Elder mode: 18 pt text and larger buttons, at once"))
        self.elder_button.toggled.connect(lambda on: theme.set_elder_mode(session, on))
        self.addPermanentWidget(self.elder_button)
        self.addPermanentWidget(self.switch_button)
        self.addPermanentWidget(self.sync_label)
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
        for label in (self.station_label, self.user_label):  # who is signed in stays readable beside the sync text
            metrics = label.fontMetrics()
            label.setMinimumWidth(min(metrics.horizontalAdvance(label.text()) + 4, metrics.horizontalAdvance("M" * 9)))

    def set_sync_text(self, text: str) -> None:
        self.sync_label.setText(text)
        self._fit_sync()

    def _fit_sync(self) -> None:
        """As wide as its text where the bar has that room beside the least of the other items (a text longer
        than any real translation elides rather than widening the window)."""
        need = self.sync_label.fontMetrics().horizontalAdvance(self.sync_label.text()) + 4
        others = (self.station_label.minimumSizeHint().width() + self.user_label.minimumSizeHint().width()
                  + self.elder_button.sizeHint().width() + self.switch_button.sizeHint().width() + SPARE_PX)
        least = self.fontMetrics().horizontalAdvance("M") * 4
        self.sync_label.setMinimumWidth(max(least, min(need, self.width() - others)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_sync()
