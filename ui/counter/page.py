"""The Counter page: scan-first intake and handout, keyboard and scanner alone.

The scan field always has the focus; every flow (asking whose parcel it is, choosing between
residents of the same name, handing out) is driven from it: text + Enter answers, Up/Down choose,
Enter on an empty field confirms, Esc cancels. Scans that arrive while an operation runs are queued
and handled in order, so a fast scanner never loses one.
"""
import time

from station.i18n import tr
from station.parcels.carriers import looks_like_tracking
from station.parcels.handout import hand_out, is_pickup_code, undo_handout
from station.parcels.intake import CHOOSE, NEED_RESIDENT, NO_MATCH, STORED, intake
from station.parcels.today import today_figures
from station.parcels.views import SELF_RELATION, relation_name
from station.residents import add_resident, village_groups
from station.scan import route
from ui import messages
from ui.counter.dialogs import NewResidentDialog, ProxyDialog
from ui.counter.panels import ChooserPanel, HandoutPanel, PromptPanel, ResultPanel, label, no_focus, resident_line
from ui.counter.scan_field import ScanField
from ui.counter.today import TodayPanel
from ui.ops import Op, show_error
from ui.pages import Page
from ui.qt import Qt, QtCore, QtGui, QTimer, QtWidgets

IDLE, ASK, CHOOSE_INTAKE, CHOOSE_HANDOUT, HANDOUT = "idle", "ask", "choose_intake", "choose_handout", "handout"


def _phone_like(text: str) -> bool:
    return text.isdigit() and len(text) in (4, 11)


class CounterPage(Page):
    def __init__(self, session, clock=time.monotonic) -> None:
        super().__init__(session)
        self.mode = IDLE
        self.pending = None  # IntakeResult waiting for its resident
        self.lookup = None  # WaitingLookup being chosen from / handed out
        self.match = None  # ResidentWaiting being handed out
        self.last_handout = None
        self.last_parcel = None
        self.last_print = None  # the path of the last PDF printed from here
        self.open_prints = True  # open each PDF in the system viewer (tests switch it off)
        self.dialog: QtWidgets.QDialog | None = None
        self._busy = False
        self._answer = ""
        self._queue: list[str] = []
        self._build(clock)
        QtWidgets.QApplication.instance().focusChanged.connect(self._focus_changed)

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
        self.today = TodayPanel()
        self.result, self.prompt = ResultPanel(footer=self.today), PromptPanel()
        self.chooser, self.handout = ChooserPanel(), HandoutPanel()
        self.stack = QtWidgets.QStackedWidget()
        for panel in (self.result, self.prompt, self.chooser, self.handout):
            self.stack.addWidget(panel)
        self.log = QtWidgets.QListWidget(objectName="counterLog", wordWrap=True)
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        no_focus(self.batch, self.undo_button, self.label_button, self.receipt_button, self.log, self.stack)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(self.batch)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.label_button)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.undo_button)
        side = QtWidgets.QVBoxLayout()
        side.addWidget(label(1.0, True))
        side.itemAt(0).widget().setText(tr("Counter", "This session"))
        side.addWidget(self.log, 1)
        body = QtWidgets.QHBoxLayout()
        body.addWidget(self.stack, 3)
        body.addLayout(side, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)

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
        QtGui.QShortcut(QtGui.QKeySequence("F3"), self, self.print_label)
        QtGui.QShortcut(QtGui.QKeySequence("F4"), self, self.print_receipt)
        self.batch.toggled.connect(lambda _on: self._refocus())
        QtGui.QShortcut(QtGui.QKeySequence("F2"), self, self.batch.toggle)
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+Z"), self, self.undo_last)

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

    # -- scans ----------------------------------------------------------------------------------------
    def _scanned(self, text: str) -> None:
        self._quiet("")
        if self._busy:
            self._queue.append(text)
        else:
            self._handle(text)

    def _handle(self, text: str) -> None:
        from station.delivery.slipauth import looks_like_slip  # loaded with the router at the first scan

        new_scan = (is_pickup_code(text) or looks_like_slip(text)
                    or (looks_like_tracking(text) and not _phone_like(text)))
        if self.mode == ASK and not new_scan:
            digits = text.replace(" ", "")
            self._answer = text
            self.scan.forget_last()  # an answer, not a scan: the same tail may follow for the next parcel
            who = {"phone": digits} if digits.isdigit() else {"name": text}
            self._run(lambda: intake(self.session.ctx, self.pending.tracking, **who), self._intake_done)
        elif self.mode in (CHOOSE_INTAKE, CHOOSE_HANDOUT) and text.isdigit() and len(text) == 1:
            self.scan.forget_last()
            self._choose(int(text) - 1)
        else:
            if self.mode == ASK:
                self._log(tr("Counter", "Put aside (no resident): {tracking}").format(tracking=self.pending.tracking))
            self._run(lambda: route(self.session.ctx, text), self._routed)

    def _run(self, fn, done) -> None:
        self._busy = True
        Op(fn, parent=self).success(lambda result: self._finish(done, result)).failure(self._failed).run()

    def _finish(self, done, result) -> None:
        self._busy = False
        done(result)
        self._next()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.scan.forget_last()
        show_error(error)
        self._next()

    def _next(self) -> None:
        self._refocus()
        if self._queue and not self._busy and self.dialog is None:
            self._handle(self._queue.pop(0))

    def _routed(self, result) -> None:
        if result.data.get("needs_outcome"):
            self._slip_scanned(result)
        elif "intake" in result.data:
            self._intake_done(result.data["intake"])
        elif "lookup" in result.data:
            self._lookup_done(result.data["lookup"])
        else:
            self._set_mode(IDLE)
            self.result.show_text(result.message, "", "", "")
            self.session.notify("parcels")

    # -- delivery slips -------------------------------------------------------------------------------
    def _slip_scanned(self, result) -> None:
        """A volunteer's slip came back: the outcome choice opens; the scan field gets focus back after."""
        from ui.delivery import open_slip_outcome

        self._set_mode(IDLE)
        slip = result.data
        self.result.show_text(result.message, slip["name"], slip["slip_code"], "")
        dialog = open_slip_outcome(self, self.session, result, on_recorded=lambda done: self._slip_recorded(slip, done))
        self.dialog = dialog

        def finished(_code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self.window().activateWindow()
            self._next()

        dialog.finished.connect(finished)

    def _slip_recorded(self, slip: dict, done: dict) -> None:
        from station.delivery.scanning import outcome_message

        codes = "  ".join(p["pickup_code"] for p in slip.get("parcels", []))
        self.result.show_text(tr("Counter", "Delivery slip recorded"), slip["name"], codes, outcome_message(done))
        self._log(tr("Counter", "Slip {code}: {name}").format(code=done["slip"], name=slip["name"]))

    # -- intake ---------------------------------------------------------------------------------------
    def _intake_done(self, result) -> None:
        if result.outcome == STORED:
            self._stored(result)
        elif result.outcome == NEED_RESIDENT:
            self.pending = result
            self.prompt.ask(result.carrier_name, result.tracking, self.batch.isChecked())
            self._set_mode(ASK)
        elif result.outcome == CHOOSE:
            self.pending = result
            self.chooser.offer(tr("Counter", "Several residents match. Whose parcel is {tracking}?").format(
                tracking=result.tracking), [resident_line(r) for r in result.candidates])
            self._set_mode(CHOOSE_INTAKE)
        elif result.outcome == NO_MATCH:
            self.pending = result
            self._ask_new_resident()

    def _stored(self, result) -> None:
        p = result.parcel
        self.last_parcel, self.pending = p, None
        detail = tr("Counter", "Shelf {shelf} · {carrier} {tracking}").format(shelf=p.shelf, carrier=p.carrier_name,
                                                                            tracking=p.tracking_no)
        if result.prealert_note is not None:
            detail += "\n" + tr("Counter", "Expected parcel (pre-alert): {note}").format(note=result.prealert_note)
        self.result.show_text(tr("Counter", "Put on the shelf"), p.resident_name, p.pickup_code, detail)
        self.label_button.setEnabled(True)
        self._log(f"+ {p.pickup_code}  {p.resident_name}")
        self._set_mode(IDLE)
        self.session.notify("parcels")

    def _ask_new_resident(self) -> None:
        answer = self._answer
        phone = answer if answer.isdigit() and len(answer) == 11 else ""
        name = "" if answer.isdigit() else answer
        dialog = NewResidentDialog(self, [], phone=phone, name=name)
        self._open_dialog(dialog, self._new_resident_accepted)
        Op(lambda: village_groups(self.session.ctx)).success(lambda groups: self._fill_groups(dialog, groups)).run()

    def _fill_groups(self, dialog: NewResidentDialog, groups: list[dict]) -> None:
        for group in groups:
            dialog.group.addItem(group["name"], group["gid"])

    def _new_resident_accepted(self, dialog: NewResidentDialog) -> None:
        values, tracking, ctx = dialog.values(), self.pending.tracking, self.session.ctx

        def work():
            resident = add_resident(ctx, values.pop("name"), values.pop("phone"), values.pop("group_gid"), **values)
            return intake(ctx, tracking, resident_gid=resident.gid)

        self._run(work, self._intake_done)

    # -- handout --------------------------------------------------------------------------------------
    def _lookup_done(self, lookup) -> None:
        self.lookup = lookup
        if len(lookup.matches) == 1:
            self._show_handout(lookup.matches[0])
            return
        lines = [resident_line(m.resident) + "  " + tr("Counter", "{n} parcels").format(n=len(m.parcels))
                 for m in lookup.matches]
        self.chooser.offer(tr("Counter", "Several residents match {query}. Who is it?").format(query=lookup.query),
                           lines)
        self._set_mode(CHOOSE_HANDOUT)

    def _show_handout(self, match) -> None:
        self.match = match
        self.handout.show_waiting(match)
        self._set_mode(HANDOUT)

    def _hand_out(self) -> None:
        gids = self.handout.checked_gids()
        if not gids:
            messages.bridge().warning(tr("Counter", "Tick at least one parcel to hand out."))
            return
        choice, ctx = self.handout.receiver_choice(), self.session.ctx
        if choice == HandoutPanel.OTHER:
            name = self.match.resident.name if self.match.resident else "?"
            self._open_dialog(ProxyDialog(self, name), lambda d: self._run(
                lambda: hand_out(ctx, gids, *d.values()), self._handed))
        elif choice is None:
            self._run(lambda: hand_out(ctx, gids, "", SELF_RELATION), self._handed)
        else:
            self._run(lambda: hand_out(ctx, gids, delegate_gid=choice), self._handed)

    def _handed(self, result) -> None:
        self.last_handout = result
        codes = "  ".join(p.pickup_code for p in result.parcels)
        who = tr("Counter", "Taken by {name} ({relation})").format(name=result.receiver_name,
                                                                   relation=relation_name(result.receiver_relation))
        self.result.show_text(tr("Counter", "Handed out {n} parcels").format(n=len(result.parcels)),
                              result.resident.name if result.resident else "", codes, who)
        self.undo_button.setEnabled(True)
        self.receipt_button.setEnabled(True)
        self._log(f"- {result.receiver_name}: {codes}")
        self._set_mode(IDLE)
        self.session.notify("parcels")

    def undo_last(self) -> None:
        if self.last_handout is None:
            return
        handout_id, ctx = self.last_handout.handout_id, self.session.ctx
        self._run(lambda: undo_handout(ctx, handout_id), self._undone)

    def _undone(self, result) -> None:
        self.last_handout = None
        self.undo_button.setEnabled(False)
        self.receipt_button.setEnabled(False)
        codes = "  ".join(p.pickup_code for p in result.parcels)
        self.result.show_text(tr("Counter", "Handout undone: the parcels are back on the shelf"),
                              result.resident.name if result.resident else "", codes, "")
        self._log(tr("Counter", "Undone: {codes}").format(codes=codes))
        self.session.notify("parcels")

    # -- keys from the scan field ---------------------------------------------------------------------
    def _choose(self, index: int) -> None:
        if self.mode == CHOOSE_INTAKE and 0 <= index < len(self.pending.candidates):
            gid, tracking = self.pending.candidates[index].gid, self.pending.tracking
            self._run(lambda: intake(self.session.ctx, tracking, resident_gid=gid), self._intake_done)
        elif self.mode == CHOOSE_HANDOUT and 0 <= index < len(self.lookup.matches):
            self._show_handout(self.lookup.matches[index])

    def _confirm(self) -> None:
        if self._busy:
            return
        if self.mode == HANDOUT:
            self._hand_out()
        elif self.mode in (CHOOSE_INTAKE, CHOOSE_HANDOUT):
            self._choose(self.chooser.chosen())

    def _move(self, step: int) -> None:
        if self.mode in (CHOOSE_INTAKE, CHOOSE_HANDOUT):
            self.chooser.move(step)
        elif self.mode == HANDOUT:
            self.handout.move_receiver(step)

    def _cancel(self) -> None:
        if self.mode == ASK and self.pending is not None:
            self._log(tr("Counter", "Put aside (no resident): {tracking}").format(tracking=self.pending.tracking))
        self.pending = self.lookup = self.match = None
        self._set_mode(IDLE)

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        panel = {IDLE: self.result, ASK: self.prompt, CHOOSE_INTAKE: self.chooser, CHOOSE_HANDOUT: self.chooser,
                 HANDOUT: self.handout}[mode]
        self.stack.setCurrentWidget(panel)

    def _log(self, line: str) -> None:
        self.log.insertItem(0, line)

    # -- dialogs and printing -------------------------------------------------------------------------
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

    def print_label(self) -> None:
        """The last stored parcel's shelf label, written to prints/ and opened (or its path shown)."""
        parcel = self.last_parcel
        if parcel is None:
            return

        def work():
            from station.parcels.labels import shelf_label_pdf
            return shelf_label_pdf([parcel.gid], self._prints_dir() / f"label-{parcel.pickup_code}.pdf")

        self._print(work, tr("Counter", "Shelf label saved: {path}"))

    def print_receipt(self) -> None:
        """A receipt for the last handout (while it stands), written to prints/ and opened."""
        handout = self.last_handout
        if handout is None:
            return

        def work():
            from station.parcels.receipts import receipt_pdf
            return receipt_pdf(handout, self._prints_dir() / f"receipt-{handout.handout_id}.pdf")

        self._print(work, tr("Counter", "Receipt saved: {path}"))

    def _prints_dir(self):
        return self.session.data_dir / "prints"

    def _print(self, work, saved: str) -> None:
        self.last_print = None

        def done(path) -> None:
            self.last_print = path
            messages.bridge().info(saved.format(path=path))
            if self.open_prints:
                QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))

        Op(work, parent=self).success(done).run()
