"""Notices & calendar: notices for every station, and the working-day calendar for a new year."""
from functools import partial
from pathlib import Path

from station.i18n import ntr, tr
from station.office import calendar, watch
from station.sync import office as office_mod
from ui import messages
from ui.ops import Op
from ui.pages import Page
from ui.qt import QtWidgets


class NoticesPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.title = QtWidgets.QLineEdit(placeholderText=tr("Office", "Title"))
        self.body = QtWidgets.QPlainTextEdit(placeholderText=tr("Office", "Text of the notice"))
        self.body.setTabChangesFocus(True)
        self.notices = QtWidgets.QListWidget(objectName="notices")
        self.days = QtWidgets.QListWidget(objectName="calendarDays")
        self._build()

    def _build(self) -> None:
        left = QtWidgets.QVBoxLayout()
        left.addWidget(QtWidgets.QLabel(tr("Office", "A notice for every station (sent with the return bundles)")))
        left.addWidget(self.title)
        left.addWidget(self.body, 1)
        left.addWidget(QtWidgets.QPushButton(tr("Office", "&Send notice"), clicked=self.add_notice))
        left.addWidget(self.notices, 2)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(QtWidgets.QLabel(tr("Office", "Working-day calendar: holidays and make-up workdays (调休). "
                                                      "Import the State Council's schedule for a new year as CSV "
                                                      "(date,kind,name)."), wordWrap=True))
        right.addWidget(QtWidgets.QPushButton(tr("Office", "&Import calendar…"), clicked=self.choose_calendar))
        right.addWidget(self.days, 1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def refresh(self) -> None:
        Op(partial(watch.notices, self.session.ctx), parent=self).success(self._show_notices).run()
        Op(partial(calendar.calendar_days, self.session.ctx), parent=self).success(self._show_days).run()

    def _show_notices(self, rows: list[dict]) -> None:
        self.notices.clear()
        self.notices.addItems([f"{n['shown_at']}  {n['title']}" for n in rows])

    def _show_days(self, rows: list[dict]) -> None:
        self.days.clear()
        kinds = {"holiday": tr("Office", "holiday"), "workday": tr("Office", "make-up workday")}
        self.days.addItems([f"{d['day']}  {kinds.get(d['kind'], d['kind'])}  {d['name']}" for d in rows])

    def add_notice(self) -> None:
        title, body = self.title.text(), self.body.toPlainText()
        Op(partial(office_mod.add_notice, self.session.ctx, title, body), parent=self).success(
            lambda _row: (self.title.clear(), self.body.clear(), self.refresh())).run()

    def choose_calendar(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, tr("Office", "Calendar file"), "", "CSV (*.csv)")
        if path:
            Op(partial(calendar.import_calendar, self.session.ctx, Path(path)), parent=self).success(
                self._imported).run()

    def _imported(self, made: dict) -> None:
        messages.bridge().info(ntr("Office", "Calendar imported: 1 day.", "Calendar imported: {count} days.",
                                   made["days"]))
        self.refresh()
