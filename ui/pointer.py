"""The extra-large pointer of elder mode (MIIT's elder-friendly rules for desktop software ask for one).

Drawn here rather than taken from the desktop's cursor theme, so it is the same on every PC and in the frozen
bundle: a white arrow with a black outline (seen on light and dark), about three times the usual size. It is
set application-wide while elder mode is on, and taken back when it is switched off.
"""
from ui.qt import QtCore, QtGui, QtWidgets

SCALE = 3.2  # the usual arrow is about 20 px tall: this one about 64 px
ARROW = ((0, 0), (0, 17), (4, 13), (7, 20), (9.5, 19), (6.5, 12), (12, 12))  # the classic arrow, in px
_state = {"on": False}


def large_arrow() -> QtGui.QCursor:
    """The pointer: its tip (the hot spot) at the arrow's point."""
    margin = 3
    size = QtCore.QSize(int(13 * SCALE) + 2 * margin, int(21 * SCALE) + 2 * margin)
    image = QtGui.QPixmap(size)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    shape = QtGui.QPolygonF([QtCore.QPointF(margin + x * SCALE, margin + y * SCALE) for x, y in ARROW])
    outline = QtGui.QPen(QtGui.QColor("black"), 3)
    outline.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
    painter.setPen(outline)
    painter.setBrush(QtGui.QColor("white"))
    painter.drawPolygon(shape)
    painter.end()
    return QtGui.QCursor(image, margin, margin)


def apply_pointer(app: QtWidgets.QApplication, large: bool) -> None:
    """Elder mode on: the large arrow everywhere; off: the desktop's own pointers again."""
    if large and not _state["on"]:
        app.setOverrideCursor(large_arrow())
    elif not large and _state["on"]:
        app.restoreOverrideCursor()
    _state["on"] = bool(large)
