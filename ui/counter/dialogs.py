"""Small dialogs the counter opens: a new resident, an ad-hoc proxy. Enter accepts, Esc cancels."""
from station.i18n import tr
from ui.counter.panels import CARE_NAMES
from ui.qt import QtWidgets


class _Form(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QtWidgets.QFormLayout()
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class NewResidentDialog(_Form):
    """Add the resident a parcel is for, without leaving the counter."""

    def __init__(self, parent: QtWidgets.QWidget, groups: list[dict], phone: str = "", name: str = "") -> None:
        super().__init__(parent, tr("Counter", "New resident"))
        self.name = QtWidgets.QLineEdit(name, objectName="newName")
        self.phone = QtWidgets.QLineEdit(phone, objectName="newPhone")
        self.group = QtWidgets.QComboBox(objectName="newGroup")
        self.group.addItem(tr("Counter", "(no group)"), None)
        for group in groups:
            self.group.addItem(group["name"], group["gid"])
        self.care = {}
        care_row = QtWidgets.QHBoxLayout()
        for key, pair in CARE_NAMES.items():
            box = QtWidgets.QCheckBox(tr(*pair))
            self.care[f"care_{key}"] = box
            care_row.addWidget(box)
        self.form.addRow(tr("Counter", "Name"), self.name)
        self.form.addRow(tr("Counter", "Mobile number"), self.phone)
        self.form.addRow(tr("Counter", "Village group"), self.group)
        self.form.addRow(tr("Counter", "Needs"), care_row)
        (self.phone if name and not phone else self.name).setFocus()

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "phone": self.phone.text().strip(),
                "group_gid": self.group.currentData(),
                **{key: box.isChecked() for key, box in self.care.items()}}


class ProxyDialog(_Form):
    """Someone not registered takes the parcels: their name and how they are related are recorded."""

    def __init__(self, parent: QtWidgets.QWidget, resident_name: str) -> None:
        super().__init__(parent, tr("Counter", "Taken by someone else"))
        self.name = QtWidgets.QLineEdit(objectName="proxyName")
        self.relation = QtWidgets.QLineEdit(objectName="proxyRelation")
        self.relation.setPlaceholderText(tr("Counter", "e.g. daughter, neighbour"))
        self.form.addRow(QtWidgets.QLabel(tr("Counter", "For {name}").format(name=resident_name)))
        self.form.addRow(tr("Counter", "Receiver's name"), self.name)
        self.form.addRow(tr("Counter", "Relation"), self.relation)
        self.name.setFocus()

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.relation.text().strip()
