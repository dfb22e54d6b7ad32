"""Small forms of the problem queue: report a problem, give a parcel to a resident, hand it back."""
from pathlib import Path

from station.i18n import ntr, tr
from station.parcels.problems import KINDS
from station.residents import find_residents
from ui import ops
from ui.qt import Qt, QtWidgets


class _Form(QtWidgets.QDialog):
    def __init__(self, parent, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QtWidgets.QFormLayout()
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)  # grows with large text


class ReportProblemDialog(_Form):
    def __init__(self, parent=None, tracking: str = "") -> None:
        super().__init__(parent, tr("Problems", "Report a problem parcel"))
        self.tracking = QtWidgets.QLineEdit(tracking, objectName="problemTracking")
        self.kind = QtWidgets.QComboBox(objectName="problemKind")
        for key, pair in KINDS.items():
            self.kind.addItem(tr(*pair), key)
        self.note = QtWidgets.QLineEdit(objectName="problemNote")
        self.photo = QtWidgets.QLineEdit(objectName="problemPhoto")
        self.photo.setPlaceholderText(tr("Problems", "Needed for a damaged parcel"))
        browse = QtWidgets.QPushButton(tr("Problems", "Choose photo…"))
        browse.clicked.connect(self._browse)
        photo_row = QtWidgets.QHBoxLayout()
        photo_row.addWidget(self.photo, 1)
        photo_row.addWidget(browse)
        self.form.addRow(tr("Problems", "Tracking number"), self.tracking)
        self.form.addRow(tr("Problems", "Problem"), self.kind)
        self.form.addRow(tr("Problems", "Note"), self.note)
        self.form.addRow(tr("Problems", "Photo"), photo_row)

    def _browse(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, tr("Problems", "Photo of the parcel"), str(Path.home()),
                                                        tr("Problems", "Photos (*.jpg *.jpeg *.png)"))
        if path:
            self.photo.setText(path)

    def values(self) -> dict:
        return {"tracking": self.tracking.text().strip(), "kind": self.kind.currentData(),
                "note": self.note.text().strip(), "photo": self.photo.text().strip() or None}


class ReassignDialog(_Form):
    """Find the right resident (phone, last 4 digits or name) and choose among same-name matches."""

    def __init__(self, session, tracking: str, parent=None) -> None:
        super().__init__(parent, tr("Problems", "Give parcel {tracking} to a resident").format(tracking=tracking))
        self.session = session
        self.query = QtWidgets.QLineEdit(objectName="residentQuery")
        self.query.setPlaceholderText(tr("Problems", "Phone, last 4 digits or full name, then Enter"))
        self.matches = QtWidgets.QListWidget(objectName="residentMatches")
        self.note = QtWidgets.QLineEdit(objectName="reassignNote")
        self.form.addRow(tr("Problems", "Resident"), self.query)
        self.form.addRow("", self.matches)
        self.form.addRow(tr("Problems", "Note"), self.note)
        self.query.returnPressed.connect(self.look_up)
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.matches.currentRowChanged.connect(
            lambda row: self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setEnabled(row >= 0))

    def look_up(self) -> None:
        ctx, text = self.session.ctx, self.query.text()
        ops.Op(lambda: find_residents(ctx, text)).success(self._show).run()

    def _show(self, residents) -> None:
        self.matches.clear()
        for r in residents:
            item = QtWidgets.QListWidgetItem(" · ".join(p for p in (r.name, r.group, f"****{r.phone_tail}") if p))
            item.setData(Qt.ItemDataRole.UserRole, r.gid)
            self.matches.addItem(item)
        if residents:
            self.matches.setCurrentRow(0)
        else:
            self.matches.addItem(tr("Problems", "No resident found."))
            self.matches.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def resident_gid(self) -> str:
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""


class ReturnDialog(_Form):
    def __init__(self, count: int, parent=None) -> None:
        super().__init__(parent, ntr("Problems", "Hand 1 parcel back to the courier",
                                     "Hand {count} parcels back to the courier", count))
        self.courier = QtWidgets.QLineEdit(objectName="courierName")
        self.courier.setPlaceholderText(tr("Problems", "e.g. 顺丰 王师傅"))
        self.note = QtWidgets.QLineEdit(objectName="returnNote")
        self.form.addRow(tr("Problems", "Courier"), self.courier)
        self.form.addRow(tr("Problems", "Note"), self.note)

    def values(self) -> tuple[str, str]:
        return self.courier.text().strip(), self.note.text().strip()
