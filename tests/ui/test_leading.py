"""Elder mode spaces lines of wrapped text at least 1.3 times the text size apart (MIIT), measured on the
pixels drawn: labels that wrap, a label whose text the page changes later, and table cells of several lines.
User text stays text: markup typed into a name is shown as typed."""
from itertools import pairwise

import pytest

from ui import theme
from ui.help_panel import HelpPanel
from ui.housekeeping import tidy
from ui.leading import SpacedDelegate, plain_text
from ui.qt import QtGui, QtWidgets

ONE = "一"  # a single horizontal stroke: its row of ink marks each line


@pytest.fixture
def large(qapp):
    theme.apply_display(qapp, True, False)
    yield
    theme.apply_display(qapp, False, False)


def stroke_rows(widget: QtWidgets.QWidget) -> list[int]:
    """The y of each horizontal stroke drawn (the top row of each band of dark pixels across the widget)."""
    image = widget.grab().toImage()
    wide = image.width() // 4
    dark = [sum(QtGui.QColor(image.pixel(x, y)).lightness() < 110 for x in range(image.width()))
            for y in range(image.height())]
    return [y for y in range(1, len(dark)) if dark[y] > wide >= dark[y - 1]]


def pitch_ratio(widget: QtWidgets.QWidget, font: QtGui.QFont) -> float:
    rows = stroke_rows(widget)
    assert len(rows) >= 2, rows  # the text really runs over lines
    return min(b - a for a, b in pairwise(rows)) / QtGui.QFontInfo(font).pixelSize()


def shown_label(qtbot, text: str, width: int = 420) -> tuple[QtWidgets.QWidget, QtWidgets.QLabel]:
    holder = QtWidgets.QWidget()
    qtbot.addWidget(holder)
    label = QtWidgets.QLabel(text, holder, wordWrap=True)
    layout = QtWidgets.QVBoxLayout(holder)
    layout.addWidget(label)
    holder.resize(width, 400)
    holder.show()
    qtbot.waitExposed(holder)
    tidy(holder)
    if len(text) > 20:
        qtbot.waitUntil(lambda: len(stroke_rows(label)) >= 2)  # laid out again, on several lines
    return holder, label


def test_a_wrapping_label_in_large_text_has_lines_13_times_the_text_size_apart(qtbot, large):
    _holder, label = shown_label(qtbot, ONE * 60)
    assert label.wordWrap() and pitch_ratio(label, label.font()) >= theme.LINE_SPACING
    assert plain_text(label) == ONE * 60


def test_in_normal_text_labels_keep_their_plain_text(qtbot, qapp):
    theme.apply_display(qapp, False, False)
    _holder, label = shown_label(qtbot, ONE * 60)
    assert label.text() == ONE * 60 and label.textFormat() != QtGui.Qt.TextFormat.RichText


def test_text_the_page_sets_later_is_spaced_and_markup_in_it_stays_text(qtbot, large):
    _holder, label = shown_label(qtbot, "等待")
    typed = "<b>王</b> & 张 " + ONE * 60
    label.setText(typed)
    qtbot.waitUntil(lambda: plain_text(label) == typed and label.text() != typed)
    shown = QtGui.QTextDocument()
    shown.setHtml(label.text())
    assert shown.toPlainText() == typed  # the tags are shown as typed, not as bold
    qtbot.waitUntil(lambda: len(stroke_rows(label)) >= 2)
    assert pitch_ratio(label, label.font()) >= theme.LINE_SPACING


def test_table_cells_of_several_lines_are_spaced(qtbot, large):
    table = QtWidgets.QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setItem(0, 0, QtWidgets.QTableWidgetItem(ONE * 40))
    table.setColumnWidth(0, 300)
    table.resize(420, 400)
    table.show()
    tidy(table)
    assert isinstance(table.itemDelegate(), SpacedDelegate)
    table.setColumnWidth(0, 300)
    table.resizeRowsToContents()
    qtbot.waitExposed(table)
    assert pitch_ratio(table.viewport(), table.font()) >= theme.LINE_SPACING


def test_the_help_panel_draws_its_wrapped_lines_spaced(qtbot, large):
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    parent.resize(1366, 768)
    panel = HelpPanel(parent, [("柜台", (("F9", ("Counter", ONE * 60)),))])
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    row = panel.texts().index("F9: " + ONE * 60)
    cell = panel.table.visualRect(panel.table.model().index(row, 1))
    assert cell.height() >= 2 * theme.LINE_SPACING * QtGui.QFontInfo(panel.table.font()).pixelSize()
    shown = panel.table.viewport().grab(cell)
    holder = QtWidgets.QLabel()
    qtbot.addWidget(holder)
    holder.setPixmap(shown)
    holder.resize(shown.size())
    assert pitch_ratio(holder, panel.table.font()) >= theme.LINE_SPACING
