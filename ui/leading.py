"""Line spacing of at least 1.3 times the text size in elder mode (MIIT), wherever text runs over lines: labels
that wrap, and table and list cells of several lines.

Qt draws plain text at the font's own spacing (WenQuanYi Micro Hei: 1.2×) and widgets have no leading setting;
rich text has one (CSS line-height). So in large text a wrapping label shows its text as rich text: escaped (a
name typed as "<b>" stays those characters), white space kept, each line at least `line_pitch` high. Pages keep
setting plain text; the label's text is swapped for the spaced one before it is next painted, and
`plain_text(label)` gives back what the page set (accessible names, read-aloud, tests). Cells of several lines
are drawn by `SpacedDelegate` at the same pitch. ui.housekeeping applies both to every page and dialog.
"""
import html
import math

from ui import theme
from ui.qt import QObject, Qt, QtCore, QtGui, QtWidgets

_SPACED, _PLAIN, _OWN_FORMAT = "_spacedHtml", "_plainText", "_ownTextFormat"
CELL_MARGIN = 3  # px above and below a cell's lines, left and right of them (as Qt's own item margin)


def line_pitch(font: QtGui.QFont) -> int:
    """The distance between baselines for `font` in elder mode: LINE_SPACING times its size in pixels."""
    return math.ceil(theme.LINE_SPACING * QtGui.QFontInfo(font).pixelSize())


def spaced_html(text: str, font: QtGui.QFont, markup: bool = False) -> str:
    """`text` as one rich-text paragraph whose lines are at least `line_pitch(font)` apart; plain text is
    escaped and keeps its line breaks and spaces (`markup`: the page's own rich text, kept as it is)."""
    body = text if markup else html.escape(text, quote=False)
    return (f'<p style="margin:0; white-space:pre-wrap; line-height:{line_pitch(font)}px; '
            f'-qt-line-height-type:minimum">{body}</p>')


def plain_text(label: QtWidgets.QLabel) -> str:
    """What the page set on the label (not the spaced rich text shown for it)."""
    shown = label.text()
    return label.property(_PLAIN) if shown and shown == label.property(_SPACED) else shown


def readable_text(label: QtWidgets.QLabel) -> str:
    """What the label says in words (a page's own rich text without its tags)."""
    text, own = plain_text(label), label.property(_OWN_FORMAT)
    text_format = Qt.TextFormat(own) if own is not None else label.textFormat()
    auto = text_format == Qt.TextFormat.AutoText
    if text_format == Qt.TextFormat.RichText or (auto and QtGui.Qt.mightBeRichText(text)):
        return QtGui.QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def can_space(label: QtWidgets.QWidget) -> bool:
    """A label whose text wraps; not one with a keyboard mnemonic (&Name: rich text would show the '&')."""
    return (isinstance(label, QtWidgets.QLabel) and label.wordWrap() and label.pixmap().isNull()
            and not (label.buddy() is not None and "&" in plain_text(label)))


def space_label(label: QtWidgets.QLabel) -> None:
    """Show the label's text spaced in elder mode (its own text otherwise), and keep doing so as it changes."""
    if not can_space(label):
        return
    if not label.property("_leadingWatched"):
        label.setProperty("_leadingWatched", True)
        label.installEventFilter(_watcher())
    sync(label)


def sync(label: QtWidgets.QLabel) -> None:
    shown, spaced = label.text(), label.property(_SPACED)
    plain = plain_text(label)
    if shown != spaced and label.property(_OWN_FORMAT) is None:
        label.setProperty(_OWN_FORMAT, int(label.textFormat().value))
    own = Qt.TextFormat(label.property(_OWN_FORMAT) or 0)
    if not theme.is_large() or not plain:
        if shown == spaced and spaced:  # back to the page's own text and format
            label.setTextFormat(own)
            label.setText(plain)
        label.setProperty(_SPACED, None)
        return
    wanted = spaced_html(plain, label.font(), markup=own == Qt.TextFormat.RichText)
    if wanted != shown:
        label.setProperty(_PLAIN, plain)
        label.setProperty(_SPACED, wanted)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(wanted)


class _Watcher(QObject):
    """Re-spaces a label before it paints when the page gave it new text (or it got a new font)."""

    EVENTS = (QtCore.QEvent.Type.Paint, QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.Show)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self.EVENTS and isinstance(obj, QtWidgets.QLabel) and not self._unchanged(obj, event):
            sync(obj)
        return False

    @staticmethod
    def _unchanged(label: QtWidgets.QLabel, event) -> bool:
        """A repaint of text already spaced (the common case: every paint of every label) needs no work."""
        spaced = label.property(_SPACED)
        return (event.type() == QtCore.QEvent.Type.Paint and theme.is_large() and spaced is not None
                and label.text() == spaced)


_state: dict = {}


def _watcher() -> _Watcher:
    if _state.get("watcher") is None:
        _state["watcher"] = _Watcher(QtWidgets.QApplication.instance())
    return _state["watcher"]


class SpacedDelegate(QtWidgets.QStyledItemDelegate):
    """Cells whose text runs over several lines (a row made tall for it) draw those lines `line_pitch` apart in
    elder mode; single-line cells, and everything in normal text, are drawn as Qt draws them."""

    def paint(self, painter, option, index) -> None:
        opt = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QtWidgets.QApplication.style()
        room = style.subElementRect(QtWidgets.QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        room = room.adjusted(CELL_MARGIN, 0, -CELL_MARGIN, 0)
        lines = self._layout(opt, room.width()) if theme.is_large() and opt.text else None
        if lines is None or lines.lineCount() < 2 or room.height() < 2 * line_pitch(opt.font):
            super().paint(painter, option, index)
            return
        opt.text = ""
        style.drawControl(QtWidgets.QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QtWidgets.QStyle.StateFlag.State_Selected)
        role = QtGui.QPalette.ColorRole.HighlightedText if selected else QtGui.QPalette.ColorRole.Text
        height = lines.lineCount() * line_pitch(opt.font)
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setClipRect(room)
        lines.draw(painter, QtCore.QPointF(room.left(), room.top() + max(0, (room.height() - height) // 2)))
        painter.restore()

    def sizeHint(self, option, index) -> QtCore.QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if not theme.is_large():
            return hint
        opt = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        pitch = line_pitch(opt.font)
        wraps = opt.features & QtWidgets.QStyleOptionViewItem.ViewItemFeature.WrapText
        lines = self._layout(opt, max(1, opt.rect.width() - 2 * CELL_MARGIN)) if wraps and opt.text else None
        count = lines.lineCount() if lines is not None else 1
        hint.setHeight(max(hint.height(), count * pitch + 2 * CELL_MARGIN))
        return hint

    @staticmethod
    def _layout(opt, width: int) -> QtGui.QTextLayout:
        """The cell's text laid out in lines `line_pitch` apart (line breaks kept, long lines wrapped)."""
        layout = QtGui.QTextLayout(opt.text.replace("\n", "\u2028"), opt.font)
        text_option = QtGui.QTextOption(opt.displayAlignment)
        wraps = opt.features & QtWidgets.QStyleOptionViewItem.ViewItemFeature.WrapText
        text_option.setWrapMode(QtGui.QTextOption.WrapMode.WordWrap if wraps else QtGui.QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        pitch = line_pitch(opt.font)
        layout.beginLayout()
        row = 0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QtCore.QPointF(0, row * pitch + (pitch - line.height()) / 2))
            row += 1
        layout.endLayout()
        return layout


def space_view(view: QtWidgets.QAbstractItemView) -> None:
    """Cells of several lines spaced in elder mode; rows at least one pitch high."""
    if type(view.itemDelegate()) is QtWidgets.QStyledItemDelegate:
        view.setItemDelegate(SpacedDelegate(view))
    if isinstance(view, QtWidgets.QTableView) and theme.is_large():
        rows = view.verticalHeader()
        least = line_pitch(view.font())
        rows.setMinimumSectionSize(max(rows.minimumSectionSize(), least))
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), least))
