"""Residents as a table that loads a page at a time as the user scrolls (villages have thousands)."""
from station.i18n import join_list, tr
from station.phones import mask_phone
from station.residents import CARE_LABELS, list_residents
from ui.ops import Op, show_error
from ui.qt import Qt, QtCore, QtWidgets, Signal

PAGE = 100


class ResidentListModel(QtCore.QAbstractTableModel):
    loaded = Signal()

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.rows = []
        self.more = True
        self.loading = False
        self.generation = 0
        self.query = ("", None, False)
        self.headers = [tr("Residents", "Name"), tr("Residents", "Phone"), tr("Residents", "Group"),
                        tr("Residents", "Address"), tr("Residents", "Care")]

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        care = join_list(tr(*CARE_LABELS[c]) for c in r.care)
        # Masked as in every other list (the form shows the whole number to those allowed to see it).
        return (r.name, mask_phone(r.phone), r.group, r.address, care)[index.column()]

    def gid_at(self, row: int) -> str | None:
        return self.rows[row].gid if 0 <= row < len(self.rows) else None

    def search(self, text: str, group: str | None, care_only: bool) -> None:
        self.generation += 1
        self.beginResetModel()
        self.rows, self.more, self.loading, self.query = [], True, False, (text, group, care_only)
        self.endResetModel()
        self.fetchMore(QtCore.QModelIndex())

    def canFetchMore(self, parent) -> bool:  # noqa: N802
        return not parent.isValid() and self.more and not self.loading

    def fetchMore(self, parent) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self.loading = True
        ctx, generation, offset = self.session.ctx, self.generation, len(self.rows)
        text, group, care_only = self.query
        Op(lambda: list_residents(ctx, text, group, care_only, offset, PAGE)).success(
            lambda rows: self._append(generation, rows)).failure(lambda error: self._failed(generation, error)).run()

    def _append(self, generation: int, rows) -> None:
        if generation != self.generation:
            return
        self.loading = False
        self.more = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QtCore.QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self.generation:
            self.loading = False
            self.more = False
        show_error(error)


class ResidentList(QtWidgets.QWidget):
    """Search box, group filter, care-only switch and the lazy table."""

    selected = Signal(object)  # resident gid or None

    def __init__(self, session) -> None:
        super().__init__()
        self.model = ResidentListModel(session)
        self.text = QtWidgets.QLineEdit(objectName="residentSearch", clearButtonEnabled=True)
        self.text.setPlaceholderText(tr("Residents", "Name, phone or last 4 digits"))
        self.group = QtWidgets.QComboBox()
        self.care_only = QtWidgets.QCheckBox(tr("Residents", "Needs care only"))
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.selected.emit(self.model.gid_at(current.row())))
        self._timer = QtCore.QTimer(self, singleShot=True, interval=250, timeout=self.search)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.group.currentIndexChanged.connect(lambda _i: self.search())
        self._keep: str | None = None
        self.model.loaded.connect(self._fit_columns)
        self.care_only.toggled.connect(lambda _on: self.search())
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.text, 2)
        row.addWidget(self.group, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.care_only)
        layout.addWidget(self.view, 1)

    def _fit_columns(self) -> None:
        if len(self.model.rows) <= PAGE:
            self.view.resizeColumnsToContents()
        keep, self._keep = self._keep, None
        rows = [r.gid for r in self.model.rows]
        if keep in rows:
            self.view.selectRow(rows.index(keep))

    def search(self, keep: str | None = None) -> None:
        """Run the search again; `keep` re-selects that resident if the new list holds them."""
        self._keep = keep
        self.model.search(self.text.text(), self.group.currentData(), self.care_only.isChecked())

    def current_gid(self) -> str | None:
        return self.model.gid_at(self.view.currentIndex().row())
