"""Elder mode's extra-large pointer: on with large text, about three times the usual arrow, gone again after."""
from ui import theme
from ui.qt import QtGui, QtWidgets


def _shown(qapp) -> QtGui.QCursor | None:
    return QtWidgets.QApplication.overrideCursor()


def test_large_text_brings_a_large_pointer_and_normal_text_takes_it_away(qapp):
    theme.apply_display(qapp, True, False)
    try:
        cursor = _shown(qapp)
        assert cursor is not None and cursor.pixmap().height() >= 60 and cursor.hotSpot().x() < 6
        image = cursor.pixmap().toImage()
        assert image.pixelColor(cursor.hotSpot().x() + 4, cursor.hotSpot().y() + 12).lightness() > 200  # white body
        theme.apply_display(qapp, True, True)  # high contrast on top: still one large pointer, not two
        assert _shown(qapp) is not None
    finally:
        theme.apply_display(qapp, False, False)
    assert _shown(qapp) is None
