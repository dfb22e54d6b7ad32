"""The outgoing-parcel form (寄件), mirroring `station send add`: the sender by phone, whose registered name is
looked up (on the ops worker) so staff compare it with the ID card before ticking the real-name check
(实名收寄; no ID number is typed or stored), the recipient, the waybill's tracking number (the carrier is
suggested from it), the box opened and inspected (开箱验视), the fee paid in cash. The dialog collects; the
page saves it in an Op."""
from dataclasses import dataclass

from station.i18n import tr
from station.parcels.carriers import CARRIERS, recognise
from ui.ops import Op
from ui.qt import QtWidgets


@dataclass
class SendIn:
    sender: str
    carrier: str
    tracking: str
    fee_fen: int
    inspected: bool
    id_checked: bool
    recipient: str
    note: str


class SendDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget, ctx) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Orders", "Send a parcel"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 45)
        form = QtWidgets.QFormLayout(self)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sender = QtWidgets.QLineEdit(objectName="sendSender",
                                          placeholderText=tr("Orders", "the sender's full phone number"))
        self.sender.editingFinished.connect(self.look_up_sender)
        self.sender_name = QtWidgets.QLabel(objectName="sendSenderName", wordWrap=True)
        self.sender_name.setStyleSheet("font-weight: bold")
        self.id_checked = QtWidgets.QCheckBox(
            tr("Orders", "I saw the sender's ID card and the name matches (实名收寄)"), objectName="sendIdChecked")
        self.id_warning = QtWidgets.QLabel(tr("Orders", "Not ticked: the parcel is saved marked \"ID not seen\" on "
                                                        "the courier's list."), objectName="sendIdWarning",
                                           wordWrap=True)
        self.id_checked.toggled.connect(lambda on: self.id_warning.setVisible(not on))
        self.recipient = QtWidgets.QLineEdit(objectName="sendRecipient",
                                             placeholderText=tr("Orders", "name and place, as on the waybill"))
        self.tracking = QtWidgets.QLineEdit(objectName="sendTracking",
                                            placeholderText=tr("Orders", "scan the waybill"))
        self.tracking.editingFinished.connect(self.suggest_carrier)
        self.carrier = QtWidgets.QComboBox(objectName="sendCarrier", editable=True)
        self.carrier.addItems([""] + [c.name for c in CARRIERS])
        self.inspected = QtWidgets.QCheckBox(tr("Orders", "Box opened and inspected (开箱验视)"),
                                             objectName="sendInspected")
        self.fee = QtWidgets.QLineEdit(objectName="sendFee", placeholderText=tr("Orders", "yuan, paid in cash"))
        self.note = QtWidgets.QLineEdit(objectName="sendNote")
        for label, widget in ((tr("Orders", "Sender"), self.sender), ("", self.sender_name),
                              ("", self.id_checked), ("", self.id_warning),
                              (tr("Orders", "Recipient"), self.recipient),
                              (tr("Orders", "Tracking number"), self.tracking), (tr("Orders", "Carrier"), self.carrier),
                              ("", self.inspected), (tr("Orders", "Fee"), self.fee), (tr("Orders", "Note"), self.note)):
            form.addRow(label, widget)
        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                         | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def look_up_sender(self) -> None:
        """Show the registered name for the phone typed, for comparing with the ID card."""
        from station.orders.send import sender_of

        phone, ctx = self.sender.text().strip(), self.ctx
        if not phone:
            self.sender_name.clear()
            return
        Op(lambda: sender_of(ctx, phone), parent=self).success(self._show_sender).failure(self._no_sender).run()

    def _show_sender(self, found) -> None:
        self.sender_name.setText(tr("Orders", "{name} ({phone}): compare with the ID card").format(
            name=found.name, phone=found.phone))

    def _no_sender(self, exc) -> None:
        self.sender_name.setText(exc.message() if hasattr(exc, "message") else str(exc))

    def suggest_carrier(self) -> None:
        carrier = recognise(self.tracking.text())
        if carrier is not None and not self.carrier.currentText().strip():
            self.carrier.setCurrentText(carrier.name)

    def values(self) -> SendIn:
        """What was typed; the fee is parsed here (a bad amount is the station's own translated refusal)."""
        from station.orders.money import parse_yuan

        return SendIn(self.sender.text(), self.carrier.currentText(), self.tracking.text(), parse_yuan(self.fee.text()),
                      self.inspected.isChecked(), self.id_checked.isChecked(), self.recipient.text(), self.note.text())
