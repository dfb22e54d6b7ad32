"""The parcel list as staff use it: newest first, a page at a time, filters and search-as-you-type."""
import datetime as dt

import pytest

from station.i18n import set_language
from tests.station.parcels.helpers import T0, parcel, village
from ui import ops
from ui.app import open_session, prepare
from ui.parcels.parcel_list import ParcelListWidget
from ui.qt import Qt


@pytest.fixture
def listing(ctx, data_dir, qtbot, qapp):
    ids = village(ctx)
    for i in range(450):  # older history: picked up, one a minute
        parcel(ctx, ids["li"], f"2-1-{4000 + i}", f"SF{7000000000000 + i}", arrived=T0 - dt.timedelta(minutes=i + 1),
               status="picked_up")
    session = open_session(data_dir)
    prepare(qapp, session)
    widget = ParcelListWidget(session)
    widget.model.page_size = 100
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.start()
    ops.wait_idle()
    return widget, ids


def codes(widget) -> list[str]:
    return [row.pickup_code for row in widget.model.rows]


def test_first_page_only_then_more_as_the_view_scrolls(listing):
    widget, _ids = listing
    assert widget.model.rowCount() == 100 and widget.model.has_more
    assert codes(widget)[:5] == ["1-2-2002", "2-1-3001", "1-1-2001", "3-2-1046", "3-2-1045"] or \
        widget.model.rows[0].arrived_at >= widget.model.rows[-1].arrived_at
    widget.table.scrollToBottom()
    ops.wait_idle()
    assert widget.model.rowCount() >= 200
    while widget.model.canFetchMore():
        widget.model.fetchMore()
        ops.wait_idle()
    rows = widget.model.rows
    assert len(rows) == 456 and len({r.gid for r in rows}) == 456
    assert [r.arrived_at for r in rows] == sorted((r.arrived_at for r in rows), reverse=True)
    assert "456" in widget.summary.text()


def test_status_filter(listing):
    widget, _ids = listing
    widget.status.setCurrentIndex(widget.status.findData("waiting"))
    ops.wait_idle()
    assert sorted(codes(widget)) == ["1-1-2001", "1-2-2002", "2-1-3001", "3-2-1045", "3-2-1046"]
    assert not widget.model.has_more


def test_group_and_carrier_filters(listing, ctx):
    widget, ids = listing
    g2 = ids["groups"][1]
    widget.group.setCurrentIndex(widget.group.findData(g2))
    ops.wait_idle()
    assert sorted(codes(widget)) == ["1-1-2001", "1-2-2002"]
    widget.group.setCurrentIndex(0)
    widget.carrier.setCurrentIndex(widget.carrier.findData("yto"))
    ops.wait_idle()
    assert codes(widget) == ["3-2-1046"]


def test_custom_date_range(listing):
    widget, _ids = listing
    widget.dates.setCurrentIndex(widget.dates.findData("custom"))
    assert widget.since.isVisible()
    widget.since.setDate(dt.date(2026, 11, 20))
    widget.until.setDate(dt.date(2026, 11, 20))
    ops.wait_idle()
    # T0 is 10:00 on 20 Nov in the station's time; the older history runs back to 02:30 that day
    assert widget.model.rowCount() == 100 and widget.model.has_more
    widget.until.setDate(dt.date(2026, 11, 19))
    ops.wait_idle()
    assert widget.model.rowCount() == 0


def test_search_as_you_type_is_debounced_and_finds_name_code_and_tracking(listing, qtbot):
    widget, _ids = listing
    for char in "王秀":  # typed through an input method (QTest cannot type Chinese)
        widget.search.insert(char)
    assert widget.model.filter.text == ""  # nothing yet: the debounce waits for a pause in typing
    qtbot.waitUntil(lambda: widget.model.filter.text == "王秀", timeout=3000)
    ops.wait_idle()
    assert sorted(codes(widget)) == ["1-1-2001", "3-2-1045", "3-2-1046"]
    widget.search.clear()
    qtbot.keyClicks(widget.search, "YT123")
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    ops.wait_idle()
    assert codes(widget) == ["3-2-1046"]
    widget.search.setText("1045")
    widget.apply_filter()
    ops.wait_idle()
    assert sorted(codes(widget)) == ["3-2-1045", "3-2-1046"]  # phone tail of 王秀英 (13800001045)


def test_selecting_a_row_offers_the_residents_notice_log(listing, qtbot):
    widget, ids = listing
    widget.table.selectRow(0)
    assert widget.notice_button.isEnabled()
    with qtbot.waitSignal(widget.resident_chosen) as signal:
        widget.notice_button.click()
    assert signal.args[0] == widget.model.rows[0].resident_gid


def test_english_headers(ctx, data_dir, qtbot, qapp):
    set_language("en")
    session = open_session(data_dir, "en")
    widget = ParcelListWidget(session)
    qtbot.addWidget(widget)
    assert widget.model.headerData(1, Qt.Orientation.Horizontal) == "Pickup code"


def test_the_receiver_cell_uses_the_languages_brackets():
    from station.parcels.views import ParcelView
    from ui.parcels.parcel_list_model import cell

    fields = {f: "" for f in ParcelView.__dataclass_fields__}
    row = ParcelView(**{**fields, "receiver_name": "王晓燕", "receiver_relation": "self"})
    set_language("zh_CN")
    assert cell(row, "receiver").startswith("王晓燕（") and cell(row, "receiver").endswith("）")
    set_language("en")
    try:
        assert cell(row, "receiver") == "王晓燕 (self)"
    finally:
        set_language("zh_CN")
