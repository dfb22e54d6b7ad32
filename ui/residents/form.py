"""Editing one resident: name, phone, village group, home landmark, care flags and care notes."""
from station.i18n import join_list, tr
from station.residents import (
    CARE_FLAGS,
    CARE_LABELS,
    add_resident,
    add_village_group,
    resident_detail,
    update_resident,
    village_groups,
)
from ui import messages
from ui.ops import Op
from ui.qt import QtWidgets, Signal


class ResidentForm(QtWidgets.QGroupBox):
    saved = Signal(str)  # resident gid

    def __init__(self, session) -> None:
        super().__init__(tr("Residents", "Resident"))
        self.session = session
        self.gid: str | None = None
        self.phone_visible = True
        self.name = QtWidgets.QLineEdit()
        self.phone = QtWidgets.QLineEdit()
        self.group = QtWidgets.QComboBox()
        self.address = QtWidgets.QLineEdit()
        self.address.setPlaceholderText(tr("Residents", "e.g. east of the old well, second gate"))
        self.housemates = QtWidgets.QLabel(wordWrap=True)
        self.care = {flag: QtWidgets.QCheckBox(tr(*CARE_LABELS[flag.removeprefix("care_")])) for flag in CARE_FLAGS}
        self.notes = QtWidgets.QPlainTextEdit()
        self.notes.setPlaceholderText(tr("Residents", "e.g. hard of hearing — knock loudly"))
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4)
        self.save_button = QtWidgets.QPushButton(tr("Residents", "Save"))
        self.save_button.clicked.connect(self.save)
        care_grid = QtWidgets.QGridLayout()
        for i, box in enumerate(self.care.values()):
            care_grid.addWidget(box, i // 2, i % 2)
        form = QtWidgets.QFormLayout(self)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Residents", "Name"), self.name)
        form.addRow(tr("Residents", "Phone"), self.phone)
        group_row = QtWidgets.QHBoxLayout()
        group_row.addWidget(self.group, 1)
        new_group = QtWidgets.QPushButton(tr("Residents", "New group…"))
        new_group.clicked.connect(self.new_group)
        group_row.addWidget(new_group)
        form.addRow(tr("Residents", "Village group"), group_row)
        form.addRow(tr("Residents", "Address (landmark)"), self.address)
        form.addRow("", self.housemates)
        form.addRow(tr("Residents", "Care"), care_grid)
        form.addRow(tr("Residents", "Care notes"), self.notes)
        form.addRow("", self.save_button)

    def set_groups(self, groups: list[dict]) -> None:
        current = self.group.currentData()
        self.group.clear()
        self.group.addItem(tr("Residents", "(none)"), None)
        for g in groups:
            self.group.addItem(g["name"], g["gid"])
        self.group.setCurrentIndex(max(0, self.group.findData(current)))

    def new_group(self) -> None:
        name, ok = QtWidgets.QInputDialog.getText(self, tr("Residents", "New village group"),
                                                  tr("Residents", "Name of the village group (e.g. 三组)"))
        if ok:
            ctx = self.session.ctx
            Op(lambda: (add_village_group(ctx, name), village_groups(ctx)), parent=self).success(
                self._group_added).run()

    def _group_added(self, result) -> None:
        added, groups = result
        self.set_groups(groups)
        self.group.setCurrentIndex(max(0, self.group.findData(added["gid"])))
        self.session.notify("residents")

    def load(self, gid: str | None) -> None:
        self.gid = gid
        if gid is None:
            self.show_detail(None)
            return
        ctx = self.session.ctx
        Op(lambda: resident_detail(ctx, gid), parent=self).success(self.show_detail).run()

    def show_detail(self, d: dict | None) -> None:
        d = d or {"name": "", "phone": "", "group": None, "address": "", "care_notes": "", "housemates": [],
                  "phone_visible": True}
        self.setTitle(tr("Residents", "Resident") if self.gid else tr("Residents", "New resident"))
        self.name.setText(d["name"])
        self.phone_visible = d["phone_visible"]
        self.phone.setText(d["phone"])
        self.phone.setReadOnly(not self.phone_visible)
        self.group.setCurrentIndex(max(0, self.group.findData(d["group"])))
        self.address.setText(d["address"])
        self.housemates.setText(tr("Residents", "Lives with: {names}").format(names=join_list(d["housemates"]))
                                if d["housemates"] else "")
        self.housemates.setVisible(bool(d["housemates"]))
        for flag, box in self.care.items():
            box.setChecked(bool(d.get(flag)))
        self.notes.setPlainText(d["care_notes"])

    def changes(self) -> dict:
        values = {"name": self.name.text(), "group_gid": self.group.currentData(), "address": self.address.text(),
                  "care_notes": self.notes.toPlainText(), **{f: b.isChecked() for f, b in self.care.items()}}
        if self.phone_visible:
            values["phone"] = self.phone.text()
        return values

    def save(self) -> None:
        ctx, gid, values = self.session.ctx, self.gid, self.changes()
        Op(lambda: _save(ctx, gid, values), parent=self).success(self._saved).run()

    def _saved(self, gid: str) -> None:
        self.gid = gid
        messages.bridge().info(tr("Residents", "Saved {name}.").format(name=self.name.text().strip()))
        self.saved.emit(gid)


def _save(ctx, gid: str | None, values: dict) -> str:
    if gid is None:
        rest = {k: v for k, v in values.items() if k not in ("name", "phone", "group_gid")}
        return add_resident(ctx, values["name"], values.get("phone", ""), values["group_gid"], **rest).gid
    update_resident(ctx, gid, **values)
    return gid
