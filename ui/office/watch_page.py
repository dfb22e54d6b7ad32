"""Watch list: merchants proposed from cases across stations, reviewed, accepted, appealed, removed (with reasons)."""
from functools import partial

from station.i18n import ntr, tr
from station.office import watch
from station.office.tables import table
from ui import messages
from ui.office.widgets import FigureTable, export_button
from ui.ops import Op
from ui.pages import Page
from ui.qt import QtWidgets


class WatchPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.view = FigureTable("watchTable")
        self.threshold = QtWidgets.QSpinBox(minimum=1, maximum=99, value=3,
                                            accessibleName=tr("Office", "Cases with evidence"))
        self.name = QtWidgets.QLineEdit(placeholderText=tr("Office", "Merchant (or choose a row)"))
        self.reason = QtWidgets.QLineEdit(placeholderText=tr("Office", "Reason (kept with the decision)"))
        self.history = QtWidgets.QLabel(wordWrap=True, objectName="watchHistory")
        self._build()
        self.view.clicked.connect(lambda _i: self._picked())

    def _build(self) -> None:
        propose = QtWidgets.QHBoxLayout()
        label = QtWidgets.QLabel(tr("Office", "Propose merchants with at least"), wordWrap=True)  # fits large text
        label.setBuddy(self.threshold)
        propose.addWidget(label)
        propose.addWidget(self.threshold)
        propose.addWidget(QtWidgets.QLabel(tr("Office", "cases with evidence across stations"), wordWrap=True))
        propose.addWidget(QtWidgets.QPushButton(tr("Office", "&Propose"), clicked=self.propose))
        propose.addStretch(1)
        propose.addWidget(export_button(self, "watch", lambda: "2000-01"))
        decide = QtWidgets.QHBoxLayout()
        decide.addWidget(self.name, 1)
        decide.addWidget(self.reason, 2)
        for action, text in (("accept", tr("Office", "&Accept")), ("appeal", tr("Office", "A&ppeal")),
                             ("remove", tr("Office", "&Remove"))):
            decide.addWidget(QtWidgets.QPushButton(text, clicked=partial(self.decide, action)))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(tr("Office", "Accepted and appealed merchants go to every station with "
                                                       "the next return bundle; a mention there warns staff."),
                                          wordWrap=True))
        layout.addLayout(propose)
        layout.addWidget(self.view, 1)
        layout.addLayout(decide)
        layout.addWidget(self.history)

    def refresh(self) -> None:
        Op(partial(table, self.session.ctx, "watch", "2000-01"), parent=self).success(self.view.show_table).run()

    def _picked(self) -> None:
        row = self.view.selected_row()
        if row:
            self.name.setText(row[0])
            Op(partial(watch.history, self.session.ctx, row[0]), parent=self).success(self._show_history).run()

    def _show_history(self, events: list[dict]) -> None:
        self.history.setText("\n".join(f"{e['at']}  {e['action']}  {e['reason']}  ({e['actor']})" for e in events))

    def propose(self) -> None:
        Op(partial(watch.propose, self.session.ctx, self.threshold.value()), parent=self).success(
            self._proposed).run()

    def _proposed(self, found: list[dict]) -> None:
        messages.bridge().info(ntr("Office", "1 merchant proposed.", "{count} merchants proposed.", len(found)))
        self.refresh()

    def decide(self, action: str) -> None:
        name, reason = self.name.text(), self.reason.text()
        Op(partial(watch.decide, self.session.ctx, name, action, reason), parent=self).success(
            lambda _row: (self.reason.clear(), self.refresh())).run()
