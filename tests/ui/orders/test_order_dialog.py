"""Placing an order from the page: the form, a watch-list warning before saving, then saving with it recorded."""
import datetime as dt

from db.connection import close_database
from db.models import SyncWatch
from station.orders.orders import list_orders
from tests.station.orders.helpers import PHONE, resident
from tests.ui.orders.test_page import open_page
from ui import ops

ARRIVAL = str(dt.date.today() + dt.timedelta(days=3))


def fill(dialog) -> None:
    dialog.resident.setText(PHONE)
    dialog.consent_by.setText("王秀英")
    dialog.platform.setText("拼多多")
    dialog.merchant.setText("好米店")
    dialog.items.setPlainText("大米:2:45.50\n酱油:1:12")
    dialog.tracking.setText("73123456789012")
    dialog.arrival.setText(ARRIVAL)


def test_a_watched_merchant_warns_in_the_form_and_saving_again_records_it(ctx, data_dir, qtbot):
    resident(ctx)
    SyncWatch.create(gid="W1", office="TOWN", name="好米店", reason="多次投诉不退款")
    close_database()
    _window, page = open_page(data_dir, qtbot)
    page.new_order()
    dialog = page.dialog
    fill(dialog)
    dialog.accept()
    ops.wait_idle()
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert not dialog.confirm_watch.isHidden() and "多次投诉不退款" in dialog.confirm_watch.text()
    assert list_orders(page.session.ctx) == []
    dialog.confirm_watch.setChecked(True)
    dialog.accept()
    ops.wait_idle()
    ops.wait_idle()
    orders = list_orders(page.session.ctx)
    assert [(o.total_fen, o.status, o.expected_arrival) for o in orders] == [(10300, "placed", ARRIVAL)]
    assert "多次投诉不退款" in orders[0].watch_warning
    assert page.tables["orders"].rowCount() == 1 and page.tables["orders"].item(0, 5).text() == ARRIVAL
