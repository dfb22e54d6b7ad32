"""A row of buttons and fields that wraps onto the next line when the window is too narrow (Qt's FlowLayout
example, ported): long translations and elder-mode text must never make a page scroll sideways.

Use `FlowLayout()` where a page would use a QHBoxLayout for a bar of buttons, or `flow_row(...)` to build one
from widgets. Items keep their size hint; a line's items are centred vertically on it. As in a QHBoxLayout,
`addStretch()` takes a line's spare width, so what follows it sits at the right end ("Remove … Add"); a flow
made with `align=Qt.AlignmentFlag.AlignRight` puts each line without a stretch at the right (dialog and form
action buttons), also the lines its buttons wrap onto.
"""
from ui.qt import Qt, QtCore, QtWidgets


class _Stretch(QtWidgets.QSpacerItem):
    """Takes its line's spare width; never wraps onto a line of its own."""

    def __init__(self) -> None:
        super().__init__(0, 0, QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Minimum)


class FlowLayout(QtWidgets.QLayout):
    def __init__(self, parent: QtWidgets.QWidget | None = None, spacing: int = -1,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        super().__init__(parent)
        self._items: list[QtWidgets.QLayoutItem] = []
        self._align = align
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)
        if spacing >= 0:
            self.setSpacing(spacing)

    def addItem(self, item: QtWidgets.QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def addWidget(self, widget: QtWidgets.QWidget, _stretch: int = 0) -> None:  # noqa: N802
        """Like QHBoxLayout.addWidget; a flow gives no item more than its size hint, so stretch is ignored."""
        super().addWidget(widget)

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802
        """Spare width of the line goes here (stretch factors are not weighed: one stretch per line is usual)."""
        self._items.append(_Stretch())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> QtCore.Qt.Orientation:  # noqa: N802
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QtCore.QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QtCore.QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802
        """All items on one line."""
        shown = [item for item in self._shown() if not isinstance(item, _Stretch)]
        left, top, right, bottom = self.getContentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QtCore.QSize(width + left + right, height + top + bottom)

    def minimumSize(self) -> QtCore.QSize:  # noqa: N802
        """As narrow as the widest item: everything else wraps."""
        size = QtCore.QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        left, top, right, bottom = self.getContentsMargins()
        return size + QtCore.QSize(left + right, top + bottom)

    def _shown(self) -> list[QtWidgets.QLayoutItem]:
        return [item for item in self._items if isinstance(item, _Stretch) or not item.isEmpty()]

    def _gap(self) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        style = self.parentWidget().style() if self.parentWidget() else QtWidgets.QApplication.style()
        return style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _lines(self, width: int) -> list[list[tuple[QtWidgets.QLayoutItem, QtCore.QSize]]]:
        lines, line, used, gap = [], [], 0, self._gap()
        for item in self._shown():
            if isinstance(item, _Stretch):
                line.append((item, QtCore.QSize(0, 0)))
                continue
            size = item.sizeHint().expandedTo(item.minimumSize()).boundedTo(item.maximumSize())
            size.setWidth(min(size.width(), width))
            if item.hasHeightForWidth():
                size.setHeight(item.heightForWidth(size.width()))
            if used and used + gap + size.width() > width:
                lines.append(line)
                line, used = [], 0
            used += (gap if used else 0) + size.width()
            line.append((item, size))
        return lines + ([line] if line else [])

    def _arrange(self, rect: QtCore.QRect, place: bool) -> int:
        """Lay the items out in lines within rect (or only measure); the height used."""
        left, top, right, bottom = self.getContentsMargins()
        room = rect.adjusted(left, top, -right, -bottom)
        y, gap = room.y(), self._gap()
        for line in self._lines(max(1, room.width())):
            height = max(size.height() for _item, size in line)
            widgets = [(item, size) for item, size in line if not isinstance(item, _Stretch)]
            if not widgets:
                continue
            spare = room.width() - sum(size.width() for _item, size in widgets) - gap * (len(widgets) - 1)
            stretches = len(line) - len(widgets)
            x = room.x() + (max(0, spare) if not stretches and self._align & Qt.AlignmentFlag.AlignRight else 0)
            for item, size in line:
                if isinstance(item, _Stretch):
                    x += max(0, spare) // stretches
                    continue
                if place:
                    item.setGeometry(QtCore.QRect(x, y + (height - size.height()) // 2, size.width(), size.height()))
                x += size.width() + gap
            y += height + gap
        return max(0, y - gap - room.y()) + top + bottom


def flow_row(*widgets: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QtWidgets.QWidget:
    """A widget holding `widgets` in one wrapping row (a button bar)."""
    holder = QtWidgets.QWidget(parent)
    row = FlowLayout(holder, align=align)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder
