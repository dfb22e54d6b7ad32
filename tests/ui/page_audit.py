"""Measuring a shown page as a person would see it: clipped text, overlapping or protruding widgets, tables
that scroll sideways, elder-mode font and target sizes and line spacing, and empty accessible names. Each
finding is a line naming the page and the widget, so a failing test says what to fix."""
from itertools import pairwise

from ui import theme
from ui.elided import ElidedLabel
from ui.housekeeping import TARGETS, WORDS, siblings
from ui.leading import readable_text
from ui.qt import QtCore, QtGui, QtWidgets

SLACK = 2  # px of rounding allowed


def visible(root: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    return [w for w in root.findChildren(QtWidgets.QWidget) if w.isVisible() and not w.isWindow()]


def describe(widget: QtWidgets.QWidget) -> str:
    text = _text(widget)
    return f"{type(widget).__name__}#{widget.objectName() or '-'} {text[:40]!r}"


def _text(widget) -> str:
    for getter in ("text", "title", "placeholderText"):
        if hasattr(widget, getter):
            value = getattr(widget, getter)()
            if isinstance(value, str) and value:
                return value
    return ""


def clipped(widget: QtWidgets.QWidget) -> list[str]:
    """Text wider (or taller) than the room the widget has."""
    found = []
    if isinstance(widget, ElidedLabel):
        return []  # elides by design, the whole text in its tooltip
    if isinstance(widget, QtWidgets.QLabel) and widget.text() and widget.pixmap().isNull():
        room = widget.contentsRect().adjusted(widget.margin(), widget.margin(), -widget.margin(), -widget.margin())
        if widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + SLACK:
                found.append("wrapped text cut off at the bottom")
        elif not _rich(widget):
            need = max(widget.fontMetrics().horizontalAdvance(line) for line in widget.text().split("\n"))
            if need > room.width() + SLACK:
                found.append(f"text needs {need} px, has {room.width()}")
    elif isinstance(widget, QtWidgets.QAbstractButton) and not isinstance(widget, QtWidgets.QToolButton):
        hint = widget.sizeHint()
        if widget.text() and hint.width() > widget.width() + SLACK:
            found.append(f"button needs {hint.width()} px, has {widget.width()}")
    elif isinstance(widget, QtWidgets.QHeaderView) and widget.orientation() == QtGui.Qt.Orientation.Horizontal:
        for c in range(widget.count()):
            if not widget.isSectionHidden(c) and _header_cut(widget, c):
                found.append(f"header {c} needs {widget.sectionSizeHint(c)} px, has {widget.sectionSize(c)}")
    elif isinstance(widget, QtWidgets.QTabBar):
        for i in range(widget.count()):
            if widget.tabSizeHint(i).width() > widget.tabRect(i).width() + SLACK:
                found.append(f"tab {widget.tabText(i)!r} cut")
    return found


def _rich(label: QtWidgets.QLabel) -> bool:
    text_format = label.textFormat()
    return text_format == QtGui.Qt.TextFormat.RichText or (
        text_format == QtGui.Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text()))


def _header_cut(header: QtWidgets.QHeaderView, column: int) -> bool:
    """Does the header text fit its section: on one line, or wrapped between words within the header's height."""
    if header.sectionSizeHint(column) <= header.sectionSize(column) + SLACK:
        return False
    if not header.defaultAlignment() & QtGui.Qt.TextFlag.TextWordWrap:
        return True
    text = str(header.model().headerData(column, QtGui.Qt.Orientation.Horizontal) or "")
    metrics = header.fontMetrics()
    margin = header.sectionSizeHint(column) - metrics.horizontalAdvance(text)
    room = QtCore.QRect(0, 0, header.sectionSize(column) - margin + SLACK, 10_000)
    words_fit = all(metrics.horizontalAdvance(word) <= room.width() for word in WORDS.findall(text))
    need = metrics.boundingRect(room, int(QtGui.Qt.TextFlag.TextWordWrap), text).height()
    return not words_fit or need > header.height()


def overlaps(parent: QtWidgets.QWidget) -> list[str]:
    """Child widgets drawn over each other, or sticking out of their parent (its layout could not fit them).
    Direct children by geometry (walking layout items leaves stale wrappers behind, see ui.housekeeping)."""
    if parent.layout() is None or isinstance(parent, QtWidgets.QAbstractScrollArea):
        return []
    children = [w for w in siblings(parent) if w.isVisible() and not w.isWindow()]
    found = [f"{describe(w)} sticks out of its parent" for w in children
             if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(w.geometry())]
    for i, a in enumerate(children):
        for b in children[i + 1:]:
            both = a.geometry().intersected(b.geometry())
            if both.width() > SLACK and both.height() > SLACK:
                found.append(f"{describe(a)} overlaps {describe(b)}")
    return found


def sideways(widget: QtWidgets.QWidget) -> list[str]:
    """A table whose key columns (its `keyColumns` property, else the first two) need sideways scrolling.
    Columns are fitted to the view (ui.housekeeping.ColumnFitter); a table whose headers alone are wider than
    the view (the office reports' 14 figures in large text) scrolls only the columns after its key ones."""
    if not isinstance(widget, QtWidgets.QTableView) or widget.horizontalScrollBar().maximum() == 0:
        return []
    header = widget.horizontalHeader()
    keys = widget.property("keyColumns") or [0, 1]
    end = max(header.sectionPosition(k) + header.sectionSize(k) for k in keys if k < header.count())
    if end > widget.viewport().width() + SLACK:
        return [f"key columns need {end} px, the view has {widget.viewport().width()}"]
    return []


def elder_sizes(widget: QtWidgets.QWidget) -> list[str]:
    """In elder mode: body text >= 18 pt and targets >= 60 px high."""
    found = []
    shows_text = isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton, QtWidgets.QLineEdit,
                                     QtWidgets.QComboBox, QtWidgets.QAbstractItemView, QtWidgets.QHeaderView))
    if shows_text and widget.font().pointSizeF() < theme.LARGE_PT - 0.01:
        found.append(f"font {widget.font().pointSizeF()} pt")
    if isinstance(widget, TARGETS) and widget.height() < theme.ELDER_TARGET_PX:
        found.append(f"target {widget.height()} px high")
    if isinstance(widget, QtWidgets.QTabBar):
        found += [f"tab {i} {widget.tabRect(i).height()} px high" for i in range(widget.count())
                  if widget.tabRect(i).height() < theme.ELDER_TARGET_PX]
    return found


def line_spacing(label: QtWidgets.QLabel) -> float | None:
    """The least distance between the baselines of a label's lines as laid out at its width, ÷ its text size
    in pixels; None for text on one line. Measured on a text document made as QLabel makes it (plain text:
    the font's own spacing, as QPainter draws it; rich text: with its line-height)."""
    doc = QtGui.QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(label.font())
    if _rich(label):
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    if label.wordWrap():  # else only its own line breaks start new lines
        doc.setTextWidth(max(1, label.contentsRect().width() - 2 * label.margin()))
    baselines, block = [], doc.begin()
    while block.isValid():
        top, layout = doc.documentLayout().blockBoundingRect(block).top(), block.layout()
        baselines += [top + layout.lineAt(i).y() + layout.lineAt(i).ascent() for i in range(layout.lineCount())]
        block = block.next()
    if len(baselines) < 2:
        return None
    return min(b - a for a, b in pairwise(baselines)) / QtGui.QFontInfo(label.font()).pixelSize()


def tight_lines(widget: QtWidgets.QWidget) -> list[str]:
    """In elder mode: lines of wrapped text >= 1.3 times the text size apart (MIIT); table rows as high."""
    if (isinstance(widget, QtWidgets.QLabel) and not isinstance(widget, ElidedLabel) and widget.text()
            and widget.pixmap().isNull()):
        spacing = line_spacing(widget)
        if spacing is not None and spacing < theme.LINE_SPACING - 0.01:
            return [f"lines {spacing:.2f}× the text size apart"]
    if isinstance(widget, QtWidgets.QTableView) and widget.model() is not None and widget.model().rowCount():
        least = theme.LINE_SPACING * QtGui.QFontInfo(widget.font()).pixelSize()
        low = [r for r in range(min(widget.model().rowCount(), 50)) if widget.rowHeight(r) < least]
        if low:
            return [f"row {low[0]} {widget.rowHeight(low[0])} px high, under {least:.0f}"]
    return []


def unnamed(widget: QtWidgets.QWidget) -> list[str]:
    """What a screen reader would announce: the accessible interface's name."""
    needs_name = (isinstance(widget, (QtWidgets.QAbstractButton, QtWidgets.QLineEdit, QtWidgets.QComboBox,
                                      QtWidgets.QAbstractSpinBox, QtWidgets.QAbstractItemView,
                                      QtWidgets.QTextEdit, QtWidgets.QPlainTextEdit))
                  or (isinstance(widget, QtWidgets.QLabel) and bool(widget.text())))
    if not needs_name or isinstance(widget, QtWidgets.QHeaderView):
        return []
    face = QtGui.QAccessible.queryAccessibleInterface(widget)
    name = face.text(QtGui.QAccessible.Text.Name) if face is not None else ""
    return [] if name.strip() else ["no accessible name"]


def too_long_words(page: QtWidgets.QWidget, width: int) -> list[str]:
    """Words of the page's labels wider than a third of the window (a page has at most three columns): no
    layout can wrap those (the pseudo-translation's filler is one word as long as the English text, see
    station.i18n.pseudo; no real word of Chinese or English comes near)."""
    found = []
    for label in page.findChildren(QtWidgets.QLabel):
        metrics = label.fontMetrics()
        found += [word for word in readable_text(label).split() if metrics.horizontalAdvance(word) > width // 3]
    return found


def audit_page(window: QtWidgets.QMainWindow, key: str, large: bool, width: int, height: int) -> list[str]:
    page = window.pages[key]
    problems = []
    if window.width() > width or window.height() > height:
        problems.append(f"{key}: window grew to {window.width()}x{window.height()}")
    holder = page.parentWidget().parentWidget()  # the main window's scroll area around the page
    if isinstance(holder, QtWidgets.QScrollArea) and holder.horizontalScrollBar().maximum() > 0:
        words = too_long_words(page, holder.viewport().width())
        cause = f": a word wider than a third of the window ({words[0][:30]!r}…)" if words else ""
        problems.append(f"{key}: the page scrolls sideways by {holder.horizontalScrollBar().maximum()} px{cause}")
    for widget in [window.statusBar(), *visible(window.statusBar()), page, *visible(page)]:
        checks = [clipped(widget), overlaps(widget), sideways(widget), unnamed(widget)]
        if large:
            checks += [elder_sizes(widget), tight_lines(widget)]
        problems += [f"{key}: {describe(widget)}: {finding}" for found in checks for finding in found]
    return problems
