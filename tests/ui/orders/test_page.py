"""The Orders & Returns page with real widgets: lists filled from the services, the scan field finds an order,
a held cash-on-delivery parcel is paid from its tab."""
from db.connection import close_database
from station.orders.cod import list_cod
from station.parcels.intake import intake
from tests.station.orders.helpers import TRACKING, place, resident
from ui import ops
from ui.app import open_session
from ui.main_window import MainWindow
from ui.orders.page import TABS


def open_page(data_dir, qtbot):
    window = MainWindow(open_session(data_dir))
    qtbot.addWidget(window)
    page = window.show_page("orders")
    ops.wait_idle()
    return window, page


def test_lists_scan_and_paying_a_held_parcel(ctx, data_dir, qtbot):
    who = resident(ctx)
    order = place(ctx)
    intake(ctx, "73100000000999", resident_gid=who, cod_fen=8800)
    close_database()
    _window, page = open_page(data_dir, qtbot)
    assert page.tables["orders"].rowCount() == 1
    assert page.tables["cod"].rowCount() == 1 and "¥88.00" in page.tables["cod"].item(0, 3).text()
    page.scan_field.setText(TRACKING)
    page.scan()
    ops.wait_idle()
    ops.wait_idle()
    assert TABS[page.tabs.currentIndex()] == "orders"
    assert page.tables["orders"].currentRow() == 0
    assert page.data["orders"][0].id == order.id
    page.tables["cod"].selectRow(0)
    page.cod_pay()
    ops.wait_idle()
    ops.wait_idle()
    assert [c.status for c in list_cod(page.session.ctx)] == ["paid"]
    assert page.tables["cod"].rowCount() == 0
    cash = page.tables["cash"]
    assert sorted(cash.item(r, 2).text() for r in range(cash.rowCount())) == ["¥88.00", "¥91.00"]
