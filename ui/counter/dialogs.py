"""Small dialogs the counter opens: a new resident, an ad-hoc proxy. Enter accepts, Esc cancels.

They are as large as the counter (1.3× the app's text, as the sign-in dialog) and carry their title
inside, as a heading, since a window title is easy to miss (or not drawn at all over a full-screen
counter); a thick ring shows which field has the focus.
"""
from station.i18n import tr
from ui.counter.panels import CARE_NAMES, label
from ui.qt import QtWidgets

SCALE = 1.3


def _dialog_qss(name: str) -> str:
    points = max(16, round(QtWidgets.QApplication.font().pointSize() * SCALE))
    return (f"QDialog#{name}, QDialog#{name} * {{ font-size: {points}pt; }}\n"
            f"QDialog#{name} QLabel#formHeading {{ font-size: {round(points * 1.4)}pt; font-weight: bold; }}\n"
            f"QDialog#{name} *:focus {{ border: 3px solid #1565A0; }}")


class _Form(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget, title: str, name: str) -> None:
        super().__init__(parent, objectName=name)
        self.setWindowTitle(title)
        self.setStyleSheet(_dialog_qss(name))
        self.heading = label(1.0, True, "formHeading")
        self.heading.setText(title)
        self.form = QtWidgets.QFormLayout()
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class NewResidentDialog(_Form):
    """Add the resident a parcel is for, without leaving the counter. What was typed and matched nobody is
    carried over: a name into the name, digits into the phone (a tail with the cursor before it, so the
    first digits are typed in front)."""

    def __init__(self, parent: QtWidgets.QWidget, groups: list[dict], typed: str = "", tracking: str = "") -> None:
        super().__init__(parent, tr("Counter", "New resident"), "newResident")
        digits = typed.replace(" ", "")
        phone, name = (digits, "") if digits.isdigit() else ("", typed)
        self.why = label(1.0, name="newWhy")
        self.why.setText(_why_text(typed, tracking, phone))
        self.form.addRow(self.why)
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
        if phone and len(phone) < 11:
            self.phone.setCursorPosition(0)
        (self.phone if name else self.name).setFocus()

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "phone": self.phone.text().strip(),
                "group_gid": self.group.currentData(),
                **{key: box.isChecked() for key, box in self.care.items()}}


def _why_text(typed: str, tracking: str, phone: str) -> str:
    text = tr("Counter", "Nobody matches {typed}. Parcel {tracking} is for a new resident:").format(
        typed=typed or "?", tracking=tracking)
    if phone and len(phone) < 11:
        text += " " + tr("Counter", "the phone ends in {tail}; type its first digits in front.").format(tail=phone)
    return text


class ProxyDialog(_Form):
    """Someone not registered takes the parcels: their name and how they are related are recorded."""

    def __init__(self, parent: QtWidgets.QWidget, resident_name: str) -> None:
        super().__init__(parent, tr("Counter", "Taken by someone else"), "proxyForm")
        self.name = QtWidgets.QLineEdit(objectName="proxyName")
        self.relation = QtWidgets.QLineEdit(objectName="proxyRelation")
        self.relation.setPlaceholderText(tr("Counter", "e.g. daughter, neighbour"))
        self.form.addRow(QtWidgets.QLabel(tr("Counter", "For {name}").format(name=resident_name)))
        self.form.addRow(tr("Counter", "Receiver's name"), self.name)
        self.form.addRow(tr("Counter", "Relation"), self.relation)
        self.name.setFocus()

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.relation.text().strip()
