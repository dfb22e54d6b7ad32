"""Pieces the office pages share: a month picker, a sortable table of a station.office `Table`, CSV export."""
import datetime as dt
from pathlib import Path

from station.i18n import ntr, tr
from ui import messages
from ui.ops import Op
from ui.qt import Qt, QtGui, QtWidgets


def recent_months(today: dt.date | None = None, count: int = 13) -> list[str]:
    day = (today or dt.date.today()).replace(day=1)
    months = []
    for _ in range(count):
        months.append(day.strftime("%Y-%m"))
        day = (day - dt.timedelta(days=1)).replace(day=1)
    return months


class MonthPicker(QtWidgets.QComboBox):
    """This month and the twelve before it; the previous (complete) month is chosen at first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Office", "Month"))
        self.addItems(recent_months())
        self.setCurrentIndex(1)

    def month(self) -> str:
        return self.currentText()


class FigureTable(QtWidgets.QTableView):
    """Shows a `Table` (headers + rows); click a header to sort; numbers sort as numbers."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model_ = QtGui.QStandardItemModel(self)
        self.setModel(self.model_)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.table = None
        self.hidden_columns: tuple[int, ...] = ()  # in the CSV and the report, not on this page

    def show_table(self, table) -> None:
        self.table = table
        self.model_.clear()
        self.model_.setHorizontalHeaderLabels(table.headers)
        for row in table.rows:
            self.model_.appendRow([_item(value) for value in row])
        for column in self.hidden_columns:
            self.setColumnHidden(column, True)
        self.resizeColumnsToContents()

    def selected_row(self) -> list | None:
        rows = self.selectionModel().selectedRows()
        if not rows or self.table is None:
            return None
        return [self.model_.item(rows[0].row(), c).text() for c in range(self.model_.columnCount())]


def _item(value) -> QtGui.QStandardItem:
    item = QtGui.QStandardItem(str(value))
    if isinstance(value, int | float):
        item.setData(value, Qt.ItemDataRole.DisplayRole)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def export_button(page, table_name: str, month_of) -> QtWidgets.QPushButton:
    """'Export CSV…': the same table the page shows, as `station office export` writes it."""

    def export() -> None:
        month = month_of()
        path, _ = QtWidgets.QFileDialog.getSaveFileName(page, tr("Office", "Export as CSV"),
                                                        f"{table_name}-{month}.csv", "CSV (*.csv)")
        if not path:
            return
        from station.office.export import export_table

        Op(lambda: export_table(page.session.ctx, table_name, month, Path(path)), parent=page).success(
            lambda made: messages.bridge().info(ntr("Office", "1 row written to {out}.",
                                                    "{rows} rows written to {out}.", made["rows"], **made))
        ).run()

    return QtWidgets.QPushButton(tr("Office", "Export CSV…"), clicked=export)
