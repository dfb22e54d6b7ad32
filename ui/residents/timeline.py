"""Everything about a resident, newest first (parcels, deliveries, record changes, later orders and cases)."""
from station.clock import format_time, local
from station.i18n import N_, tr
from station.timeline import resident_timeline
from ui.ops import Op
from ui.qt import Qt, QTimer, QtWidgets
from ui.tables import make_table, set_rows

KIND_LABELS = {"parcel": N_("Residents", "Parcel"), "delivery": N_("Residents", "Delivery"),
               "record": N_("Residents", "Record"), "handout": N_("Residents", "Handout"),
               "notice": N_("Residents", "Notice"), "problem": N_("Residents", "Problem parcel"),
               "return": N_("Residents", "Returned to courier"), "order": N_("Residents", "Assisted order"),
               "goods_return": N_("Residents", "Return of goods"), "send": N_("Residents", "Parcel sent"),
               "cod": N_("Residents", "Cash on delivery")}


def when(at) -> str:
    """Stored UTC as the station's wall-clock time (UTC+8), as the counter prints it."""
    return format_time(local(at))


class TimelineView(QtWidgets.QWidget):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        # "Details" is the form tab's name (基本信息); this column says what happened.
        self.table = make_table([tr("Residents", "When"), tr("Residents", "What"), tr("Timeline", "What happened")])
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.Stretch)  # wraps, never runs off the edge
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Wrapped rows grow or shrink with the text column (it changes when the tab is shown or the text grows).
        self._rewrap = QTimer(self, singleShot=True, interval=0, timeout=self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda index, _old, _new: index == 2 and self._rewrap.start())
        QtWidgets.QVBoxLayout(self).addWidget(self.table)

    def load(self, gid: str | None) -> None:
        if gid is None:
            set_rows(self.table, [], [])
            return
        ctx = self.session.ctx
        Op(lambda: resident_timeline(ctx, gid), parent=self).success(self._show).run()

    def _show(self, entries) -> None:
        set_rows(self.table, [[when(e.at), tr(*KIND_LABELS[e.kind]) if e.kind in KIND_LABELS else e.kind, e.text]
                              for e in entries], [e.ref for e in entries])
        self.table.setColumnWidth(2, max(120, self.table.viewport().width() - self.table.columnWidth(0)
                                          - self.table.columnWidth(1)))
        self.table.resizeRowsToContents()
