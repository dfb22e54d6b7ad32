"""The generic widget care: columns fitted to the view, elder-mode targets, the elder-mode switch."""
from ui import ops, theme
from ui.app import open_session, prepare
from ui.housekeeping import fitted_widths, tidy
from ui.main_window import MainWindow
from ui.qt import QtWidgets
from ui.tables import make_table, set_rows


def test_fitted_widths_cut_only_the_widest_columns_and_fill_the_view():
    sizes = fitted_widths({0: 100, 1: 80, 2: 600, 3: 500}, {0: 50, 1: 50, 2: 60, 3: 60}, 800)
    assert sizes[0] == 100 and sizes[1] == 80 and sum(sizes.values()) == 800
    assert sizes[2] < 600 and sizes[3] < 500
    assert sum(fitted_widths({0: 100, 1: 100}, {0: 10, 1: 10}, 500).values()) == 500  # spare width used


def test_a_wide_table_fits_its_view_with_the_whole_text_in_tooltips(qapp, qtbot):
    table = make_table(["Name", "Address", "Tracking number"])
    qtbot.addWidget(table)
    set_rows(table, [["王秀英", "村东头老井往北走三百米，过了小石桥再往右拐" * 3, "SF1234567890123"]], ["g1"])
    table.resize(500, 300)
    table.show()
    tidy(table)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert table.item(0, 1).toolTip().startswith("村东头")


def test_elder_mode_switch_in_the_status_bar_makes_targets_60_px(data_dir, ctx, qapp, qtbot):
    session = open_session(data_dir)
    prepare(qapp, session, False, False)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    ops.wait_idle()
    window.statusBar().elder_button.click()
    qtbot.waitUntil(lambda: window.statusBar().elder_button.isChecked())  # the bar is built anew, switched on
    ops.wait_idle()
    assert session.config.get("large_text") and theme.is_large() and qapp.font().pointSize() >= 18
    buttons = [b for b in window.current_page().findChildren(QtWidgets.QPushButton) if b.isVisible()]
    assert buttons and min(b.height() for b in buttons) >= 60
    window.statusBar().elder_button.click()
    qtbot.waitUntil(lambda: not theme.is_large())
    theme.apply_display(qapp, False, False)


def test_headers_wrap_before_a_name_or_code_is_cut():
    # a code and a name (cells 140 wide) beside four counts whose cells are narrow but headers wide (100)
    natural = {0: 140, 1: 140, 2: 100, 3: 100, 4: 100, 5: 100}
    cells = {0: 140, 1: 140, 2: 30, 3: 30, 4: 30, 5: 30}
    floors = {c: 30 for c in natural}
    sizes = fitted_widths(natural, floors, 600, cells)
    assert sizes[0] >= 140 and sizes[1] >= 140 and sum(sizes.values()) == 600
    assert fitted_widths(natural, floors, 600)[0] < 140  # without the cells' widths the name would be cut


def _cell_image(table, row: int, column: int):
    return table.viewport().grab(table.visualRect(table.model().index(row, column))).toImage()


def test_a_column_of_tick_boxes_shows_its_names_whole_in_large_text(qapp, qtbot):
    """The tick box is drawn larger than the item's size hint counts: the fitted column makes room for it, so
    each name is drawn exactly as in a column with room to spare (not "张…")."""
    theme.apply_display(qapp, True, False)
    try:
        table = make_table(["居民", "小组", "地址"], checkable=True)
        qtbot.addWidget(table)
        set_rows(table, [["欧阳秀英", "第二村民小组", "村东头老井往北走三百米" * 4], ["张军", "一组", "小卖部"]],
                 ["g1", "g2"])
        table.resize(900, 300)
        table.show()
        tidy(table)
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
        qapp.processEvents()
        fitted = table.columnWidth(0)
        shown = _cell_image(table, 0, 0)
        table.horizontalHeader().resizeSection(0, fitted + 200)
        roomy = _cell_image(table, 0, 0)
        assert all(shown.pixel(x, y) == roomy.pixel(x, y) for x in range(fitted - 4) for y in range(shown.height()))
    finally:
        theme.apply_display(qapp, False, False)
