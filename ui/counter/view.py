"""The counter below its scan field: the verdict, the panel for the current state and the session log.

`render` puts a state on screen and returns the line it adds to "This session" (or None); `refuse` says
a refusal in the verdict box and clears the previous result. Every answer replaces the verdict box's
words, so what is on screen is always the answer to the last scan. Nothing here decides anything, and
nothing takes focus (the scan field keeps it).
"""
from station.counter import feedback as fb
from station.counter import states as s
from station.i18n import N_, ntr, tr
from station.parcels.views import relation_name
from ui.counter.panels import (
    ChooserPanel,
    HandoutPanel,
    PromptPanel,
    ResultPanel,
    label,
    no_focus,
    resident_line,
)
from ui.counter.today import TodayPanel
from ui.counter.verdict import VerdictBox
from ui.qt import Qt, QtWidgets

# The panel each waiting state shows; every outcome shows the result panel.
MODES = {s.AskResident: "ask", s.NewResident: "ask", s.ChooseResident: "choose_intake",
         s.ChooseWaiting: "choose_handout", s.Handout: "handout"}
QUESTIONS = {  # the verdict box's words while the counter waits for an answer
    s.AskResident: N_("Counter", "Whose parcel is it?"),
    s.ChooseResident: N_("Counter", "Several residents match: choose one."),
    s.ChooseWaiting: N_("Counter", "Several residents match: choose one."),
    s.Handout: N_("Counter", "Check the parcels and who takes them, then Enter."),
    s.SlipScanned: N_("Counter", "A delivery slip: choose what happened at the door."),
}
WELCOME = N_("Counter", "Scan a tracking number to take a parcel in, or a pickup code, phone tail or name to "
                           "hand parcels out.")


class CounterView(QtWidgets.QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.today = TodayPanel()
        self.verdict = VerdictBox()
        self.result, self.prompt = ResultPanel(footer=self.today), PromptPanel()
        self.chooser, self.handout = ChooserPanel(), HandoutPanel()
        self.stack = QtWidgets.QStackedWidget()
        for panel in (self.result, self.prompt, self.chooser, self.handout):
            self.stack.addWidget(panel)
        self.log = QtWidgets.QListWidget(objectName="counterLog", wordWrap=True)
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        no_focus(self.log, self.stack)
        side = QtWidgets.QVBoxLayout()
        side.addWidget(label(1.0, True))
        side.itemAt(0).widget().setText(tr("Counter", "This session"))
        side.addWidget(self.log, 1)
        main = QtWidgets.QVBoxLayout()
        main.addWidget(self.verdict)
        main.addWidget(self.stack, 1)
        body = QtWidgets.QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(main, 3)
        body.addLayout(side, 1)
        self.ready(tr(*WELCOME))

    def ready(self, text: str) -> None:
        """Nothing pending: the verdict box says `text`, the result panel is empty."""
        self.say(fb.READY, text)
        self.result.clear()
        self.show_mode("idle")

    def say(self, verdict: str, detail: str, next_step: str = "") -> None:
        self.verdict.show_feedback(fb.Feedback(verdict, fb.headline(verdict), detail, next_step))

    def refuse(self, refusal: s.Refusal) -> None:
        """Nothing was done: why and what next, in the verdict box; an outcome shown before is cleared (a
        waiting question stays below, to be answered again)."""
        self.verdict.show_feedback(fb.refusal_feedback(refusal.error))
        if MODES.get(type(refusal.stay), "idle") == "idle":
            self.result.clear()
            self.show_mode("idle")

    def show_mode(self, mode: str) -> None:
        panel = {"ask": self.prompt, "choose_intake": self.chooser, "choose_handout": self.chooser,
                 "handout": self.handout}.get(mode, self.result)
        self.stack.setCurrentWidget(panel)

    def add_log(self, line: str | None) -> None:
        if line:
            self.log.insertItem(0, line)

    def render(self, state, batch: bool) -> str | None:
        """Show `state`; the log line it makes, if any."""
        draw = {s.Stored: self._stored, s.AskResident: lambda st: self._ask(st, batch),
                s.ChooseResident: self._choose_resident, s.ChooseWaiting: self._choose_waiting,
                s.Handout: self._handout, s.HandedOut: self._handed, s.Undone: self._undone,
                s.Said: lambda st: self.ready(st.message), s.NewResident: self._new_resident,
                s.SlipScanned: self._slip}.get(type(state))
        if type(state) in QUESTIONS:
            self.say(fb.CHOICE, tr(*QUESTIONS[type(state)]))
        line = draw(state) if draw else None
        self.show_mode(MODES.get(type(state), "idle"))
        return line

    def _slip(self, state: s.SlipScanned) -> None:
        slip = state.scan.data
        self.result.show_text(slip["name"], slip["slip_code"], state.scan.message)

    def _new_resident(self, state: s.NewResident) -> None:
        self.say(fb.CHOICE, tr("Counter", "Nobody matches {typed}: add the resident in the form.").format(
            typed=state.typed or "?"))
        self.prompt.ask(state.pending.carrier_name, state.pending.tracking, False)

    def _stored(self, state: s.Stored) -> str:
        result = state.result
        p = result.parcel
        detail = tr("Counter", "Shelf {shelf} · {carrier} {tracking}").format(shelf=p.shelf, carrier=p.carrier_name,
                                                                            tracking=p.tracking_no)
        if result.prealert_note is not None:
            detail += "\n" + tr("Counter", "Expected parcel (pre-alert): {note}").format(note=result.prealert_note)
        self.say(fb.SUCCESS, tr("Counter", "Put on the shelf"))
        self.result.show_text(p.resident_name, p.pickup_code, detail)
        return tr("Counter", "Taken in: {code}  {name}").format(code=p.pickup_code, name=p.resident_name)

    def _ask(self, state: s.AskResident, batch: bool) -> None:
        self.prompt.ask(state.pending.carrier_name, state.pending.tracking, batch)

    def _choose_resident(self, state: s.ChooseResident) -> None:
        self.chooser.offer(tr("Counter", "Several residents match. Whose parcel is {tracking}?").format(
            tracking=state.pending.tracking), [resident_line(r) for r in state.pending.candidates])

    def _choose_waiting(self, state: s.ChooseWaiting) -> None:
        lines = [resident_line(m.resident) + "  " + ntr("Counter", "1 parcel", "{count} parcels", len(m.parcels))
                 for m in state.lookup.matches]
        self.chooser.offer(tr("Counter", "Several residents match {query}. Who is it?").format(
            query=state.lookup.query), lines)

    def _handout(self, state: s.Handout) -> None:
        self.handout.show_waiting(state.match)

    def _handed(self, state: s.HandedOut) -> str:
        result = state.result
        codes = "  ".join(p.pickup_code for p in result.parcels)
        who = tr("Counter", "Taken by {name} ({relation})").format(name=result.receiver_name,
                                                                   relation=relation_name(result.receiver_relation))
        self.say(fb.SUCCESS, ntr("Counter", "Handed out 1 parcel", "Handed out {count} parcels", len(result.parcels)))
        self.result.show_text(result.resident.name if result.resident else "", codes, who)
        return tr("Counter", "Handed out: {codes} to {receiver}").format(codes=codes, receiver=result.receiver_name)

    def _undone(self, state: s.Undone) -> str:
        result = state.result
        codes = "  ".join(p.pickup_code for p in result.parcels)
        self.say(fb.SUCCESS, tr("Counter", "Handout undone: the parcels are back on the shelf"))
        self.result.show_text(result.resident.name if result.resident else "", codes, "")
        return tr("Counter", "Undone: {codes}").format(codes=codes)
