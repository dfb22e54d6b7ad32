"""The return form: the items one return may cover — the chosen order's and the same resident's other received
orders from the same merchant (station.orders.return_items.return_candidates) — each ticked or not, with its
own window; then the reason, what the resident wants, and whether it is a 7-day no-reason return. The
service checks each item's window and exceptions; the dialog only collects."""
from dataclasses import dataclass

from station.i18n import ntr, tr
from station.orders.money import yuan
from station.orders.return_items import ItemPick
from station.orders.returns import OUTCOMES, REASONS
from station.orders.window import exception_name
from ui.qt import Qt, QtWidgets
from ui.tables import checked_keys, make_table, set_rows


@dataclass
class ReturnIn:
    order_ids: list[str]
    picks: list[ItemPick]
    reason: str
    no_reason: bool
    outcome: str


def _combo(choices: dict, name: str) -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox(objectName=name)
    for key, pair in choices.items():
        combo.addItem(tr(*pair), key)
    return combo


class ReturnDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget, candidates: list[dict]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Orders", "Start a return"))
        self.candidates = {f"{c['order_id']}:{c['number']}": c for c in candidates}
        column = QtWidgets.QVBoxLayout(self)
        column.addWidget(QtWidgets.QLabel(tr("Orders", "Tick the items to return (orders of one resident and one "
                                                       "merchant may go in one return):"), wordWrap=True))
        self.items = make_table([tr("Orders", "Item"), tr("Orders", "Quantity"), tr("Orders", "Amount"),
                                 tr("Orders", "Window ends"), tr("Orders", "Order"), tr("Orders", "Not returnable")],
                                checkable=True)
        self.items.setObjectName("returnItems")
        set_rows(self.items, [self._row(c) for c in candidates], list(self.candidates))
        for r, c in enumerate(candidates):  # the chosen order's items start ticked
            if c["this_order"]:
                self.items.item(r, 0).setCheckState(Qt.CheckState.Checked)
        column.addWidget(self.items, 1)
        wide = self.items.horizontalHeader().length() + 2 * self.items.frameWidth() + 90
        self.setMinimumWidth(min(wide, 1300))  # every column readable, within a 1366-pixel screen
        form = QtWidgets.QFormLayout()
        self.reason, self.outcome = _combo(REASONS, "returnReason"), _combo(OUTCOMES, "returnOutcome")
        self.no_reason = QtWidgets.QCheckBox(tr("Orders", "7-day no-reason return (otherwise a quality complaint)"),
                                             objectName="returnNoReason")
        self.reason.currentIndexChanged.connect(self._reason_changed)
        form.addRow(tr("Orders", "Reason"), self.reason)
        form.addRow(tr("Orders", "What the resident wants"), self.outcome)
        form.addRow(self.no_reason)
        column.addLayout(form)
        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                         | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        column.addWidget(box)
        self._reason_changed()

    def _row(self, c: dict) -> list[str]:
        excepted = exception_name(c["exception"]) if c["exception"] else ""
        if c["non_returnable"]:
            excepted = excepted or tr("Orders", "Confirmed non-returnable at purchase")
        days = ntr("Orders", "{day} (1 day left)", "{day} ({count} days left)", c["days_left"], day=c["window_ends"]) \
            if c["days_left"] >= 0 else tr("Orders", "{day} (closed)").format(day=c["window_ends"])
        return [c["name"], str(c["quantity"]), f"¥{yuan(c['quantity'] * c['unit_price_fen'])}", days,
                c["order_id"][-6:], excepted]

    def _reason_changed(self) -> None:
        changed_mind = self.reason.currentData() == "changed_mind"
        if changed_mind:
            self.no_reason.setChecked(True)
        self.no_reason.setEnabled(not changed_mind)

    def values(self) -> ReturnIn:
        chosen = [self.candidates[key] for key in checked_keys(self.items)]
        orders = list(dict.fromkeys(c["order_id"] for c in chosen))
        picks = [ItemPick(c["order_id"], str(c["number"])) for c in chosen]
        return ReturnIn(orders, picks, self.reason.currentData(), self.no_reason.isChecked(),
                        self.outcome.currentData())
