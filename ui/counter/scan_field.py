"""The counter's scan field: one line edit that a keyboard-wedge scanner and a person both type into.

A scanner types its burst and presses Enter, exactly like a person, so one Enter is one scan. The same
text again within a few seconds is a double read (or a nervous second pull of the trigger) and is
dropped with a quiet notice. Enter on an empty field confirms what the page proposes; Up/Down move a
choice, so the hands never have to leave the keyboard (or the scanner).
"""
import time
from collections.abc import Callable

from ui.qt import Qt, QtGui, QtWidgets, Signal

REPEAT_WINDOW_S = 3.0


class ScanField(QtWidgets.QLineEdit):
    scanned = Signal(str)
    repeated = Signal(str)  # the same text again within REPEAT_WINDOW_S: ignored
    confirmed = Signal()  # Enter on an empty field
    moved = Signal(int)  # Up (-1) / Down (+1)
    cancelled = Signal()  # Escape
    undo_requested = Signal()  # Ctrl+Z: undo the last handout, not the typing

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(objectName="scanField")
        self.clock = clock
        self._last: tuple[str, float] | None = None
        self.setClearButtonEnabled(False)
        self.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        text = self.text().strip()
        self.clear()
        if not text:
            self.confirmed.emit()
            return
        now = self.clock()
        if self._last and self._last[0] == text and now - self._last[1] < REPEAT_WINDOW_S:
            self._last = (text, now)
            self.repeated.emit(text)
            return
        self._last = (text, now)
        self.scanned.emit(text)

    def forget_last(self) -> None:
        """After a refused scan, the same text may be tried again at once (e.g. with a resident now chosen)."""
        self._last = None

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if event.matches(QtGui.QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.clear()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
