"""Everything about a resident, newest first (parcels, deliveries, record changes, later orders and cases)."""
from station.i18n import N_, tr
from station.parcels.printing import format_time, local
from station.timeline import resident_timeline
from ui.delivery.common import make_table, set_rows
from ui.ops import Op
from ui.qt import QtWidgets

KIND_LABELS = {"parcel": N_("Residents", "Parcel"), "delivery": N_("Residents", "Delivery"),
               "record": N_("Residents", "Record")}


class TimelineView(QtWidgets.QWidget):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.table = make_table([tr("Residents", "When"), tr("Residents", "What"), tr("Residents", "Details")])
        self.table.setWordWrap(True)
        QtWidgets.QVBoxLayout(self).addWidget(self.table)

    def load(self, gid: str | None) -> None:
        if gid is None:
            set_rows(self.table, [], [])
            return
        ctx = self.session.ctx
        Op(lambda: resident_timeline(ctx, gid), parent=self).success(self._show).run()

    def _show(self, entries) -> None:
        kind = lambda e: tr(*KIND_LABELS[e.kind]) if e.kind in KIND_LABELS else e.kind  # noqa: E731
        set_rows(self.table, [[format_time(local(e.at)), kind(e), e.text] for e in entries], [e.ref for e in entries])
        self.table.setColumnWidth(2, max(120, self.table.viewport().width() - self.table.columnWidth(0)
                                          - self.table.columnWidth(1)))
        self.table.resizeRowsToContents()
