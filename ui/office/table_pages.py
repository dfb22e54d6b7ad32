"""Office pages that show one table with a month: Stations (health, sortable), Cases overview."""
from functools import partial

from station.i18n import tr
from station.office.tables import HEALTH_SAID_IN_SIGNS, table
from ui.flow import FlowLayout
from ui.office.widgets import FigureTable, MonthPicker, export_button
from ui.ops import Op
from ui.pages import Page
from ui.qt import QtWidgets


class TablePage(Page):
    """A month picker, an explanation, one sortable table and its CSV export."""

    TABLE = ""
    HINT = ""

    def __init__(self, session) -> None:
        super().__init__(session)
        self.month = MonthPicker()
        self.view = FigureTable(f"{self.TABLE}Table")
        self.hint = QtWidgets.QLabel(self.hint_text(), wordWrap=True)
        top = FlowLayout()
        label = QtWidgets.QLabel(tr("Office", "Month"))
        label.setBuddy(self.month)
        top.addWidget(label)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(export_button(self, self.TABLE, self.month.month))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())

    def hint_text(self) -> str:
        return ""

    def refresh(self) -> None:
        Op(partial(table, self.session.ctx, self.TABLE, self.month.month()), parent=self).success(
            self.view.show_table).run()

    def focus_default(self) -> None:
        self.view.setFocus()


class StationsPage(TablePage):
    TABLE = "health"

    def __init__(self, session) -> None:
        super().__init__(session)
        self.view.hidden_columns = HEALTH_SAID_IN_SIGNS  # said in words under warning signs: room for the rest

    def hint_text(self) -> str:
        return tr("Office", "Every station at a glance: when it last synced and how, parcels waiting and overdue, "
                            "cases, and warning signs in words (bundles held back, audit-log changes, restores). "
                            "Click a column to sort; the CSV export has every count.")


class CasesPage(TablePage):
    TABLE = "cases"

    def hint_text(self) -> str:
        return tr("Office", "Cases across stations for the month: opened, closed, open and overdue now, and the "
                            "rates reported to the county. Figures appear as stations send their case records.")
