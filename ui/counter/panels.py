"""What the counter shows below the scan field: a result, a question, a chooser, a handout.

None of these widgets takes keyboard focus: the scan field keeps it, and Up/Down/Enter typed there
drive the chooser and the handout. Mouse users can still click and tick.
"""
from station.i18n import N_, ntr, tr
from station.parcels.views import relation_name
from ui.qt import Qt, QtGui, QtWidgets

CARE_NAMES = {
    "elderly": N_("Counter", "elderly"), "mobility": N_("Counter", "walks with difficulty"),
    "vision": N_("Counter", "poor sight"), "hearing": N_("Counter", "hard of hearing"),
    "alone": N_("Counter", "lives alone"),
}


BIG_MAX_PT = 40.0  # the name and pickup code: 36 pt normal, 40 pt in large text (MIIT: largest step >= 30)


def scaled_font(factor: float, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont(QtWidgets.QApplication.font())
    font.setPointSizeF(max(font.pointSizeF(), 8.0) * factor)
    font.setBold(bold)
    return font


def label(factor: float = 1.0, bold: bool = False, name: str = "") -> QtWidgets.QLabel:
    widget = QtWidgets.QLabel(objectName=name, wordWrap=True)
    widget.setFont(scaled_font(factor, bold))
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def no_focus(*widgets: QtWidgets.QWidget) -> None:
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def care_text(care) -> str:
    return " / ".join(tr(*CARE_NAMES[c]) for c in care if c in CARE_NAMES)


def resident_line(resident) -> str:
    if resident is None:
        return tr("Counter", "(no resident)")
    parts = [resident.name, resident.group or tr("Counter", "no group"), f"****{resident.phone_tail}"]
    care = care_text(resident.care)
    return " · ".join(parts + ([care] if care else []))


class ResultPanel(QtWidgets.QWidget):
    """The last outcome's particulars in large type: whose parcel, its code and its shelf; `footer` (today's
    figures) below. What happened is said above it, in the verdict box; a refusal clears these."""

    def __init__(self, footer: QtWidgets.QWidget | None = None) -> None:
        super().__init__()
        self.name = label(3.0, True, "resultName")
        self.code = label(3.0, True, "resultCode")
        for big in (self.name, self.code):  # 36 pt in normal text, capped so large text still fits 768 px
            font = big.font()
            font.setPointSizeF(min(font.pointSizeF(), BIG_MAX_PT))
            big.setFont(font)
        self.detail = label(1.3, name="resultDetail")
        layout = QtWidgets.QVBoxLayout(self)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.name)
        row.addSpacing(self.name.fontMetrics().horizontalAdvance("M"))
        row.addWidget(self.code, 1)
        layout.addLayout(row)
        layout.addWidget(self.detail)
        if footer is not None:
            layout.addSpacing(self.detail.fontMetrics().height() // 2)
            layout.addWidget(footer)
        layout.addStretch(1)
        self.show_text("", "", "")

    def show_text(self, name: str, code: str, detail: str) -> None:
        self.name.setText(name)
        self.code.setText(code)
        self.detail.setText(detail)
        self.name.setVisible(bool(name))
        self.code.setVisible(bool(code))
        self.detail.setVisible(bool(detail))

    def clear(self) -> None:
        self.show_text("", "", "")


class PromptPanel(QtWidgets.QWidget):
    """A parcel waiting for its resident: type the phone tail (or phone, or name) and Enter."""

    def __init__(self) -> None:
        super().__init__()
        self.parcel = label(1.6, True, "promptParcel")
        self.question = label(1.6, name="promptQuestion")
        self.note = label(1.1, name="promptNote")
        layout = QtWidgets.QVBoxLayout(self)
        for widget in (self.parcel, self.question, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)

    def ask(self, carrier: str, tracking: str, batch: bool) -> None:
        self.parcel.setText(f"{carrier}  {tracking}")
        self.question.setText(tr("Counter", "Type the last 4 digits of the phone, then Enter.") if batch else
                              tr("Counter", "Who is it for? Type the phone number, its last 4 digits or the name, "
                                            "then Enter."))
        self.note.setText(tr("Counter", "Esc: put the parcel aside."))


class ChooserPanel(QtWidgets.QWidget):
    """Several residents match: a numbered list; type its number or use Up/Down, then Enter."""

    def __init__(self) -> None:
        super().__init__()
        self.title = label(1.4, True, "chooserTitle")
        self.list = QtWidgets.QListWidget(objectName="chooserList")
        self.list.setFont(scaled_font(1.4))
        self.hint = label(1.0)
        no_focus(self.list)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)

    def offer(self, title: str, lines: list[str]) -> None:
        self.title.setText(title)
        self.list.clear()
        for number, line in enumerate(lines, 1):
            self.list.addItem(f"{number}.  {line}")
        self.list.setCurrentRow(0)
        self.hint.setText(tr("Counter", "Type the number or use ↑ ↓, then Enter. Esc: cancel."))

    def move(self, step: int) -> None:
        count = self.list.count()
        if count:
            self.list.setCurrentRow((self.list.currentRow() + step) % count)

    def chosen(self) -> int:
        return self.list.currentRow()


class HandoutPanel(QtWidgets.QWidget):
    """One resident's waiting parcels, all ticked, and who takes them; Enter hands them out."""

    OTHER = "other"

    def __init__(self) -> None:
        super().__init__()
        self.name = label(3.0, True, "handoutName")
        self.who = label(1.3, name="handoutWho")
        self.parcels = QtWidgets.QListWidget(objectName="handoutParcels")
        self.parcels.setFont(scaled_font(1.4))
        self.receiver = QtWidgets.QComboBox(objectName="handoutReceiver")
        self.receiver.setFont(scaled_font(1.3))
        self.hint = label(1.0)
        no_focus(self.parcels, self.receiver)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(label(1.3), 0)
        row.itemAt(0).widget().setText(tr("Counter", "Taken by:"))
        row.addWidget(self.receiver, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.who)
        layout.addWidget(self.parcels, 1)
        layout.addLayout(row)
        layout.addWidget(self.hint)

    def show_waiting(self, match) -> None:
        resident = match.resident
        self.name.setText(resident.name if resident else "?")
        who = resident_line(resident) + " · " + ntr("Counter", "1 parcel waiting", "{count} parcels waiting",
                                                    len(match.parcels))
        if match.out_for_delivery:
            who += " · " + tr("Counter", "{n} more out for delivery: {codes}").format(
                n=len(match.out_for_delivery), codes=" ".join(p.pickup_code for p in match.out_for_delivery))
        self.who.setText(who)
        self.parcels.clear()
        for parcel in match.parcels:
            item = QtWidgets.QListWidgetItem(f"{parcel.pickup_code}   {parcel.carrier_name}   {parcel.tracking_no}")
            item.setData(Qt.ItemDataRole.UserRole, parcel.gid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.parcels.addItem(item)
        self.receiver.clear()
        self.receiver.addItem(tr("Counter", "{name} (self)").format(name=resident.name if resident else "?"), None)
        for delegate in match.delegates:
            self.receiver.addItem(tr("Counter", "{name} ({relation}, registered delegate)").format(
                name=delegate["name"], relation=relation_name(delegate["relation"])), delegate["gid"])
        self.receiver.addItem(tr("Counter", "Someone else…"), self.OTHER)
        self.hint.setText(tr("Counter", "Enter: hand out the ticked parcels. ↑ ↓: who takes them. Esc: cancel."))

    def checked_gids(self) -> list[str]:
        items = (self.parcels.item(i) for i in range(self.parcels.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def move_receiver(self, step: int) -> None:
        count = self.receiver.count()
        if count:
            self.receiver.setCurrentIndex((self.receiver.currentIndex() + step) % count)

    def receiver_choice(self):
        """None for the resident, a delegate gid, or OTHER."""
        return self.receiver.currentData()
