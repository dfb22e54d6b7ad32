"""A table model over the whole parcel history that loads a page at a time as the view scrolls.

Rows arrive from `station.parcels.history` on the ops worker; `canFetchMore`/`fetchMore` ask for the
next keyset page only when the view nears the bottom, so a million parcels never load at once.
A change of filter bumps `generation`, and pages of an older generation are dropped when they land.
"""
from station.clock import format_time, local
from station.i18n import N_, tr
from station.parcels.history import PAGE_SIZE, HistoryFilter, HistoryPage, history_page
from station.parcels.views import ParcelView, relation_name, status_name
from ui import ops
from ui.qt import Qt, QtCore, Signal

ROOT = QtCore.QModelIndex()  # the (invalid) parent of every row of a flat table
COLUMNS = (
    ("arrived", N_("ParcelList", "Arrived")),
    ("code", N_("ParcelList", "Pickup code")),
    ("name", N_("ParcelList", "Resident")),
    ("tail", N_("ParcelList", "Phone")),
    ("status", N_("ParcelList", "Status")),
    ("carrier", N_("ParcelList", "Carrier")),
    ("tracking", N_("ParcelList", "Tracking number")),
    ("receiver", N_("ParcelList", "Received by")),
)


def cell(row: ParcelView, key: str) -> str:
    if key == "arrived":
        return format_time(local(row.arrived_at))
    if key == "receiver":
        if not row.receiver_name:
            return ""
        return tr("ParcelList", "{name} ({relation})").format(name=row.receiver_name,
                                                             relation=relation_name(row.receiver_relation))
    return {"code": row.pickup_code, "name": row.resident_name, "tail": f"****{row.phone_tail}" if row.phone_tail
            else "", "status": status_name(row.status), "carrier": row.carrier_name,
            "tracking": row.tracking_no}[key]


class ParcelListModel(QtCore.QAbstractTableModel):
    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows shown after the page landed

    def __init__(self, session, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self.filter = HistoryFilter()
        self.generation = 0
        self.rows: list[ParcelView] = []
        self._next_key: tuple[str, str] | None = None
        self._more = False
        self._loading = False
        self.pages_loaded = 0

    # -- Qt model interface -------------------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(row, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(*COLUMNS[section][1])
        return None

    def canFetchMore(self, parent=ROOT) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=ROOT) -> None:
        if self.canFetchMore(parent):
            self._load(self._next_key)

    # -- loading ------------------------------------------------------------------------------------
    @property
    def has_more(self) -> bool:
        return self._more

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: HistoryFilter) -> None:
        """Start again from the newest parcel that passes `flt`."""
        self.generation += 1
        self.beginResetModel()
        self.filter = flt
        self.rows = []
        self._next_key, self._more, self._loading = None, False, False
        self.pages_loaded = 0
        self.endResetModel()
        self._load(None)

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _load(self, after: tuple[str, str] | None) -> None:
        generation, flt, ctx, size = self.generation, self.filter, self.session.ctx, self.page_size
        self._set_loading(True)
        (ops.Op(lambda: history_page(ctx, flt, after, size))
         .success(lambda page: self._landed(generation, page))
         .failure(lambda error: self._failed(generation, error)).run())

    def _landed(self, generation: int, page: HistoryPage) -> None:
        if generation != self.generation:
            return
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QtCore.QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._next_key = page.next_key
        self._more = page.next_key is not None
        self.pages_loaded += 1
        self._set_loading(False)
        self.page_loaded.emit(len(self.rows))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self.generation:
            self._set_loading(False)
            ops.show_error(error)

    def _set_loading(self, value: bool) -> None:
        self._loading = value
        self.loading_changed.emit(value)
