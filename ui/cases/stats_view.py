"""Case statistics: 受理率, 按期办结率, 满意率 and money recovered, by platform, merchant or month, as charts."""
from functools import partial

from station.cases.stats import case_stats
from station.i18n import N_, tr
from ui.charts import bar_chart
from ui.ops import Op
from ui.qt import QtWidgets

GROUPS = (("platform", N_("CaseStats", "By platform")), ("merchant", N_("CaseStats", "By merchant")),
          ("month", N_("CaseStats", "By month")))


def _percent(text: str) -> float:
    return float(text.rstrip("%")) if text.endswith("%") else 0.0


class StatsView(QtWidgets.QWidget):
    def __init__(self, session) -> None:
        super().__init__()
        self.session, self.stats = session, None
        self.group = QtWidgets.QComboBox()
        for key, words in GROUPS:
            self.group.addItem(tr(*words), key)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.figures = QtWidgets.QLabel(objectName="caseFigures", wordWrap=True)
        self.charts = QtWidgets.QHBoxLayout()
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.group)
        top.addWidget(self.figures, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.charts, 1)

    def refresh(self) -> None:
        fetch = partial(case_stats, self.session.ctx, self.group.currentData())
        Op(fetch, parent=self).success(self._loaded).run()

    def _loaded(self, stats: dict) -> None:
        self.stats, t = stats, stats["total"]
        self.figures.setText(tr("CaseStats", "Received {received} · acceptance rate {acceptance} · closed on time "
                                             "{on_time} · satisfaction {satisfaction} · recovered {money} yuan")
                             .format(**t))
        while self.charts.count():
            self.charts.takeAt(0).widget().deleteLater()
        groups = stats["groups"][:10]
        names = [g["key"] or "—" for g in groups]
        rates = [(tr("CaseStats", "Acceptance rate"), [_percent(g["acceptance"]) for g in groups]),
                 (tr("CaseStats", "Closed on time"), [_percent(g["on_time"]) for g in groups]),
                 (tr("CaseStats", "Satisfaction"), [_percent(g["satisfaction"]) for g in groups])]
        self.charts.addWidget(bar_chart(tr("CaseStats", "Rates, %"), names, rates, top=100), 1)
        money = [(tr("CaseStats", "Money recovered, yuan"), [g["money_fen"] / 100 for g in groups])]
        self.charts.addWidget(bar_chart(tr("CaseStats", "Money recovered, yuan"), names, money), 1)
