"""One typed editor per declared option: checkbox for bool, spin box for int, combo box for choices."""
from typing import Any

from station.i18n import tr
from station.options import Option
from ui.qt import QObject, QtWidgets, Signal

# Languages are named in their own language (so anyone can find theirs), never translated.
CHOICE_LABELS = {"language": {"zh_CN": "简体中文", "en": "English"}}


class OptionEditor(QObject):
    """Wraps the widget for one option; `edited` fires only for the user's changes, not for `set_value`."""

    edited = Signal(str, object)  # option key, new value

    def __init__(self, option: Option, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.label = tr(*option.label)
        self.widget = self._make_widget()
        self.widget.setObjectName(f"option_{option.key}")
        self._loading = False

    def _make_widget(self) -> QtWidgets.QWidget:
        option = self.option
        if option.kind is bool:
            widget = QtWidgets.QCheckBox(self.label)
            widget.toggled.connect(lambda on: self._emit(bool(on)))
        elif option.choices:
            widget = QtWidgets.QComboBox()
            names = CHOICE_LABELS.get(option.key, {})
            for choice in option.choices:
                widget.addItem(names.get(choice, str(choice)), choice)
            widget.currentIndexChanged.connect(lambda i: self._emit(widget.itemData(i)))
        elif option.kind is int:
            widget = QtWidgets.QSpinBox()
            widget.setRange(option.minimum if option.minimum is not None else -(2**31),
                            option.maximum if option.maximum is not None else 2**31 - 1)
            widget.setKeyboardTracking(False)  # one change when the user is done typing, not per digit
            widget.valueChanged.connect(lambda v: self._emit(int(v)))
        else:
            widget = QtWidgets.QLineEdit()
            widget.editingFinished.connect(lambda: self._emit(widget.text()))
        return widget

    @property
    def has_own_label(self) -> bool:
        return self.option.kind is bool

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            widget = self.widget
            if isinstance(widget, QtWidgets.QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QtWidgets.QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QtWidgets.QSpinBox):
                widget.setValue(int(value))
            else:
                widget.setText(str(value))
        finally:
            self._loading = False

    def _emit(self, value: Any) -> None:
        if not self._loading:
            self.edited.emit(self.option.key, value)


def add_to_form(form: QtWidgets.QFormLayout, editor: OptionEditor) -> None:
    if editor.has_own_label:
        form.addRow(editor.widget)
    else:
        form.addRow(editor.label, editor.widget)
