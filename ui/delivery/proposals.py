"""Proposed parcels (flagged residents, long waits) and building a run from the checked ones."""
from station.delivery.runs import plan_run, proposals
from station.delivery.volunteers import roster
from station.i18n import join_list, ntr, tr
from station.parcels.carriers import carrier_name
from station.residents import CARE_LABELS, village_groups
from ui import messages
from ui.flow import FlowLayout
from ui.ops import Op
from ui.qt import Qt, QtWidgets, Signal
from ui.tables import checked_keys, fill_combo, make_table, set_rows

SHOWN = 500  # a run is one village group; a table of thousands helps no one and slows the screen


class ProposalsView(QtWidgets.QWidget):
    run_planned = Signal(str)  # run gid

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.group = QtWidgets.QComboBox()
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.volunteer = QtWidgets.QComboBox()
        self.table = make_table([tr("Deliveries", "Resident"), tr("Deliveries", "Group"), tr("Deliveries", "Why"),
                                 tr("Deliveries", "Pickup code"), tr("Deliveries", "Carrier"),
                                 tr("Deliveries", "Tracking no."), tr("Deliveries", "Address")], checkable=True)
        self.count = QtWidgets.QLabel()
        self.build = QtWidgets.QPushButton(tr("Deliveries", "Build a run from the ticked parcels"))
        self.build.clicked.connect(self.build_run)
        all_box = QtWidgets.QPushButton(tr("Deliveries", "Tick all"))
        all_box.clicked.connect(lambda: self._tick_all(True))
        top = FlowLayout()
        top.addWidget(QtWidgets.QLabel(tr("Deliveries", "Village group")))
        top.addWidget(self.group, 1)
        top.addWidget(self.count, 2)
        bottom = FlowLayout(align=Qt.AlignmentFlag.AlignRight)
        bottom.addWidget(all_box)
        bottom.addStretch(1)
        bottom.addWidget(QtWidgets.QLabel(tr("Deliveries", "Volunteer")))
        bottom.addWidget(self.volunteer)
        bottom.addWidget(self.build)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        ctx, group = self.session.ctx, self.group.currentData()
        Op(lambda: (village_groups(ctx), roster(ctx), proposals(ctx, group)), parent=self).success(self._show).run()

    def _show(self, loaded) -> None:
        groups, volunteers, found = loaded
        rows = found[:SHOWN]
        fill_combo(self.group, [(tr("Deliveries", "All groups"), None)] + [(g["name"], g["gid"]) for g in groups])
        fill_combo(self.volunteer, [(tr("Deliveries", "(assign later)"), None)] + [(v.name, v.gid) for v in volunteers])
        set_rows(self.table, [[r["name"], r["group_name"] or "—", self._why(r), r["pickup_code"],
                               carrier_name(r["carrier"]), r["tracking_no"], r["address"]] for r in rows],
                 [r["parcel"] for r in rows],
                 checked=self.group.currentData() is not None)
        text = ntr("Deliveries", "1 parcel proposed for doorstep delivery.",
                   "{count} parcels proposed for doorstep delivery.", len(found))
        if len(found) > len(rows):
            text += " " + tr("Deliveries", "Showing the first {shown}: choose a village group.").format(shown=len(rows))
        self.count.setText(text)
        self.build.setEnabled(bool(rows))

    @staticmethod
    def _why(row: dict) -> str:
        reasons = [tr(*CARE_LABELS[c]) for c in row["care"]]
        if row["long_wait"]:
            reasons.append(tr("Deliveries", "Waiting long"))
        if row["attempts"]:
            reasons.append(tr("Deliveries", "Not home ×{count}").format(count=row["attempts"]))
        return join_list(reasons)

    def _tick_all(self, on: bool) -> None:
        for r in range(self.table.rowCount()):
            self.table.item(r, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def build_run(self) -> None:
        parcels = checked_keys(self.table)
        if not parcels:
            messages.bridge().warning(tr("Deliveries", "Tick the parcels that go on the run first."))
            return
        ctx, group, volunteer = self.session.ctx, self.group.currentData(), self.volunteer.currentData()
        Op(lambda: plan_run(ctx, group=group, volunteer=volunteer, parcel_gids=parcels), parent=self).success(
            self._planned).run()

    def _planned(self, done: dict) -> None:
        messages.bridge().info(tr("Deliveries", "Run {code} planned: {stops}, {parcels}.").format(
            code=done["code"], stops=ntr("Deliveries", "1 stop", "{count} stops", done["stops"]),
            parcels=ntr("Deliveries", "1 parcel", "{count} parcels", done["parcels"])))
        self.session.notify("parcels")
        self.run_planned.emit(done["run"])
