"""One case: its facts, deadlines (with provisional ones marked), timeline and evidence, and a hash check."""
from functools import partial
from pathlib import Path

from station.cases import CATEGORIES, entry_label, label
from station.cases.clocks import CLOCK_LABELS, CLOCK_SHORT, STATUS_LABELS
from station.cases.evidence import add_evidence, verify_case
from station.cases.views import show_case
from station.i18n import ntr, tr
from ui.cases import forms
from ui.flow import FlowLayout
from ui.ops import Op
from ui.qt import QtWidgets
from ui.tables import make_table, set_rows


def due_text(clock: dict) -> str:
    if clock["due"] is None:
        return tr("Cases", "(paused)")
    if clock["provisional"]:
        return tr("Cases", "{due}? (no {year} calendar yet)").format(due=clock["due"], year=clock["missing_year"])
    return clock["due"]


class CaseView(QtWidgets.QWidget):
    def __init__(self, session) -> None:
        super().__init__()
        self.session, self.number = session, None
        self.header = QtWidgets.QLabel(tr("Cases", "Choose a case in the list."), objectName="caseHeader",
                                       wordWrap=True)
        self.clocks = make_table([tr("Cases", "Deadline"), tr("Cases", "Start"), tr("Cases", "Due"),
                                  tr("Cases", "Status")])
        self.timeline = make_table([tr("Cases", "Day"), tr("Cases", "Action"), tr("Cases", "Notes"),
                                    tr("Cases", "By")])
        self.evidence = make_table([tr("Cases", "File"), tr("Cases", "Kind"), tr("Cases", "Size"), "SHA-256",
                                    tr("Cases", "Check")])
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.clocks, tr("Cases", "Deadlines"))
        self.tabs.addTab(self.timeline, tr("Cases", "Timeline"))
        self.tabs.addTab(self.evidence, tr("Cases", "Evidence"))
        self.verify_button = QtWidgets.QPushButton(tr("Cases", "Check evidence hashes"), clicked=self.verify,
                                                   enabled=False)
        self.dossier_button = QtWidgets.QPushButton(tr("Cases", "Dossier PDF …"), clicked=self.dossier, enabled=False)
        self.verdict = QtWidgets.QLabel(wordWrap=True)
        self.log_button = self._action(tr("Cases", "Log action …"), "logAction", self.log_action)
        self.evidence_button = self._action(tr("Cases", "Add evidence …"), "addEvidence", self.add_evidence)
        self.pause_button = self._action(tr("Cases", "Pause clocks …"), "pauseCase", self.pause_or_resume)
        self.close_button = self._action(tr("Cases", "Close case …"), "closeCase", self.close_case)
        actions = FlowLayout()
        for button in (self.log_button, self.evidence_button, self.pause_button, self.close_button):
            actions.addWidget(button)
        actions.addStretch(1)
        bottom = FlowLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.dossier_button)
        bottom.addWidget(self.verdict, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.changed = None  # the page's refresh, called after a change
        self.note = ""  # what the last change said, shown once the case is reloaded

    def _action(self, text: str, name: str, slot) -> QtWidgets.QPushButton:
        return QtWidgets.QPushButton(text, objectName=name, clicked=lambda: slot(), enabled=False)

    def _paused(self) -> bool:
        return any(p["resumed_on"] is None for p in self.case.get("pauses", []))

    def _after_change(self, _result=None) -> None:
        self.note = ""
        if self.changed:
            self.changed(self.number)
        else:
            self.load(self.number)

    def log_action(self):
        return forms.log_action(self, self.session.ctx, self.number, self._after_change)

    def pause_or_resume(self):
        return forms.pause_or_resume(self, self.session.ctx, self.number, self._paused(), self._after_change)

    def close_case(self):
        return forms.close_case(self, self.session.ctx, self.number, self._closed)

    def _closed(self, done: dict) -> None:
        self._after_change()
        if done.get("return_refunded"):  # shown after the reload
            self.note = tr("Cases", "Return {id} is marked refunded ({amount} yuan): the money came through this "
                                    "case.").format(id=done["return_refunded"], amount=done["amount_recovered"])

    def add_evidence(self) -> None:
        paths, _ = QtWidgets.QFileDialog.getOpenFileNames(self, tr("Cases", "Add evidence to case {number}").format(
            number=self.number), "", tr("Cases", "Photos, screenshots, chats, receipts, recordings (*)"))
        if paths:
            work = partial(add_evidence, self.session.ctx, self.number, [Path(p) for p in paths])
            Op(work, parent=self).success(self._evidence_added).run()

    def _evidence_added(self, items: list[dict]) -> None:
        self._after_change()
        self.note = (ntr("Cases", "1 evidence file copied into the vault.",
                                 "{count} evidence files copied into the vault.", len(items)))  # shown after the reload

    def load(self, number: str) -> None:
        if number != self.number:
            self.note = ""
        self.number = number
        Op(partial(show_case, self.session.ctx, number), parent=self).success(self.display).run()

    def display(self, case: dict) -> None:
        self.case = case
        lines = [tr("Cases", "Case {number} · {category} · {who} against {merchant} {platform} · claimed {amount} yuan")
                 .format(number=case["number"], category=label(CATEGORIES, case["category"]),
                         who=case["complainant"], merchant=case["merchant"], platform=case["platform"],
                         amount=case["amount_claimed"]), case["summary"]]
        if case["warning"]:
            lines.append(tr("Cases", "Warning: {merchant} is on the watch list ({reason}).").format(**case["warning"]))
        if case["merged_into"]:
            lines.append(tr("Cases", "Merged into case {number}.").format(number=case["merged_into"]))
        self.header.setText("\n".join(lines))
        clocks = case["clocks"]
        set_rows(self.clocks, [[f"{label(CLOCK_SHORT, c['kind'])} · {c['days']}", c["start"], due_text(c),
                                label(STATUS_LABELS, c["status"])] for c in clocks], [c["gid"] for c in clocks])
        for row, clock in enumerate(case["clocks"]):
            self.clocks.item(row, 0).setToolTip(label(CLOCK_LABELS, clock["kind"]))
        set_rows(self.timeline, [[e["day"], entry_label(e["action"]), e["note"], e["actor"]] for e in case["timeline"]],
                 [e["at"] for e in case["timeline"]])
        self._evidence_rows(case["evidence"], {})
        self.verify_button.setEnabled(bool(case["evidence"]))
        self.dossier_button.setEnabled(True)
        is_open = case["state"] == "open"
        for button in (self.log_button, self.evidence_button, self.pause_button, self.close_button):
            button.setEnabled(is_open)
        self.pause_button.setText(tr("Cases", "Resume clocks …") if self._paused() else tr("Cases", "Pause clocks …"))
        self.verdict.setText(self.note)

    def _evidence_rows(self, items: list[dict], status: dict[str, str]) -> None:
        set_rows(self.evidence, [[e["file_name"], e["kind"], f"{e['size']:,} B", e["sha256"][:16] + "…",
                                  status.get(e["gid"], "")] for e in items], [e["gid"] for e in items])

    def verify(self) -> None:
        if self.number:
            Op(partial(verify_case, self.session.ctx, self.number), parent=self).success(self._verified).run()

    def dossier(self) -> None:
        if not self.number:
            return
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Cases", "Save the dossier"),
                                                        f"{self.number}.pdf", "PDF (*.pdf)")
        if path:
            from station.cases.dossier import write_dossier  # reportlab: not at start-up

            write = partial(write_dossier, self.session.ctx, self.number, Path(path))
            Op(write, parent=self).success(self._dossier_written).run()

    def _dossier_written(self, done: dict) -> None:
        self.verdict.setText(ntr("Cases", "Dossier written to {out} (1 page).",
                                 "Dossier written to {out} ({count} pages).", done["pages"], out=done["out"]))

    def _verified(self, result: dict) -> None:
        words = {"ok": tr("Cases", "intact"), "missing": tr("Cases", "MISSING"), "altered": tr("Cases", "ALTERED")}
        self._evidence_rows(result["items"], {i["gid"]: words[i["status"]] for i in result["items"]})
        if result["ok"]:
            count = len(result["items"])
            self.verdict.setText(ntr("Cases", "The evidence file is intact.", "All {count} evidence files are intact.",
                                     count))
        else:
            self.verdict.setText(tr("Cases", "Missing or altered: {files}").format(
                files=", ".join(p["file_name"] for p in result["problems"])))
