"""The outcome choice for a scanned delivery slip: one choice per outcome (keys 1-5, Enter records), a
delegate's name when someone else took the parcels. The dialog only collects the choice; the caller
records it in an Op."""
from station.delivery import OUTCOME_LABELS, Outcome
from station.i18n import join_list, tr
from station.parcels.carriers import carrier_name
from station.residents import CARE_LABELS
from ui.qt import Qt, QtGui, QtWidgets


class OutcomeDialog(QtWidgets.QDialog):
    def __init__(self, slip: dict, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.slip = slip
        self.setWindowTitle(tr("Delivery", "Delivery slip {code}").format(code=slip["slip_code"]))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._summary())
        self.buttons: dict[Outcome, QtWidgets.QRadioButton] = {}
        choices = QtWidgets.QGroupBox(tr("Delivery", "What happened at the door?"))
        column = QtWidgets.QVBoxLayout(choices)
        for number, outcome in enumerate(Outcome, start=1):
            button = QtWidgets.QRadioButton(f"{number}  {tr(*OUTCOME_LABELS[outcome])}")
            button.toggled.connect(self._update)
            QtGui.QShortcut(QtGui.QKeySequence(str(number)), self, button.click)
            self.buttons[outcome] = button
            column.addWidget(button)
        self.delegate = QtWidgets.QComboBox(editable=True)
        self.delegate.lineEdit().setPlaceholderText(tr("Delivery", "Who took the parcels?"))
        for d in slip.get("delegates", []):
            self.delegate.addItem(d["name"] + (f" ({d['relation']})" if d["relation"] else ""), d["name"])
        self.delegate.setCurrentIndex(-1)
        column.addWidget(self.delegate)
        self.note = QtWidgets.QLineEdit(placeholderText=tr("Delivery", "What was wrong with the goods?"))
        self.note.textChanged.connect(self._update)
        column.addWidget(self.note)
        layout.addWidget(choices)
        self.box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                              | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.box.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(tr("Delivery", "Record"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.buttons[Outcome.DELIVERED].setChecked(True)
        self._update()

    def _summary(self) -> QtWidgets.QWidget:
        s = self.slip
        name = QtWidgets.QLabel(s["name"], objectName="slipName")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        name.setFont(font)
        care = join_list(tr(*CARE_LABELS[c]) for c in s.get("care", []))
        lines = [tr("Delivery", "Run {run} · slip {code}").format(run=s.get("run_code", ""), code=s["slip_code"]),
                 " · ".join(v for v in (s.get("group"), s.get("address")) if v),
                 " — ".join(v for v in (care, s.get("care_notes", "")) if v),
                 tr("Delivery", "Parcels: {list}").format(list=", ".join(
                     f"{p['pickup_code']} {carrier_name(p['carrier'])}" for p in s.get("parcels", [])))]
        details = QtWidgets.QLabel("\n".join(line for line in lines if line), wordWrap=True)
        box = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(name)
        column.addWidget(details)
        return box

    def _update(self) -> None:
        delegate, problem = self.outcome() == Outcome.DELEGATE, self.outcome() == Outcome.DELIVERED_PROBLEM
        self.delegate.setEnabled(delegate)
        self.note.setEnabled(problem)
        ok = self.box.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled((not delegate or bool(self.delegate_name())) and (not problem or bool(self.note_text())))
        if problem:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        if delegate:
            self.delegate.setFocus(Qt.FocusReason.OtherFocusReason)

    def outcome(self) -> Outcome:
        return next(o for o, b in self.buttons.items() if b.isChecked()) if any(
            b.isChecked() for b in self.buttons.values()) else Outcome.DELIVERED

    def delegate_name(self) -> str:
        data = self.delegate.currentData()
        text = self.delegate.currentText().strip()
        if data and self.delegate.currentIndex() >= 0 and text == self.delegate.itemText(self.delegate.currentIndex()):
            return data
        return text

    def note_text(self) -> str:
        return self.note.text().strip() if self.outcome() == Outcome.DELIVERED_PROBLEM else ""

    def choose(self, outcome: Outcome, delegate: str = "") -> None:
        """Pick an outcome as the user would (tests, keyboard shortcuts)."""
        self.buttons[outcome].setChecked(True)
        if delegate:
            self.delegate.setEditText(delegate)
        self._update()
