"""What every widget of every page gets without the page asking: elder-mode target sizes, sane spin box
widths, an accessible name, and tables whose columns fit the view (elided with a tooltip, never sideways).

Done in one place so pages stay plain: the main window tidies a page when it shows it, dialogs when they open,
and `ui.theme.apply_display` re-fits every widget when the text size changes.
"""
import re

from ui import leading, theme
from ui.elided import ElidedLabel
from ui.qt import QObject, Qt, QtCore, QTimer, QtWidgets, is_alive

TARGETS = (QtWidgets.QAbstractButton, QtWidgets.QLineEdit, QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox)
_OWN_MIN = "_ownMinimumHeight"
HEADER_PADDING = 10
WORDS = re.compile(r"[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+")  # a CJK char or a word


def tidy(root: QtWidgets.QWidget) -> None:
    """Fit, name and table-fit the widget and everything under it (cheap; safe to call again)."""
    widgets = [root, *root.findChildren(QtWidgets.QWidget)]
    for widget in widgets:
        if is_alive(widget):
            fit_widget(widget)
    for widget in widgets:
        if not is_alive(widget):
            continue
        name_widget(widget)
        wrap_label(widget)
        if theme.is_large():
            space(widget)
        if isinstance(widget.layout(), QtWidgets.QFormLayout):  # a long label puts its field on the next line
            widget.layout().setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        if isinstance(widget, QtWidgets.QTableView):
            ColumnFitter.attach(widget)


def fit_widget(widget: QtWidgets.QWidget) -> None:
    """Targets >= 60 px high in elder mode (their own minimum otherwise); spin boxes as wide as their numbers."""
    if isinstance(widget, TARGETS) and not isinstance(widget, QtWidgets.QTabBar):
        own = widget.property(_OWN_MIN)
        if own is None:
            own = widget.minimumHeight()
            widget.setProperty(_OWN_MIN, own)
        widget.setMinimumHeight(max(int(own), theme.target_height()))
    if isinstance(widget, QtWidgets.QSpinBox):
        digits = max(len(str(widget.maximum())), len(str(widget.minimum())), 3)
        widget.setMaximumWidth(widget.fontMetrics().horizontalAdvance("0" * min(digits, 8) + "MMMM"))


theme.DISPLAY_LISTENERS.append(fit_widget)


def wrap_label(widget: QtWidgets.QWidget) -> None:
    """Captions and messages wrap instead of widening the page (a long translation, 18 pt text); labels that
    elide by design (ui.elided) and the status bar's keep one line."""
    if (isinstance(widget, QtWidgets.QLabel) and not isinstance(widget, ElidedLabel) and not widget.wordWrap()
            and widget.pixmap().isNull() and not _in_status_bar(widget)):
        widget.setWordWrap(True)


def space(widget: QtWidgets.QWidget) -> None:
    """Elder mode: lines of wrapping labels and of tall cells >= 1.3 times the text size apart (ui.leading)."""
    if isinstance(widget, QtWidgets.QLabel):
        leading.space_label(widget)
    elif isinstance(widget, QtWidgets.QAbstractItemView) and not isinstance(widget, QtWidgets.QHeaderView):
        leading.space_view(widget)


def _in_status_bar(widget: QtWidgets.QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QStatusBar):
            return True
        parent = parent.parentWidget()
    return False


def name_widget(widget: QtWidgets.QWidget) -> None:
    """An accessible name from what the widget shows (its text, its label, its placeholder or headers)."""
    if widget.accessibleName():
        return
    name = _shown_name(widget)
    if name:
        widget.setAccessibleName(name)


def _shown_name(widget: QtWidgets.QWidget) -> str:
    if isinstance(widget, QtWidgets.QAbstractButton):
        return (widget.text() or widget.toolTip()).replace("&", "")
    if isinstance(widget, QtWidgets.QLabel):
        return leading.readable_text(widget) or widget.toolTip()
    if isinstance(widget, QtWidgets.QGroupBox):
        return widget.title()
    if isinstance(widget.parentWidget(), QtWidgets.QAbstractSpinBox):  # a spin box's own line edit
        return widget.parentWidget().accessibleName() or _label_for(widget.parentWidget())
    label = _label_for(widget) or _preceding_label(widget)
    if label:
        return label
    if isinstance(widget, (QtWidgets.QLineEdit, QtWidgets.QPlainTextEdit, QtWidgets.QTextEdit)):
        return widget.placeholderText() or widget.toolTip() or _context_name(widget)
    if isinstance(widget, QtWidgets.QTableView) and widget.model() is not None:
        model = widget.model()
        return ", ".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(min(model.columnCount(), 4)))
    if isinstance(widget, QtWidgets.QAbstractItemView):
        return widget.toolTip() or _context_name(widget)
    return widget.toolTip() or widget.whatsThis()


def _context_name(widget: QtWidgets.QWidget) -> str:
    """The title of the group box or tab the widget sits in (a list alone in its box needs no other name)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QtWidgets.QGroupBox) and parent.title():
            return parent.title()
        if isinstance(parent, QtWidgets.QTabWidget):
            return parent.tabText(parent.indexOf(child))
        child, parent = parent, parent.parentWidget()
    return ""


def _label_for(widget: QtWidgets.QWidget) -> str:
    """The text of the label naming this field: its buddy, or its row's label in a form layout."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QtWidgets.QLabel):
        if label.buddy() is widget:
            return leading.plain_text(label).replace("&", "")
    form = parent.layout()
    if isinstance(form, QtWidgets.QFormLayout):
        label = form.labelForField(widget)
        if isinstance(label, QtWidgets.QLabel):
            return leading.plain_text(label).replace("&", "")
    return ""


def _preceding_label(widget: QtWidgets.QWidget) -> str:
    """The last caption before the widget in reading order among its siblings (a heading over a list, "Slip"
    before a field). By geometry, not by walking the layout: Python wrappers of layout items outlive the
    items, and shiboken then hands out a stale wrapper for a new object at the same address."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    place = (widget.y(), widget.x())
    before = [(label.y(), label.x(), leading.plain_text(label)) for label in siblings(parent, QtWidgets.QLabel)
              if label.text() and label.buddy() is None and (label.y(), label.x()) < place
              and label.y() < widget.y() + widget.height()]
    return max(before)[2].replace("&", "") if before else ""


def siblings(parent: QtWidgets.QWidget, kind=QtWidgets.QWidget) -> list:
    return parent.findChildren(kind, options=Qt.FindChildOption.FindDirectChildrenOnly)


class ColumnFitter(QObject):
    """Keeps a table's columns within its view: columns wider than their share are cut to it (text elided,
    the full text in a tooltip), never below their header's width; spare width goes to the last column."""

    @classmethod
    def attach(cls, view: QtWidgets.QTableView) -> None:
        if view.property("columnFitter"):
            return
        view.setProperty("columnFitter", True)
        cls(view)

    def __init__(self, view: QtWidgets.QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._model = None
        self._pending = False
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self._watch_model()
        self.schedule()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged, model.dataChanged,
                       model.headerDataChanged):
            signal.connect(self.schedule)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QtCore.QEvent.Type.Resize:
            self.schedule()
        elif kind == QtCore.QEvent.Type.ToolTip and obj is self.view.viewport():
            return self._elided_tooltip(event)
        return False

    def schedule(self, *_args) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        self._watch_model()
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        available = view.viewport().width()
        if not columns or available <= 0:
            return
        one_line = {c: header.sectionSizeHint(c) for c in columns}
        floors = {c: max(self._longest_word(c), header.minimumSectionSize()) for c in columns}
        cells = {c: view.sizeHintForColumn(c) + tick_box_shortfall(view, c) for c in columns}
        natural = {c: max(one_line[c], cells[c]) for c in columns}
        sizes = fitted_widths(natural, floors, available, cells)
        header.setStretchLastSection(False)
        for c in columns:
            header.setSectionResizeMode(c, QtWidgets.QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, sizes[c])
        wraps = any(sizes[c] < one_line[c] for c in columns)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | (Qt.TextFlag.TextWordWrap if wraps else 0))
        lines = max((self._lines(c, sizes[c]) for c in columns), default=1) if wraps else 1
        header.setFixedHeight(header.fontMetrics().lineSpacing() * lines + HEADER_PADDING)
        if not self.view.accessibleName():
            name_widget(self.view)

    def _header(self, column: int) -> tuple[str, int]:
        """A header's text and the margin around it."""
        header = self.view.horizontalHeader()
        text = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        return text, header.sectionSizeHint(column) - header.fontMetrics().horizontalAdvance(text)

    def _longest_word(self, column: int) -> int:
        """A header may wrap between words or Chinese characters, never inside a word: its floor is that."""
        text, margin = self._header(column)
        metrics = self.view.horizontalHeader().fontMetrics()
        return max((metrics.horizontalAdvance(word) for word in WORDS.findall(text)), default=0) + margin

    def _lines(self, column: int, width: int) -> int:
        text, margin = self._header(column)
        metrics = self.view.horizontalHeader().fontMetrics()
        room = QtCore.QRect(0, 0, max(1, width - margin), 10_000)
        height = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
        return max(1, round(height / metrics.lineSpacing()))

    def _elided_tooltip(self, event) -> bool:
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = self.view.visualRect(index).width() - 8
        if text and self.view.fontMetrics().horizontalAdvance(text) > room:
            QtWidgets.QToolTip.showText(event.globalPos(), text, self.view)
            return True
        return False


def tick_box_shortfall(view: QtWidgets.QTableView, column: int, rows: int = 200) -> int:
    """What a column of tick boxes needs beyond its size hint: an item's size hint counts the style's own
    indicator width (14 px), while the style sheet draws it larger (0.9 em: 25 px in elder mode), so names
    beside tick boxes were cut ("张…") though the column was as wide as its hint."""
    model = view.model()
    if model is None or not any(model.index(r, column).data(Qt.ItemDataRole.CheckStateRole) is not None
                                for r in range(min(rows, model.rowCount()))):
        return 0
    style, metric = view.style(), QtWidgets.QStyle.PixelMetric.PM_IndicatorWidth
    return max(0, style.pixelMetric(metric, None, view) - style.pixelMetric(metric))


def fitted_widths(natural: dict[int, int], floors: dict[int, int], available: int,
                  cells: dict[int, int] | None = None) -> dict[int, int]:
    """Column widths summing to `available` where possible. Headers wrap before any cell is cut: a column wide
    only for its header ("超期案件" over a 0) gives way first, so names and codes stay whole. Then the widest
    columns are cut to a common cap (water-filling), none below its floor; spare width goes to the last."""
    if sum(natural.values()) <= available:
        return _with_slack(dict(natural), available)
    wrapped = {c: max(floors[c], min(natural[c], (cells or natural)[c])) for c in natural}
    if sum(wrapped.values()) <= available:  # every cell whole: headers wrap as far as they must
        return _with_slack(_capped(natural, wrapped, available), available)
    return _with_slack(_capped(wrapped, floors, available), available)


def _capped(widths: dict[int, int], least: dict[int, int], available: int) -> dict[int, int]:
    """max(least, min(width, cap)) per column for the largest cap that fits in `available`."""
    low, high = 0, max(widths.values())
    while low < high:
        cap = (low + high + 1) // 2
        if sum(max(least[c], min(widths[c], cap)) for c in widths) <= available:
            low = cap
        else:
            high = cap - 1
    return {c: max(least[c], min(widths[c], low)) for c in widths}


def _with_slack(sizes: dict[int, int], available: int) -> dict[int, int]:
    slack = available - sum(sizes.values())
    if slack > 0:
        sizes[max(sizes)] += slack
    return sizes
