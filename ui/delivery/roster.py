"""The volunteer roster (with half-day availability) and the monthly hours with a thank-you PDF."""
import datetime as dt

from station.delivery.volunteers import (
    DAY_LABELS,
    DAYS,
    HALVES,
    add_hours,
    availability_text,
    hours_by_month,
    roster,
    save_volunteer,
)
from station.i18n import ntr, tr
from ui import messages
from ui.flow import FlowLayout
from ui.ops import Op
from ui.qt import QtWidgets
from ui.tables import fill_combo, make_table, selected_key, set_rows


def last_months(today: dt.date, count: int = 12) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class RosterView(QtWidgets.QWidget):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.volunteers = {}
        self.table = make_table([tr("Volunteers", "Name"), tr("Volunteers", "Phone"), tr("Volunteers", "Account"),
                                 tr("Volunteers", "Available")])
        self.table.itemSelectionChanged.connect(self._edit_selected)
        self.name = QtWidgets.QLineEdit()
        self.phone = QtWidgets.QLineEdit()
        self.account = QtWidgets.QLineEdit()
        self.slots = {f"{d}_{h}": QtWidgets.QCheckBox(tr("Volunteers", "AM") if h == "am" else tr("Volunteers", "PM"))
                      for d in DAYS for h in HALVES}
        self.month = QtWidgets.QComboBox()
        self.month.currentIndexChanged.connect(lambda _i: self.load_hours())
        self.hours = make_table([tr("Volunteers", "Name"), tr("Volunteers", "Hours"), tr("Volunteers", "Runs"),
                                 tr("Volunteers", "Doors reached")])
        self._lay_out()

    def _form(self) -> QtWidgets.QWidget:
        form = QtWidgets.QFormLayout()
        form.addRow(tr("Volunteers", "Name"), self.name)
        form.addRow(tr("Volunteers", "Phone"), self.phone)
        form.addRow(tr("Volunteers", "Account (user name)"), self.account)
        grid = FlowLayout()  # one column per day; the days wrap when the form is narrow
        for day, label in zip(DAYS, DAY_LABELS, strict=True):
            column = QtWidgets.QVBoxLayout(day_box := QtWidgets.QWidget())
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QtWidgets.QLabel(tr(*label)))
            for half in HALVES:
                column.addWidget(self.slots[f"{day}_{half}"])
            grid.addWidget(day_box)
        form.addRow(tr("Volunteers", "Available"), grid)
        buttons = QtWidgets.QHBoxLayout()
        new, save = QtWidgets.QPushButton(tr("Volunteers", "New")), QtWidgets.QPushButton(tr("Volunteers", "Save"))
        new.clicked.connect(self._clear)
        save.clicked.connect(self.save)
        buttons.addWidget(new)
        buttons.addWidget(save)
        form.addRow(buttons)
        box = QtWidgets.QGroupBox(tr("Volunteers", "Volunteer"))
        box.setLayout(form)
        return box

    def _lay_out(self) -> None:
        hours_box = QtWidgets.QGroupBox(tr("Volunteers", "Hours"))
        column = QtWidgets.QVBoxLayout(hours_box)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.month, 1)
        thanks = QtWidgets.QPushButton(tr("Volunteers", "Thank-you PDF"))
        thanks.clicked.connect(self.thank_you)
        row.addWidget(thanks)
        column.addLayout(row)
        column.addWidget(self.hours, 1)
        entry = QtWidgets.QHBoxLayout()
        self.minutes = QtWidgets.QSpinBox(minimum=5, maximum=600, singleStep=15, value=60)
        self.minutes.setSuffix(tr("Volunteers", " min"))
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText(tr("Volunteers", "what for (optional)"))
        add_time = QtWidgets.QPushButton(tr("Volunteers", "Add time"))
        add_time.clicked.connect(self.add_time)
        entry.addWidget(self.minutes)
        entry.addWidget(self.note, 1)
        entry.addWidget(add_time)
        column.addLayout(entry)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self._form())
        right.addWidget(hours_box, 1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(right, 1)

    def refresh(self) -> None:
        if self.month.count() == 0:
            fill_combo(self.month, [(m, m) for m in last_months(self.session.ctx.now().date())], keep=False)
        ctx = self.session.ctx
        Op(lambda: roster(ctx, include_inactive=True), parent=self).success(self._show).run()
        self.load_hours()

    def _show(self, volunteers) -> None:
        self.volunteers = {v.gid: v for v in volunteers}
        set_rows(self.table, [[v.name, v.phone, v.account or "—", self._slots_text(v.availability)]
                              for v in volunteers], [v.gid for v in volunteers])

    @staticmethod
    def _slots_text(slots) -> str:
        return availability_text(slots)

    def load_hours(self) -> None:
        ctx, month = self.session.ctx, self.month.currentData()
        if month:
            Op(lambda: hours_by_month(ctx, month), parent=self).success(self._show_hours).run()

    def _show_hours(self, rows) -> None:
        set_rows(self.hours, [[r["name"], f"{r['minutes'] / 60:.1f}", r["runs"], r["stops"]] for r in rows],
                 [r["gid"] for r in rows])

    def _edit_selected(self) -> None:
        v = self.volunteers.get(selected_key(self.table))
        if v is None:
            return
        self.name.setText(v.name)
        self.phone.setText(v.phone if "*" not in v.phone else "")
        self.account.setText(v.account)
        for slot, box in self.slots.items():
            box.setChecked(slot in v.availability)

    def _clear(self) -> None:
        self.table.clearSelection()
        for field in (self.name, self.phone, self.account):
            field.clear()
        for box in self.slots.values():
            box.setChecked(False)
        self.name.setFocus()

    def save(self) -> None:
        gid = selected_key(self.table) if self.table.selectedItems() else None
        ctx = self.session.ctx
        values = (self.name.text(), self.phone.text(), self.account.text().strip())
        slots = [s for s, box in self.slots.items() if box.isChecked()]
        Op(lambda: save_volunteer(ctx, *values, None, slots, gid), parent=self).success(self._saved).run()

    def _saved(self, v) -> None:
        messages.bridge().info(tr("Volunteers", "Volunteer {name} saved.").format(name=v.name))
        self.refresh()

    def add_time(self) -> None:
        """Time entered by hand for the volunteer chosen in the hours list, dated today."""
        volunteer, ctx = selected_key(self.hours), self.session.ctx
        if not volunteer:
            messages.bridge().warning(tr("Volunteers", "Choose a volunteer in the hours list first."))
            return
        minutes, note = self.minutes.value(), self.note.text()
        Op(lambda: add_hours(ctx, volunteer, ctx.now().date(), minutes, note), parent=self).success(
            self._time_added).run()

    def _time_added(self, done: dict) -> None:
        messages.bridge().info(ntr("Volunteers", "1 minute entered for {volunteer}.",
                                   "{minutes} minutes entered for {volunteer}.", done["minutes"], **done))
        self.note.clear()
        self.load_hours()

    def thank_you(self) -> None:
        from station.delivery.thanks import write_thank_you  # reportlab loads when first printing

        volunteer, month, ctx = selected_key(self.hours), self.month.currentData(), self.session.ctx
        if not volunteer:
            messages.bridge().warning(tr("Volunteers", "Choose a volunteer in the hours list first."))
            return
        out = self.session.data_dir / "thanks" / f"{month}-{volunteer}.pdf"
        Op(lambda: write_thank_you(ctx, volunteer, month, out), parent=self).success(self._thanked).run()

    def _thanked(self, done: dict) -> None:
        messages.bridge().info(tr("Volunteers", "Thank-you summary written to {out}").format(out=done["out"]))
