"""The case desk's forms: open a case, log an action, pause or resume the clocks, close with an outcome.

One small dialog class drives them all: the fields are plain widgets in a form that wraps its rows when the
text is large (18 pt) so it fits 1366×768; OK runs the station service on the ops worker; a refusal shows its
one message in the dialog, which stays open with what was typed (the service's transaction changed nothing).
"""
from collections.abc import Callable
from functools import partial
from typing import Any

from station.cases import ACTIONS, CATEGORIES, NEXT_STEPS, OUTCOMES, records
from station.clock import station_today
from station.errors import InvalidInput, StationError
from station.i18n import N_, tr
from ui.ops import Op, show_error
from ui.qt import QtCore, QtWidgets

SOURCES = {"": N_("Cases", "From scratch"), "return": N_("Cases", "From a return (its ID)"),
           "parcel": N_("Cases", "From a parcel (tracking number or pickup code)")}


def combo(choices: dict, first: tuple[str, str] | None = None) -> QtWidgets.QComboBox:
    box = QtWidgets.QComboBox()
    if first:
        box.addItem(tr(*first[1]), first[0])
    for key, words in choices.items():
        box.addItem(tr(*words), key)
    return box


def date_edit(ctx) -> QtWidgets.QDateEdit:
    today = station_today(ctx.now())
    return QtWidgets.QDateEdit(QtCore.QDate(today.year, today.month, today.day), calendarPopup=True,
                               displayFormat="yyyy-MM-dd")


def long_text() -> QtWidgets.QPlainTextEdit:
    box = QtWidgets.QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * 3)
    return box


def value(widget: QtWidgets.QWidget) -> Any:
    if isinstance(widget, QtWidgets.QComboBox):
        return widget.currentData()
    if isinstance(widget, QtWidgets.QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QtWidgets.QSpinBox):
        return widget.value()
    if isinstance(widget, QtWidgets.QPlainTextEdit):
        return widget.toPlainText().strip()
    return widget.text().strip()


class CaseForm(QtWidgets.QDialog):
    """Fields, an error line and OK/Cancel; OK runs `work(values)` on the ops worker."""

    def __init__(self, parent, title: str, fields: list[tuple[str, str, QtWidgets.QWidget]],
                 work: Callable[[dict], Any], done: Callable[[Any], None]) -> None:
        super().__init__(parent, windowTitle=title, objectName="caseForm")
        self.fields = {key: widget for key, _label, widget in fields}
        self.work, self.on_done = work, done
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, words, widget in fields:
            widget.setObjectName(f"field_{key}")
            form.addRow(words, widget)
        self.error = QtWidgets.QLabel(objectName="formError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok |
                                                  QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMaximumHeight(740)
        self.setMinimumWidth(min(640, self.fontMetrics().averageCharWidth() * 60))

    def values(self) -> dict:
        return {key: value(widget) for key, widget in self.fields.items()}

    def submit(self) -> None:
        self.error.setText("")
        self.buttons.setEnabled(False)
        Op(partial(self.work, self.values()), parent=self).success(self._done).failure(self._failed).run()

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        self.on_done(result)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, StationError):
            self.error.setText(error.message())
        else:
            show_error(error)


def _show(form: CaseForm) -> CaseForm:
    form.open()
    return form


def new_case(parent, ctx, done: Callable[[dict], None]) -> CaseForm:
    fields = [("source", tr("Cases", "Opened from"), combo(SOURCES)),
              ("source_ref", tr("Cases", "Return ID / parcel"), QtWidgets.QLineEdit()),
              ("resident", tr("Cases", "Resident (phone or ID)"), QtWidgets.QLineEdit()),
              ("merchant", tr("Cases", "Merchant"), QtWidgets.QLineEdit()),
              ("platform", tr("Cases", "Platform"), QtWidgets.QLineEdit()),
              ("category", tr("Cases", "Category"), combo(CATEGORIES)),
              ("amount", tr("Cases", "Amount claimed (yuan)"), QtWidgets.QLineEdit()),
              ("summary", tr("Cases", "What happened"), long_text()),
              ("wants", tr("Cases", "What the resident wants"), long_text())]

    def work(v: dict) -> dict:
        source = {"from_return": v["source_ref"] or None} if v["source"] == "return" else (
            {"from_parcel": v["source_ref"] or None} if v["source"] == "parcel" else {})
        if v["source"] and not v["source_ref"]:
            raise InvalidInput("Name the return or parcel the case starts from.", why="no_source")
        return records.add_case(ctx, v["resident"], v["merchant"], v["platform"], v["category"], v["amount"],
                                v["summary"], v["wants"], **source)

    return _show(CaseForm(parent, tr("Cases", "Open a case"), fields, work, done))


def log_action(parent, ctx, number: str, done: Callable[[dict], None]) -> CaseForm:
    fields = [("action", tr("Cases", "Action"), combo(ACTIONS)), ("day", tr("Cases", "Day"), date_edit(ctx)),
              ("note", tr("Cases", "Notes"), long_text())]
    work = lambda v: records.log_action(ctx, number, v["action"], v["day"], v["note"])  # noqa: E731
    return _show(CaseForm(parent, tr("Cases", "Log an action on case {number}").format(number=number), fields,
                          work, done))


def pause_or_resume(parent, ctx, number: str, paused: bool, done: Callable[[dict], None]) -> CaseForm:
    fields = [("day", tr("Cases", "Day"), date_edit(ctx)), ("note", tr("Cases", "Why"), long_text())]
    service = records.resume_case if paused else records.pause_case
    title = tr("Cases", "Resume the clocks of case {number}") if paused else tr(
        "Cases", "Pause the clocks of case {number}")
    return _show(CaseForm(parent, title.format(number=number), fields,
                          lambda v: service(ctx, number, v["day"], v["note"]), done))


def close_case(parent, ctx, number: str, done: Callable[[dict], None]) -> CaseForm:
    satisfaction = QtWidgets.QSpinBox(minimum=0, maximum=5)
    satisfaction.setSpecialValueText(tr("Cases", "not asked"))
    fields = [("outcome", tr("Cases", "Outcome"), combo(OUTCOMES)),
              ("amount", tr("Cases", "Money recovered (yuan)"), QtWidgets.QLineEdit()),
              ("next_step", tr("Cases", "Next step (if terminated)"), combo(NEXT_STEPS, ("", N_("Cases", "None")))),
              ("satisfaction", tr("Cases", "Resident's satisfaction (1–5)"), satisfaction),
              ("day", tr("Cases", "Day"), date_edit(ctx)), ("note", tr("Cases", "Notes"), long_text())]

    def work(v: dict) -> dict:
        return records.close_case(ctx, number, v["outcome"], v["amount"], v["next_step"] or "",
                                  v["satisfaction"] or None, v["day"], v["note"])

    return _show(CaseForm(parent, tr("Cases", "Close case {number}").format(number=number), fields, work, done))
