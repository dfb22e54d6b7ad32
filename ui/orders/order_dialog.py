"""The new-order form: resident, who consented and how (asked first), platform, merchant, items, payment,
expected tracking number. The dialog collects; the page saves it in an Op (a watch-list warning comes back
as a refusal, and saving again with the box ticked records it)."""
from station.i18n import N_, tr
from station.orders.orders import OrderIn, Payment
from ui.qt import QtWidgets

PAID_BY = (("resident_cash", N_("Orders", "Resident's cash, to staff")), ("family", N_("Orders", "Family, remotely")),
           ("own_account", N_("Orders", "Resident's own account")))


class OrderDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Orders", "New assisted order"))
        form = QtWidgets.QFormLayout(self)
        self.resident = QtWidgets.QLineEdit(placeholderText=tr("Orders", "the resident's full phone number"))
        self.consent_by = QtWidgets.QLineEdit(placeholderText=tr("Orders", "the resident or a registered delegate"))
        self.consent_how = QtWidgets.QComboBox()
        self.consent_how.addItem(tr("Orders", "in person"), "in_person")
        self.consent_how.addItem(tr("Orders", "by phone"), "phone")
        self.platform, self.merchant = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.items = QtWidgets.QPlainTextEdit(placeholderText=tr("Orders", "one item a line: name:quantity:price"))
        self.paid_by = QtWidgets.QComboBox()
        for key, label in PAID_BY:
            self.paid_by.addItem(tr(*label), key)
        self.payer_name, self.payer_phone = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.tracking = QtWidgets.QLineEdit(placeholderText=tr("Orders", "scan it when the merchant sends it"))
        self.arrival = QtWidgets.QLineEdit(objectName="expectedArrival")
        self.arrival.setPlaceholderText(tr("Orders", "YYYY-MM-DD, empty if the merchant has not said"))
        self.non_returnable = QtWidgets.QCheckBox(tr("Orders", "Confirmed non-returnable at purchase"))
        self.confirm_watch = QtWidgets.QCheckBox(tr("Orders", "Save although the merchant is on the watch list"))
        self.confirm_watch.hide()
        for label, widget in ((tr("Orders", "Resident"), self.resident), (tr("Orders", "Consent given by"),
                              self.consent_by), (tr("Orders", "Consent given"), self.consent_how),
                              (tr("Orders", "Platform"), self.platform), (tr("Orders", "Merchant"), self.merchant),
                              (tr("Orders", "Items"), self.items), (tr("Orders", "Paid by"), self.paid_by),
                              (tr("Orders", "Payer's name"), self.payer_name),
                              (tr("Orders", "Payer's phone"), self.payer_phone),
                              (tr("Orders", "Expected tracking number"), self.tracking),
                              (tr("Orders", "Expected arrival"), self.arrival)):
            form.addRow(label, widget)
        form.addRow(self.non_returnable)
        form.addRow(self.confirm_watch)
        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                         | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def order(self) -> OrderIn:
        """What was typed; station.orders checks it (parse errors become the same translated refusals)."""
        from station.orders.orders import parse_item

        items = [parse_item(line) for line in self.items.toPlainText().splitlines() if line.strip()]
        return OrderIn(self.resident.text(), self.platform.text(), self.merchant.text(),
                       items,
                       Payment(self.paid_by.currentData(), self.payer_name.text(), self.payer_phone.text()),
                       self.consent_by.text(), self.consent_how.currentData(), self.tracking.text(),
                       self.non_returnable.isChecked(), self.confirm_watch.isChecked(), self.arrival.text())

    def warn_watch(self, message: str) -> None:
        """The merchant is on the watch list: say so and let staff confirm before saving again."""
        self.confirm_watch.setText(message + "\n" + tr("Orders", "Save although the merchant is on the watch list"))
        self.confirm_watch.show()
