"""The counter's answer to every scan, in the largest type of the app: colour, icon and words together.

The icon is drawn (a tick, a cross, a question mark, a dot in a circle), not taken from a font, so it
shows the same on every PC; the colours keep a contrast of at least 4.5:1 for the words on their
background (tests/ui/counter/test_counter_feedback.py measures them).
"""
from station.counter.feedback import CHOICE, READY, REFUSED, SUCCESS, Feedback
from ui.counter.panels import label
from ui.leading import plain_text
from ui.qt import QtCore, QtGui, QtWidgets

# verdict: (text colour, background, icon colour)
COLOURS = {
    SUCCESS: ("#0B3D0E", "#DDF2DF", "#1B6E20"),
    REFUSED: ("#6E0F0A", "#FBDEDB", "#B3261E"),
    CHOICE: ("#4A3600", "#FFF0C2", "#8A6400"),
    READY: ("#0B3A5E", "#E3F1FD", "#1565A0"),
}
HEADLINE_MIN_PT = 30.0  # MIIT elder mode: the largest step at least 30
HEADLINE_MAX_PT = 36.0  # and no larger, so the answer and the result below it fit 1366×768 in large text


def verdict_qss() -> str:
    """Style for the verdict box, one rule per verdict (added to the counter page's style sheet)."""
    rules = []
    for verdict, (text, back, _icon) in COLOURS.items():
        rules.append(f'QFrame#counterVerdict[verdict="{verdict}"] {{ background: {back}; '
                     f'border: 3px solid {text}; border-radius: 6px; }}\n'
                     f'QFrame#counterVerdict[verdict="{verdict}"] QLabel {{ color: {text}; background: transparent; '
                     f'border: none; }}')
    return "\n".join(rules)


def icon_pixmap(verdict: str, size: int) -> QtGui.QPixmap:
    """A filled circle in the verdict's colour with a white tick, cross, question mark or dot."""
    pixmap = QtGui.QPixmap(size, size)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(QtGui.QColor(COLOURS[verdict][2]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    pen = QtGui.QPen(QtGui.QColor("white"), max(3, size // 9))
    pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    _draw_mark(painter, verdict, size)
    painter.end()
    return pixmap


def _draw_mark(painter: QtGui.QPainter, verdict: str, n: int) -> None:
    point = QtCore.QPointF
    if verdict == SUCCESS:
        painter.drawPolyline([point(n * .27, n * .52), point(n * .44, n * .69), point(n * .74, n * .34)])
    elif verdict == REFUSED:
        painter.drawLine(point(n * .32, n * .32), point(n * .68, n * .68))
        painter.drawLine(point(n * .68, n * .32), point(n * .32, n * .68))
    elif verdict == CHOICE:
        path = QtGui.QPainterPath(point(n * .36, n * .38))
        path.cubicTo(point(n * .36, n * .18), point(n * .66, n * .18), point(n * .64, n * .38))
        path.cubicTo(point(n * .62, n * .50), point(n * .50, n * .48), point(n * .50, n * .60))
        painter.drawPath(path)
        painter.drawPoint(point(n * .50, n * .76))
    else:
        painter.drawPoint(point(n * .5, n * .5))


class VerdictBox(QtWidgets.QFrame):
    """Icon + headline (≥ 30 pt) + what happened + what to do next; the verdict is a property for the style."""

    def __init__(self) -> None:
        super().__init__(objectName="counterVerdict")
        self.icon = QtWidgets.QLabel(objectName="verdictIcon")
        self.headline = label(2.5, True, "verdictHeadline")
        font = self.headline.font()
        font.setPointSizeF(min(max(font.pointSizeF(), HEADLINE_MIN_PT), HEADLINE_MAX_PT))
        self.headline.setFont(font)
        self.detail = label(1.3, True, "verdictDetail")
        self.next_step = label(1.15, name="verdictNextStep")
        words = QtWidgets.QVBoxLayout()
        words.setSpacing(2)
        for widget in (self.headline, self.detail, self.next_step):
            words.addWidget(widget)
        row = QtWidgets.QHBoxLayout(self)
        row.addWidget(self.icon, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        self.verdict = ""
        self._icons: dict[tuple[str, int], QtGui.QPixmap] = {}
        self.setStyleSheet(verdict_qss())  # on the box alone: the rest of the page keeps the fast plain style

    def show_feedback(self, feedback: Feedback) -> None:
        if feedback.verdict != self.verdict:
            self._restyle(feedback.verdict)
        self.headline.setText(feedback.headline)
        self.detail.setText(feedback.detail)
        self.detail.setVisible(bool(feedback.detail))
        self.next_step.setText(feedback.next_step)
        self.next_step.setVisible(bool(feedback.next_step))
        self.setAccessibleName(" ".join(t for t in (feedback.headline, feedback.detail, feedback.next_step) if t))

    def _restyle(self, verdict: str) -> None:
        self.verdict = verdict
        self.setProperty("verdict", verdict)
        for widget in (self, self.headline, self.detail, self.next_step):  # children follow the property too
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        size = max(self.headline.fontMetrics().height(), 40)
        if (verdict, size) not in self._icons:
            self._icons[(verdict, size)] = icon_pixmap(verdict, size)
        self.icon.setPixmap(self._icons[(verdict, size)])

    def words(self) -> str:
        """Everything the box says, as a person reads it (tests assert on this)."""
        return " ".join(plain_text(w) for w in (self.headline, self.detail, self.next_step) if w.isVisibleTo(self))
