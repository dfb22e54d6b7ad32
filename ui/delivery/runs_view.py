"""Delivery runs: the list with status, and one run's stops (order, volunteer, slips, closing)."""
from pathlib import Path

from station.delivery import OUTCOME_LABELS, RUN_STATUS_LABELS, Outcome, RunStatus
from station.delivery.outcomes import close_run
from station.delivery.runs import assign_volunteer, cancel_run, list_runs, move_stop
from station.delivery.stops import run_sheet
from station.delivery.volunteers import roster
from station.i18n import ntr, tr
from station.parcels import STATUS_NAMES, ParcelStatus
from ui import messages
from ui.flow import FlowLayout
from ui.ops import Op
from ui.qt import Qt, QtWidgets
from ui.tables import fill_combo, make_table, open_file, select_key, selected_key, set_rows


class RunsView(QtWidgets.QWidget):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.sheet = None
        self.last_pdf: Path | None = None
        self.runs = make_table([tr("Deliveries", "Run"), tr("Deliveries", "Status"), tr("Deliveries", "Group"),
                                tr("Deliveries", "Volunteer"), tr("Deliveries", "Done")])
        self.runs.itemSelectionChanged.connect(self.load_run)
        self.title = QtWidgets.QLabel(wordWrap=True, objectName="runTitle")
        self.stops = QtWidgets.QListWidget()
        self.volunteer = QtWidgets.QComboBox()
        self.per_page = QtWidgets.QComboBox()
        self.per_page.addItem(tr("Deliveries", "4 slips per page"), 4)
        self.per_page.addItem(tr("Deliveries", "2 per page (half page each)"), 2)
        self.buttons = {key: QtWidgets.QPushButton(text) for key, text in (
            ("up", tr("Deliveries", "Move up")), ("down", tr("Deliveries", "Move down")),
            ("assign", tr("Deliveries", "Assign")), ("print", tr("Deliveries", "Print slips")),
            ("open", tr("Deliveries", "Open PDF")), ("save", tr("Deliveries", "Save PDF as…")),
            ("close", tr("Deliveries", "Close: all delivered")), ("cancel", tr("Deliveries", "Cancel run")))}
        actions = {"up": lambda: self.move(-1), "down": lambda: self.move(1), "assign": self.assign,
                   "print": self.print_slips, "open": lambda: open_file(self.last_pdf), "save": self.save_as,
                   "close": self.close_all_delivered, "cancel": self.cancel}
        for key, button in self.buttons.items():
            button.clicked.connect(actions[key])
        self._lay_out()
        self._enable()

    def _lay_out(self) -> None:
        order = QtWidgets.QVBoxLayout()
        for key in ("up", "down"):
            order.addWidget(self.buttons[key])
        order.addStretch(1)
        stops_row = QtWidgets.QHBoxLayout()
        stops_row.addWidget(self.stops, 1)
        stops_row.addLayout(order)
        grid = FlowLayout()  # wraps in a long language or large text
        grid.addWidget(QtWidgets.QLabel(tr("Deliveries", "Volunteer")))
        grid.addWidget(self.volunteer)
        grid.addWidget(self.buttons["assign"])
        grid.addWidget(self.per_page)
        for key in ("print", "open", "save", "close", "cancel"):
            grid.addWidget(self.buttons[key])
        detail = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(detail)
        column.addWidget(self.title)
        column.addLayout(stops_row, 1)
        column.addLayout(grid)
        split = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.runs)
        split.addWidget(detail)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 800])
        QtWidgets.QVBoxLayout(self).addWidget(split)

    def refresh(self, select: str | None = None) -> None:
        ctx, keep = self.session.ctx, select or selected_key(self.runs)
        Op(lambda: (list_runs(ctx), roster(ctx)), parent=self).success(lambda loaded: self._show(loaded, keep)).run()

    def _show(self, loaded, keep: str | None) -> None:
        runs, volunteers = loaded
        fill_combo(self.volunteer, [(tr("Deliveries", "(nobody yet)"), None)] + [(v.name, v.gid) for v in volunteers])
        self.runs.blockSignals(True)
        set_rows(self.runs, [[r["code"], tr(*RUN_STATUS_LABELS[RunStatus(r["status"])]), r["group"] or "—",
                              r["volunteer"] or "—", f"{r['done']}/{r['stops']}"] for r in runs],
                 [r["run"] for r in runs])
        if keep:
            select_key(self.runs, keep)
        if runs and self.runs.currentRow() < 0:
            self.runs.selectRow(0)
        self.runs.blockSignals(False)
        if runs:
            self.load_run()
        else:
            self.sheet = None
            self.title.setText(tr("Deliveries", "No delivery runs yet: build one from the proposals."))
            self.stops.clear()
            self._enable()

    def load_run(self) -> None:
        run = selected_key(self.runs)
        if run:
            ctx = self.session.ctx
            Op(lambda: run_sheet(ctx, run), parent=self).success(self._show_sheet).run()

    def _show_sheet(self, sheet) -> None:
        self.sheet = sheet
        self.title.setText(tr("Deliveries", "Run {code} · {status} · {group} · volunteer: {volunteer}").format(
            code=sheet.code, status=tr(*RUN_STATUS_LABELS[RunStatus(sheet.status)]), group=sheet.group or "—",
            volunteer=sheet.volunteer or "—"))
        current = self.stops.currentRow()
        self.stops.clear()
        for s in sheet.slips:
            label = OUTCOME_LABELS[Outcome(s.outcome)] if s.outcome else STATUS_NAMES[ParcelStatus.OUT_FOR_DELIVERY]
            outcome = tr(*label)
            if s.delegate_name:
                outcome = tr("Deliveries", "{outcome} ({delegate})").format(outcome=outcome, delegate=s.delegate_name)
            where = s.address or s.group or "—"
            count = ntr("Deliveries", "1 parcel", "{count} parcels", len(s.parcels))
            item = QtWidgets.QListWidgetItem(f"{s.position}. {s.name} · {outcome} · {count} · {s.slip_code} · {where}")
            item.setData(Qt.ItemDataRole.UserRole, s.gid)
            self.stops.addItem(item)
        self.stops.setCurrentRow(min(max(current, 0), self.stops.count() - 1))
        index = self.volunteer.findText(sheet.volunteer) if sheet.volunteer else 0
        self.volunteer.setCurrentIndex(max(0, index))
        self._enable()

    def _enable(self) -> None:
        open_run = self.sheet is not None and self.sheet.status in (RunStatus.PLANNED, RunStatus.OUT)
        for key in ("up", "down", "assign", "print", "close", "cancel"):
            self.buttons[key].setEnabled(open_run)
        for key in ("open", "save"):
            self.buttons[key].setEnabled(self.last_pdf is not None and self.last_pdf.exists())

    def _after(self, text):
        """What to do once an action succeeded: say `text` (or `text(result)`, a function), then reload."""
        def done(_result) -> None:
            messages.bridge().info(text(_result) if callable(text) else text)
            self.session.notify("parcels")
            self.refresh()
            self.load_run()
        return done

    def move(self, delta: int) -> None:
        item = self.stops.currentItem()
        if item is None:
            return
        stop, ctx = item.data(Qt.ItemDataRole.UserRole), self.session.ctx
        self.stops.setCurrentRow(max(0, min(self.stops.count() - 1, self.stops.currentRow() + delta)))
        Op(lambda: move_stop(ctx, stop, delta), parent=self).success(lambda _o: self.load_run()).run()

    def assign(self) -> None:
        ctx, run, volunteer = self.session.ctx, self.sheet.gid, self.volunteer.currentData()
        Op(lambda: assign_volunteer(ctx, run, volunteer), parent=self).success(
            self._after(tr("Deliveries", "Volunteer assigned."))).run()

    def print_slips(self) -> None:
        from station.delivery.slips import print_slips  # reportlab and qrcode load when first printing

        ctx, run, per_page = self.session.ctx, self.sheet.gid, self.per_page.currentData()
        out = self.session.data_dir / "slips" / f"{self.sheet.code}.pdf"
        Op(lambda progress: print_slips(ctx, run, out, per_page, lambda d, t: progress.report(d, t)),
           parent=self, progress_label=tr("Deliveries", "Printing slips…")).success(self._printed).run()

    def _printed(self, done: dict) -> None:
        self.last_pdf = Path(done["out"])
        messages.bridge().info(ntr("Deliveries", "1 slip written to {out}", "{count} slips written to {out}",
                                   done["slips"], out=done["out"]))
        self.refresh()
        self.load_run()

    def save_as(self) -> None:
        target, _filter = QtWidgets.QFileDialog.getSaveFileName(self, tr("Deliveries", "Save PDF as…"),
                                                                 str(self.last_pdf), "PDF (*.pdf)")
        if target:
            source = self.last_pdf
            from station.files import write_atomically

            Op(lambda: write_atomically(Path(target), source.read_bytes()), parent=self).success(
                lambda _r: messages.bridge().info(tr("Deliveries", "Saved to {path}").format(path=target))).run()

    def close_all_delivered(self) -> None:
        ctx, run = self.session.ctx, self.sheet.gid
        Op(lambda: close_run(ctx, run, all_delivered=True), parent=self).success(
            self._after(lambda r: ntr("Deliveries", "Run {code} closed; 1 parcel marked delivered.",
                                     "Run {code} closed; {delivered} parcels marked delivered.", r["delivered"],
                                     **r))).run()

    def cancel(self) -> None:
        ctx, run = self.session.ctx, self.sheet.gid
        Op(lambda: cancel_run(ctx, run), parent=self).success(
            self._after(lambda r: ntr("Deliveries", "Run {code} cancelled; 1 parcel back on the shelf.",
                                     "Run {code} cancelled; {back_to_shelf} parcels back on the shelf.",
                                     r["back_to_shelf"], **r))).run()
