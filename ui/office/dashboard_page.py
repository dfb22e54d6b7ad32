"""Dashboards: the month's tiles and charts for the town or one station (all read from office_figure)."""
import html
from functools import partial

from station.i18n import tr
from station.office.overview import overview
from station.sync.office import stations as enrolled
from ui import housekeeping
from ui.charts import BarChart
from ui.flow import FlowLayout
from ui.office.widgets import FigureTable, MonthPicker, export_button
from ui.ops import Op
from ui.pages import Page
from ui.qt import Qt, QtWidgets

TILE_COLUMNS = 4


class DashboardPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.month = MonthPicker()
        self.station = QtWidgets.QComboBox(accessibleName=tr("Office", "Station"))
        self.station.addItem(tr("Office", "Whole town"), None)
        self.tiles = QtWidgets.QGridLayout()
        self.parcels_chart = BarChart(tr("Office", "Parcels per day"))
        self.people_chart = BarChart(tr("Office", "Volunteer hours and cases per day"))
        self.stations_chart = BarChart(tr("Office", "Parcels arrived by station"))
        self.merchants = FigureTable("merchantsTable")
        self._build()
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.station.currentIndexChanged.connect(lambda _i: self.refresh())

    def _build(self) -> None:
        top = FlowLayout()
        for text, widget in ((tr("Office", "Month"), self.month), (tr("Office", "Station"), self.station)):
            label = QtWidgets.QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(export_button(self, "merchants", self.month.month))
        charts = QtWidgets.QHBoxLayout()
        for chart in (self.parcels_chart, self.people_chart, self.stations_chart):
            charts.addWidget(chart, 1)
        body = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(body)
        inner.addLayout(self.tiles)
        inner.addLayout(charts, 2)
        inner.addWidget(QtWidgets.QLabel(tr("Office", "Complaints by platform and merchant")))
        inner.addWidget(self.merchants, 1)
        scroll = QtWidgets.QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        Op(partial(enrolled, self.session.ctx), parent=self).success(self._fill_stations).run()
        ctx, month, station = self.session.ctx, self.month.month(), self.station.currentData()
        Op(partial(overview, ctx, month, station), parent=self).success(self._show).run()

    def _fill_stations(self, stations: list[dict]) -> None:
        if self.station.count() == len(stations) + 1:
            return
        self.station.blockSignals(True)
        for s in stations:
            self.station.addItem(f"{s['code']} {s['name']}", s["code"])
        self.station.blockSignals(False)

    def _show(self, data: dict) -> None:
        while self.tiles.count():
            self.tiles.takeAt(0).widget().deleteLater()
        for index, (label, value) in enumerate(data["tiles"]):
            tile = QtWidgets.QLabel(f"{html.escape(str(label))}<br><b>{html.escape(str(value))}</b>", objectName="tile",
                                    textFormat=Qt.TextFormat.RichText)
            tile.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
            self.tiles.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
            housekeeping.tidy(tile)  # made after the page was tidied: wrapped, named, spaced in large text
        s = data["series"]
        self.parcels_chart.set_data(data["days"], [(tr("Office", "Parcels arrived"), s["parcels_in"]),
                                                   (tr("Office", "Handed out"), s["parcels_out"]),
                                                   (tr("Office", "To the door"), s["parcels_door"])])
        self.people_chart.set_data(data["days"], [
            (tr("Office", "Volunteer hours"), [m / 60 for m in s["volunteer_minutes"]]),
            (tr("Office", "Cases opened"), s["cases_opened"]), (tr("Office", "Cases closed"), s["cases_closed"])])
        codes = list(data["stations"])
        self.stations_chart.set_data([c[-3:] for c in codes], [(tr("Office", "Parcels arrived"),
                                                                [data["stations"][c] for c in codes])])
        self.merchants.show_table(data["merchants"])
