"""The Counter page: scan-first intake and handout, keyboard and scanner alone.

A frame around station.counter.flow: the scan field always has the focus and forwards each scan and key
(text + Enter answers, Up/Down choose, Enter on an empty field confirms, Esc cancels); the flow decides
and acts on the ops worker and returns the next state, which the page renders. Scans that arrive while
an operation runs are queued and handled in order, so a fast scanner never loses one.
"""
import time

from station.counter import flow
from station.counter import states as s
from station.counter.feedback import verdict_of
from station.i18n import N_, tr
from station.parcels.today import today_figures
from station.residents import village_groups
from ui.counter.dialogs import NewResidentDialog, ProxyDialog
from ui.counter.panels import HandoutPanel, label, no_focus
from ui.counter.printing import CounterPrints
from ui.counter.scan_field import ScanField
from ui.counter.sounds import CounterSounds
from ui.counter.view import MODES, CounterView
from ui.flow import FlowLayout
from ui.ops import Op
from ui.pages import Page
from ui.qt import Qt, QtGui, QTimer, QtWidgets

# The scan field has the focus all the time: a thick ring says so (and shows when a dialog took it away).
FOCUS_QSS = """
QLineEdit { border: 2px solid #5F6B76; border-radius: 4px; padding: 4px; }
QLineEdit:focus { border: 4px solid #1565A0; }
"""


class CounterPage(Page, CounterPrints):
    SHORTCUTS = (  # shown by F1 (ui/help_panel.py)
        (N_("Help", "Scan / type + Enter"), N_("Help", "Take a parcel in (tracking number), hand out (pickup code, "
                                                      "phone tail or name), or record a delivery slip")),
        ("1 – 9 + Enter", N_("Help", "Choose that line when several residents match")),
        ("↑ ↓", N_("Help", "Move the choice; at a handout: who takes the parcels (self, delegate, someone else)")),
        ("Enter", N_("Help", "On an empty scan field: confirm (hand out the ticked parcels)")),
        ("Esc", N_("Help", "Cancel: put the parcel aside, or leave the handout")),
        ("F2", N_("Help", "Batch intake on / off (only phone tails are asked)")),
        ("F3", N_("Help", "Print the last parcel's shelf label")),
        ("F4", N_("Help", "Print the last handout's receipt")),
        ("Ctrl+Z", N_("Help", "Undo the last handout")),
    )
    def __init__(self, session, clock=time.monotonic) -> None:
        super().__init__(session)
        self.state = s.Idle()
        self.last_handout = None
        self.last_parcel = None
        self.open_prints = True  # open each PDF in the system viewer (tests switch it off)
        self.dialog: QtWidgets.QDialog | None = None
        self._busy = False
        self._queue: list[str] = []
        self.sounds = CounterSounds(self)
        self._build(clock)
        QtWidgets.QApplication.instance().focusChanged.connect(self._focus_changed)

    @property
    def mode(self) -> str:
        """idle, ask, choose_intake, choose_handout or handout: which question the counter is waiting on."""
        return MODES.get(type(self.state), "idle")

    # -- layout -------------------------------------------------------------------------------------
    def _build(self, clock) -> None:
        self.scan = ScanField(clock)
        self.scan.setFont(label(1.6).font())
        self.scan.setPlaceholderText(tr("Counter", "Scan or type here, then Enter"))
        self.notice = label(1.0, name="scanNotice")
        self.batch = QtWidgets.QCheckBox(tr("Counter", "Batch intake (F2)"), objectName="batchMode")
        self.undo_button = QtWidgets.QPushButton(tr("Counter", "Undo last handout (Ctrl+Z)"), enabled=False)
        self.label_button = QtWidgets.QPushButton(tr("Counter", "Print shelf label (F3)"), enabled=False)
        self.receipt_button = QtWidgets.QPushButton(tr("Counter", "Print receipt (F4)"), enabled=False)
        self.view = CounterView()
        self.scan.setStyleSheet(FOCUS_QSS)
        v = self.view
        self.today, self.result, self.prompt, self.chooser, self.handout = (v.today, v.result, v.prompt,
                                                                             v.chooser, v.handout)
        self.stack, self.log = v.stack, v.log
        no_focus(self.batch, self.undo_button, self.label_button, self.receipt_button, self.view)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(self.batch)
        buttons = FlowLayout(align=Qt.AlignmentFlag.AlignRight)
        buttons.addWidget(self.notice)
        buttons.addStretch(1)
        for button in (self.label_button, self.receipt_button, self.undo_button):
            buttons.addWidget(button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def _connect(self) -> None:
        self.scan.scanned.connect(self._scanned)
        self.scan.repeated.connect(lambda text: self._quiet(tr("Counter", "Scanned twice: {text} — ignored.")
                                                            .format(text=text)))
        self.scan.confirmed.connect(self._confirm)
        self.scan.moved.connect(self._move)
        self.scan.cancelled.connect(self._cancel)
        self.scan.undo_requested.connect(self.undo_last)
        self.undo_button.clicked.connect(self.undo_last)
        self.label_button.clicked.connect(self.print_label)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.batch.toggled.connect(lambda _on: self._refocus())
        for keys, slot in (("F3", self.print_label), ("F4", self.print_receipt), ("F2", self.batch.toggle),
                           ("Ctrl+Z", self.undo_last)):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self, slot)

    def refresh(self) -> None:
        """Today's figures, when the page is shown and after every counter action (session.notify)."""
        Op(lambda: today_figures(self.session.ctx), parent=self).success(self.today.show_figures).run()

    # -- focus ----------------------------------------------------------------------------------------
    def focus_default(self) -> None:
        self.scan.setFocus()

    def _focus_changed(self, _old, new) -> None:
        """Anything on this window but the scan field that takes focus gives it back (dialogs keep theirs)."""
        if new is None or new is self.scan or not self.isVisible() or self.dialog is not None:
            return
        if new.window() is self.window():
            QTimer.singleShot(0, self._refocus)

    def _refocus(self) -> None:
        if self.isVisible() and self.dialog is None:
            self.scan.setFocus()

    def _quiet(self, text: str) -> None:
        self.notice.setText(text)

    # -- scans: forwarded to the flow, one at a time ----------------------------------------------------
    def _scanned(self, text: str) -> None:
        self._quiet("")
        if self._busy:
            self._queue.append(text)
        else:
            self._handle(text)

    def _handle(self, text: str) -> None:
        state, ctx = self.state, self.session.ctx
        if flow.read(state, text) != flow.SCAN:
            self.scan.forget_last()  # an answer, not a scan: the same tail may follow for the next parcel
        aside = flow.put_aside(state, text)
        if aside:
            self._put_aside(aside)
        self._run(lambda: flow.step(ctx, state, text))

    def _run(self, work) -> None:
        self._busy = True
        Op(work, parent=self).success(self._finish).failure(self._failed).run()

    def _finish(self, state) -> None:
        self._busy = False
        self._show(state)
        self._next()

    def _failed(self, error: BaseException) -> None:
        self._finish(s.Refusal(error, self.state))

    def _next(self) -> None:
        self._refocus()
        if self._queue and not self._busy and self.dialog is None:
            self._handle(self._queue.pop(0))

    # -- states ---------------------------------------------------------------------------------------
    def _show(self, state) -> None:
        self.sounds.play(verdict_of(state))
        if isinstance(state, s.Refusal):
            self.scan.forget_last()
            self.view.refuse(state)
            return
        self.state = state
        self.view.add_log(self.view.render(state, self.batch.isChecked()))
        self._remember(state)
        if isinstance(state, s.SlipScanned):
            self._slip_scanned(state.scan)
        elif isinstance(state, s.NewResident):
            self._ask_new_resident(state)

    def _remember(self, state) -> None:
        """The last parcel (shelf label) and handout (receipt, undo) for the buttons; others are told."""
        if isinstance(state, s.Stored):
            self.last_parcel = state.result.parcel
            self.label_button.setEnabled(True)
        elif isinstance(state, s.HandedOut | s.Undone):
            self.last_handout = state.result if isinstance(state, s.HandedOut) else None
            self.undo_button.setEnabled(self.last_handout is not None)
            self.receipt_button.setEnabled(self.last_handout is not None)
        if isinstance(state, s.Stored | s.HandedOut | s.Undone | s.Said):
            self.session.notify("parcels")

    def _put_aside(self, tracking: str) -> None:
        self.view.add_log(tr("Counter", "Put aside (no resident): {tracking}").format(tracking=tracking))

    def _slip_scanned(self, result) -> None:
        """A volunteer's slip came back: the outcome choice opens; the scan field gets focus back after."""
        from ui.counter.slip import open_outcome

        self.dialog = open_outcome(self, result, self._dialog_closed)

    def _dialog_closed(self) -> None:
        self.dialog = None
        if isinstance(self.state, s.SlipScanned):  # closed without recording an outcome
            self._cancel()
        self.window().activateWindow()
        self._next()

    def _ask_new_resident(self, state: s.NewResident) -> None:
        dialog = NewResidentDialog(self, [], typed=state.typed, tracking=state.pending.tracking)
        ctx = self.session.ctx
        self._open_dialog(dialog, lambda d: self._run(lambda: flow.add_and_store(ctx, state, d.values())))
        Op(lambda: village_groups(ctx)).success(lambda groups: [dialog.group.addItem(g["name"], g["gid"])
                                                                for g in groups]).run()

    # -- keys from the scan field ---------------------------------------------------------------------
    def _confirm(self) -> None:
        if self._busy:
            return
        state, ctx = self.state, self.session.ctx
        if isinstance(state, s.Handout):
            self._hand_out(state)
        elif isinstance(state, s.CHOOSING):
            index = self.chooser.chosen()
            self._run(lambda: flow.guarded(state, lambda: flow.choose(ctx, state, index)))

    def _hand_out(self, state: s.Handout) -> None:
        gids, choice, ctx = self.handout.checked_gids(), self.handout.receiver_choice(), self.session.ctx
        if gids and choice == HandoutPanel.OTHER:
            name = state.match.resident.name if state.match.resident else "?"
            self._open_dialog(ProxyDialog(self, name), lambda d: self._run(
                lambda: flow.hand_over(ctx, state, gids, proxy=d.values())))
        else:
            self._run(lambda: flow.hand_over(ctx, state, gids, delegate_gid=choice))  # none ticked: refused

    def _move(self, step: int) -> None:
        if isinstance(self.state, s.CHOOSING):
            self.chooser.move(step)
        elif isinstance(self.state, s.Handout):
            self.handout.move_receiver(step)

    def _cancel(self) -> None:
        if isinstance(self.state, s.AskResident | s.NewResident):
            self._put_aside(self.state.pending.tracking)
        was_waiting = self.mode != "idle"
        self.state = s.Idle()
        if was_waiting:
            self.view.ready(tr("Counter", "Cancelled; nothing was changed."))

    def undo_last(self) -> None:
        if self.last_handout is not None:
            handout_id, ctx, state = self.last_handout.handout_id, self.session.ctx, self.state
            self._run(lambda: flow.undo(ctx, state, handout_id))

    def _open_dialog(self, dialog: QtWidgets.QDialog, on_accept) -> None:
        self.dialog = dialog

        def finished(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self.window().activateWindow()
            if code == QtWidgets.QDialog.DialogCode.Accepted:
                on_accept(dialog)
            else:
                self._cancel()
            self._next()

        dialog.finished.connect(finished)
        dialog.open()
