"""Rows of buttons that wrap (ui/flow.py): action buttons stay at the right where that is the convention, a
stretch pushes what follows it to the right end, and wrapped lines keep that."""
from ui.flow import FlowLayout
from ui.qt import Qt, QtWidgets


def _row(qtbot, width: int, *texts: str, align=Qt.AlignmentFlag.AlignLeft, stretch_after: int | None = None):
    holder = QtWidgets.QWidget()
    qtbot.addWidget(holder)
    row = FlowLayout(holder, align=align)
    row.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for i, text in enumerate(texts):
        buttons.append(QtWidgets.QPushButton(text))
        row.addWidget(buttons[-1])
        if stretch_after == i:
            row.addStretch(1)
    holder.resize(width, row.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    return holder, buttons


def test_right_aligned_buttons_end_at_the_right_edge_also_when_they_wrap(qtbot):
    holder, buttons = _row(qtbot, 600, "Save", "Cancel", align=Qt.AlignmentFlag.AlignRight)
    assert buttons[-1].geometry().right() >= holder.width() - 3
    assert buttons[0].x() > holder.width() // 2  # not at the left as before
    narrow = buttons[0].sizeHint().width() + buttons[1].sizeHint().width() // 2
    holder.resize(narrow, holder.layout().heightForWidth(narrow))
    qtbot.waitUntil(lambda: buttons[1].y() > buttons[0].y())  # wrapped onto a second line
    assert all(b.geometry().right() >= holder.width() - 3 for b in buttons)


def test_a_stretch_puts_what_follows_at_the_right_and_the_rest_at_the_left(qtbot):
    holder, (remove, add) = _row(qtbot, 700, "Remove", "Add", stretch_after=0)
    assert remove.x() <= 3 and add.geometry().right() >= holder.width() - 3
    assert remove.y() == add.y()


def test_a_plain_flow_still_starts_at_the_left(qtbot):
    _holder, buttons = _row(qtbot, 700, "Print", "Read aloud")
    assert buttons[0].x() <= 3 and buttons[1].x() < 350
