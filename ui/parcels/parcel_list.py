"""The parcel list: the whole history, newest first, with filters and search-as-you-type.

Typing is debounced (a scanner's burst or a fast typist starts one search, not twenty), and every
query runs on the ops worker, so the list never freezes the counter even on a million parcels.
"""
import datetime as dt

from station.clock import format_time, local
from station.i18n import N_, ntr, tr
from station.parcels import ParcelStatus
from station.parcels.carriers import CARRIERS, OTHER
from station.parcels.history import SEARCH_CAP, HistoryFilter
from station.parcels.views import status_name
from station.residents import village_groups
from ui import ops
from ui.flow import FlowLayout
from ui.parcels.parcel_list_model import COLUMNS, ParcelListModel
from ui.qt import QtCore, QTimer, QtWidgets, Signal

DEBOUNCE_MS = 300
DATE_RANGES = (
    ("any", N_("ParcelList", "Any time")),
    ("today", N_("ParcelList", "Today")),
    ("week", N_("ParcelList", "Last 7 days")),
    ("month", N_("ParcelList", "Last 30 days")),
    ("custom", N_("ParcelList", "From … to …")),
)


def _combo(items: list[tuple[str, str]], name: str) -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox(objectName=name)
    for value, text in items:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class ParcelListWidget(QtWidgets.QWidget):
    """Filters on top, the lazy table below, and what the selected resident was told."""

    resident_chosen = Signal(str, str)  # resident gid, name: open their notice log

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ParcelListModel(session, parent=self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.search = QtWidgets.QLineEdit(objectName="parcelSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(tr("ParcelList", "Search: name, last 4 phone digits, pickup code or tracking "
                                                        "number"))
        self.status = _combo([("", tr("ParcelList", "All statuses"))] +
                             [(s.value, status_name(s)) for s in ParcelStatus], "statusFilter")
        self.dates = _combo([(k, tr(*t)) for k, t in DATE_RANGES], "dateFilter")
        today = QtCore.QDate.currentDate()
        self.since = QtWidgets.QDateEdit(today.addDays(-30), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.until = QtWidgets.QDateEdit(today, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.group = _combo([("", tr("ParcelList", "All village groups"))], "groupFilter")
        self.carrier = _combo([("", tr("ParcelList", "All carriers"))] +
                              [(c.code, c.name) for c in (*CARRIERS, OTHER)], "carrierFilter")
        self.table = QtWidgets.QTableView(objectName="parcelTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self._size_columns()
        self.notice_button = QtWidgets.QPushButton(tr("ParcelList", "Notice log…"), objectName="noticeLogButton")
        self.notice_button.setEnabled(False)
        self.summary = QtWidgets.QLabel(objectName="listSummary")
        filters = FlowLayout()
        for widget in (self.status, self.dates, self.since, self.until, self.group, self.carrier):
            filters.addWidget(widget)
        filters.addStretch(1)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.notice_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._show_custom_dates()

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        self._debounce.timeout.connect(self.apply_filter)
        for combo in (self.status, self.group, self.carrier):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.dates.currentIndexChanged.connect(lambda _i: (self._show_custom_dates(), self.apply_filter()))
        self.since.dateChanged.connect(lambda _d: self.apply_filter())
        self.until.dateChanged.connect(lambda _d: self.apply_filter())
        self.model.page_loaded.connect(self._page_loaded)
        self.model.loading_changed.connect(lambda _b: self._summarise())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self._open_notice_log())
        self.notice_button.clicked.connect(self._open_notice_log)

    def start(self) -> None:
        """First load: the village groups for the filter, then the newest parcels."""
        ops.Op(lambda: village_groups(self.session.ctx)).success(self._fill_groups).run()
        self.apply_filter()

    def _fill_groups(self, groups: list[dict]) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        while self.group.count() > 1:
            self.group.removeItem(1)
        for g in groups:
            self.group.addItem(g["name"], g["gid"])
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)

    def _show_custom_dates(self) -> None:
        custom = self.dates.currentData() == "custom"
        self.since.setVisible(custom)
        self.until.setVisible(custom)

    def _date_range(self) -> tuple[dt.date | None, dt.date | None]:
        today = local(self.session.ctx.now()).date()
        choice = self.dates.currentData()
        if choice == "custom":
            return self.since.date().toPython(), self.until.date().toPython()
        days = {"today": 0, "week": 6, "month": 29}.get(choice)
        return (None, None) if days is None else (today - dt.timedelta(days=days), today)

    def current_filter(self) -> HistoryFilter:
        since, until = self._date_range()
        return HistoryFilter(self.status.currentData() or "", since, until, self.group.currentData() or "",
                             self.carrier.currentData() or "", self.search.text().strip())

    def apply_filter(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt != self.model.filter or not self.model.pages_loaded:
            self.model.set_filter(flt)

    def _page_loaded(self, _rows: int) -> None:
        self._summarise()

    def _size_columns(self) -> None:
        """Widths from the font and typical content, once: measuring 200 rows per page would stall the GUI."""
        metrics = self.table.fontMetrics()
        samples = {"arrived": format_time(dt.datetime(2026, 12, 28, 23, 59)), "code": "6-4-4838", "name": "欧阳娜娜",
                   "tail": "****1045", "status": max((status_name(s) for s in ParcelStatus), key=len),
                   "carrier": max((c.name for c in CARRIERS), key=len), "tracking": "JDVA12345678901"}
        for column, (key, header) in enumerate(COLUMNS[:-1]):
            text = max((samples[key], tr(*header)), key=metrics.horizontalAdvance)
            self.table.setColumnWidth(column, metrics.horizontalAdvance(text) + metrics.horizontalAdvance("M"))

    def _summarise(self) -> None:
        shown = self.model.rowCount()
        if self.model.loading:
            text = tr("ParcelList", "Loading…")
        elif self.model.filter.text:
            text = ntr("ParcelList", "1 parcel matches (a search shows at most {cap}).",
                       "{count} parcels match (a search shows at most {cap}).", shown, cap=SEARCH_CAP)
        elif self.model.has_more:
            text = ntr("ParcelList", "1 parcel shown, newest first; scroll down for more.",
                       "{count} parcels shown, newest first; scroll down for more.", shown)
        else:
            text = ntr("ParcelList", "1 parcel.", "{count} parcels.", shown)
        self.summary.setText(text)

    def selected_parcel(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        parcel = self.selected_parcel()
        self.notice_button.setEnabled(bool(parcel and parcel.resident_gid))

    def _open_notice_log(self) -> None:
        parcel = self.selected_parcel()
        if parcel and parcel.resident_gid:
            self.resident_chosen.emit(parcel.resident_gid, parcel.resident_name)
