"""Reports: the monthly report PDF for the county, and every table as CSV."""
from functools import partial
from pathlib import Path

from station.i18n import N_, tr
from station.office.report import monthly_report
from station.office.tables import TABLES
from ui import messages
from ui.flow import FlowLayout
from ui.office.widgets import FigureTable, MonthPicker, export_button
from ui.ops import Op
from ui.pages import Page
from ui.qt import QtWidgets

TABLE_LABELS = {"stations": N_("Office", "Stations"), "daily": N_("Office", "Day by day"),
                "cases": N_("Office", "Cases"), "merchants": N_("Office", "Complaints by merchant"),
                "health": N_("Office", "Station health"), "watch": N_("Office", "Watch list"),
                "quarantine": N_("Office", "Quarantine")}


class ReportsPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.month = MonthPicker()
        self.preview = FigureTable("stationsTable")
        top = FlowLayout()
        label = QtWidgets.QLabel(tr("Office", "Month"))
        label.setBuddy(self.month)
        top.addWidget(label)
        top.addWidget(self.month)
        top.addWidget(QtWidgets.QPushButton(tr("Office", "&Write monthly report (PDF)…"), clicked=self.write))
        top.addStretch(1)
        exports = FlowLayout()
        exports.addWidget(QtWidgets.QLabel(tr("Office", "CSV for Excel:")))
        for name in TABLES:
            button = export_button(self, name, self.month.month)
            button.setText(tr(*TABLE_LABELS[name]))
            exports.addWidget(button)
        exports.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(exports)
        layout.addWidget(self.preview, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        from station.office.tables import table

        Op(partial(table, self.session.ctx, "stations", self.month.month()), parent=self).success(
            self.preview.show_table).run()

    def write(self) -> None:
        month = self.month.month()
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Office", "Monthly report"),
                                                        f"report-{month}.pdf", "PDF (*.pdf)")
        if path:
            Op(partial(monthly_report, self.session.ctx, month, Path(path)), parent=self).success(
                lambda made: messages.bridge().info(tr("Office", "Report written: {out}").format(**made))).run()
