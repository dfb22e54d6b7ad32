"""The Parcels section: the whole history, the problem queue, and notices & reminders, as tabs.

Built as its own page beside the Counter so the counter keeps its one job (scan, intake, handout);
each tab is a plain widget the Counter page can also host.
"""
from station.i18n import tr
from ui.pages import Page
from ui.parcels.notice_log_dialog import NoticeLogDialog
from ui.parcels.notices_panel import NoticesPanel
from ui.parcels.parcel_list import ParcelListWidget
from ui.parcels.problems import ProblemsWidget
from ui.qt import QtWidgets
from ui.speech import Speaker


class ParcelsPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.speaker = Speaker(self)
        self.tabs = QtWidgets.QTabWidget(objectName="parcelTabs")
        self.parcel_list = ParcelListWidget(session)
        self.problems = ProblemsWidget(session)
        self.notices = NoticesPanel(session, self.speaker)
        self.tabs.addTab(self.parcel_list, tr("ParcelList", "All parcels"))
        self.tabs.addTab(self.problems, tr("Problems", "Problem parcels"))
        self.tabs.addTab(self.notices, tr("Notices", "Notices and reminders"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.parcel_list.resident_chosen.connect(self.open_notice_log)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        session.changed.connect(self._changed)
        self._started = False

    def refresh(self) -> None:
        if not self._started:
            self._started = True
            self.parcel_list.start()
        current = self.tabs.currentWidget()
        if current is self.problems:
            self.problems.refresh()
        elif current is self.notices:
            self.notices.refresh()

    def _changed(self, what: str) -> None:
        if what == "parcels" and self._started:
            self.parcel_list.model.reload()
            self.refresh()

    def focus_default(self) -> None:
        if self.tabs.currentWidget() is self.parcel_list:
            self.parcel_list.search.setFocus()

    def open_notice_log(self, resident_gid: str, name: str) -> NoticeLogDialog:
        dialog = NoticeLogDialog(self.session, resident_gid, name, self.speaker, self)
        dialog.open()
        return dialog
