"""The GUI's table kit, shared by every area: read-only tables keyed by gid, combo boxes, opening a written PDF."""
from pathlib import Path

from ui.qt import Qt, QtCore, QtGui, QtWidgets


def make_table(headers: list[str], checkable: bool = False) -> QtWidgets.QTableWidget:
    table = QtWidgets.QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setProperty("checkable", checkable)
    return table


def set_rows(table: QtWidgets.QTableWidget, rows: list[list[str]], keys: list[str], checked: bool = False) -> None:
    """Fill the table; each row remembers its key (a gid) in the first cell's user data."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    checkable = bool(table.property("checkable"))
    for r, (cells, key) in enumerate(zip(rows, keys, strict=True)):
        for c, text in enumerate(cells):
            item = QtWidgets.QTableWidgetItem(str(text))
            item.setToolTip(str(text))  # the whole text where a narrow column elides it
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
                if checkable:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def row_key(table: QtWidgets.QTableWidget, row: int) -> str | None:
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def selected_key(table: QtWidgets.QTableWidget) -> str | None:
    return row_key(table, table.currentRow())


def checked_keys(table: QtWidgets.QTableWidget) -> list[str]:
    return [row_key(table, r) for r in range(table.rowCount())
            if table.item(r, 0).checkState() == Qt.CheckState.Checked]


def select_key(table: QtWidgets.QTableWidget, key: str | None) -> None:
    for r in range(table.rowCount()):
        if row_key(table, r) == key:
            table.selectRow(r)
            return


def open_file(path: Path) -> bool:
    return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))


def fill_combo(combo: QtWidgets.QComboBox, items: list[tuple[str, str | None]], keep: bool = True) -> None:
    """(label, key) items; keeps the current key selected when it is still there."""
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(max(6, max((_width(label) for label, _key in items), default=0)))
    combo.clear()
    for label, key in items:
        combo.addItem(label, key)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def _width(label: str) -> int:
    """Width in Latin characters: a CJK character is about two (minimumContentsLength counts 'x's)."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in label) + 1
