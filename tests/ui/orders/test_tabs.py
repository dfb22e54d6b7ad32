"""The Orders page's other tabs as a user meets them, with real widgets: closing soon (and the return form over
several orders), returns and refunds (handoff, refund, overdue first, an exchange closed), outgoing parcels
(the 寄件 form with its real-name check, then the courier's handover list) and the cash of the day."""
import datetime as dt
from pathlib import Path

import pytest

from db.connection import close_database
from station.i18n import tr
from station.orders.orders import ItemIn, show_order
from station.orders.returns import list_returns, start_return
from station.orders.send import list_outgoing
from tests.station.orders.helpers import PHONE, at, collect, place, resident
from tests.ui.orders.test_page import open_page
from ui import messages, ops
from ui.orders.page import TABS
from ui.qt import Qt, QtWidgets

NOW = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def cells(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def button(page, tab: str, text: str) -> QtWidgets.QPushButton:
    widget = page.tabs.widget(TABS.index(tab))
    found = [b for b in widget.findChildren(QtWidgets.QPushButton) if b.text() == text]
    assert len(found) == 1, text
    return found[0]


def settle() -> None:
    for _ in range(3):
        ops.wait_idle()


@pytest.fixture
def seen():
    shown: list[tuple[str, str]] = []
    messages.bridge().shown.connect(lambda level, text: shown.append((level, text)))
    return shown


@pytest.fixture
def answers(monkeypatch):
    """What the user types or picks in the page's small questions, in order."""
    queue: list[str] = []
    monkeypatch.setattr(QtWidgets.QInputDialog, "getText", lambda *a, **k: (queue.pop(0), True))

    def pick(_parent, _title, _label, items, *_args, **_kwargs):
        wanted = queue.pop(0)
        return next(i for i in items if wanted in i), True

    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem", pick)
    return queue


@pytest.fixture
def opened(monkeypatch):
    paths: list[Path] = []
    for module in ("ui.orders.page", "ui.orders.actions"):
        monkeypatch.setattr(f"{module}.open_file", lambda path: paths.append(Path(path)) or True)
    return paths


def two_orders_collected_six_days_ago(ctx):
    resident(ctx)
    at(ctx, NOW - dt.timedelta(days=7))
    first = place(ctx, items=[ItemIn("大米", 2, 4550)])
    second = place(ctx, tracking="73123456789013", items=[ItemIn("菜籽油", 1, 6800)])
    at(ctx, NOW - dt.timedelta(days=6))
    collect(ctx)
    collect(ctx, "73123456789013")
    at(ctx, NOW)
    return first, second


def test_closing_soon_lists_the_windows_and_one_return_takes_items_of_both_orders(ctx, data_dir, qtbot, seen):
    first, second = two_orders_collected_six_days_ago(ctx)
    close_database()
    _window, page = open_page(data_dir, qtbot)
    soon = page.tables["closing_soon"]
    assert soon.rowCount() == 2 and set(cells(soon, 1)) == {"1"}  # one day left
    assert set(cells(soon, 2)) == {"王秀英"} and "¥91.00" in cells(soon, 4)
    page.tabs.setCurrentIndex(TABS.index("closing_soon"))
    soon.selectRow(cells(soon, 4).index("¥91.00"))
    button(page, "closing_soon", tr("Orders", "Start a return…")).click()
    settle()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    items = dialog.items
    assert sorted(cells(items, 0)) == ["大米", "菜籽油"]  # both orders: same resident, same merchant
    checked = [items.item(r, 0).text() for r in range(items.rowCount())
               if items.item(r, 0).checkState() == Qt.CheckState.Checked]
    assert checked == ["大米"]  # the chosen order's items start ticked
    oil = cells(items, 0).index("菜籽油")
    items.item(oil, 0).setCheckState(Qt.CheckState.Checked)
    dialog.reason.setCurrentIndex(dialog.reason.findData("changed_mind"))
    assert dialog.no_reason.isChecked() and not dialog.no_reason.isEnabled()
    dialog.accept()
    settle()
    (ret,) = list_returns(page.session.ctx)
    assert sorted(ret.orders) == sorted([first.id, second.id]) and ret.paid_fen == 9100 + 6800
    assert soon.rowCount() == 0
    assert page.tables["returns"].rowCount() == 1
    assert ("info", tr("Orders", "Return started.")) in seen


def test_a_late_item_is_refused_in_the_form_with_the_reason(ctx, data_dir, qtbot, seen):
    resident(ctx)
    at(ctx, NOW - dt.timedelta(days=10))
    order = place(ctx)
    collect(ctx)
    at(ctx, NOW)
    ends = show_order(ctx, order.id).window_ends
    close_database()
    _window, page = open_page(data_dir, qtbot)
    page.tables["orders"].selectRow(0)
    button(page, "orders", tr("Orders", "Start a return…")).click()
    settle()
    dialog = page.dialog
    assert dialog.items.item(0, 3).text() == tr("Orders", "{day} (closed)").format(day=ends)
    dialog.reason.setCurrentIndex(dialog.reason.findData("changed_mind"))
    dialog.accept()
    settle()
    assert list_returns(page.session.ctx) == []
    assert seen[-1][0] == "error" and order.id


def test_returns_tab_hands_off_refunds_shows_overdue_first_and_closes_an_exchange(ctx, data_dir, qtbot, answers,
                                                                                  seen):
    first, second = two_orders_collected_six_days_ago(ctx)
    at(ctx, NOW - dt.timedelta(days=5))
    late = start_return(ctx, order_id=first.id, reason="quality", outcome="refund_without_return")  # due in 7 days
    at(ctx, NOW)
    swap = start_return(ctx, order_id=second.id, reason="wrong_item", outcome="exchange")
    close_database()
    _window, page = open_page(data_dir, qtbot)
    table = page.tables["returns"]
    assert table.rowCount() == 2
    assert table.item(0, 0).data(Qt.ItemDataRole.UserRole) == swap.id  # not overdue yet: due in two days
    page.tabs.setCurrentIndex(TABS.index("returns"))
    table.selectRow(1)
    answers += ["91", tr("Orders", "Back to the original payment")]
    button(page, "returns", tr("Orders", "Refund received…")).click()
    settle()
    assert {r.id: r.status for r in list_returns(page.session.ctx)}[late.id] == "refunded", seen
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == swap.id)
    table.selectRow(row)
    answers += ["中通", "73100000000555"]
    button(page, "returns", tr("Orders", "Hand to a courier…")).click()
    settle()
    assert tr("Orders", "Return parcel sent") in cells(table, 0)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == swap.id)
    table.selectRow(row)
    answers += ["73100000000777"]
    button(page, "returns", tr("Orders", "Replacement received…")).click()
    settle()
    assert {r.id: r.status for r in list_returns(page.session.ctx)}[swap.id] == "exchanged"
    assert tr("Orders", "Exchanged") in cells(table, 0) and tr("Orders", "Exchange") in cells(table, 4)


def test_an_overdue_refund_is_marked_and_listed_first(ctx, data_dir, qtbot):
    first, second = two_orders_collected_six_days_ago(ctx)
    start_return(ctx, order_id=second.id, reason="quality")
    at(ctx, NOW - dt.timedelta(days=9))
    overdue = start_return(ctx, order_id=first.id, reason="quality", outcome="refund_without_return")
    at(ctx, NOW)
    close_database()
    _window, page = open_page(data_dir, qtbot)
    table = page.tables["returns"]
    assert table.item(0, 0).data(Qt.ItemDataRole.UserRole) == overdue.id
    assert table.item(0, 0).text().startswith(tr("Orders", "OVERDUE"))
    assert not table.item(1, 0).text().startswith(tr("Orders", "OVERDUE"))


def test_the_send_form_checks_the_sender_by_name_and_the_courier_signs_the_handover(ctx, data_dir, qtbot, answers,
                                                                                   opened):
    resident(ctx)
    close_database()
    _window, page = open_page(data_dir, qtbot)
    page.tabs.setCurrentIndex(TABS.index("outgoing"))
    button(page, "outgoing", tr("Orders", "Send a parcel…")).click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.id_warning.isHidden()  # not ticked yet: says it will be marked "ID not seen"
    dialog.sender.setText(PHONE)
    dialog.sender.editingFinished.emit()
    settle()
    assert "王秀英" in dialog.sender_name.text() and PHONE not in dialog.sender_name.text()  # masked
    dialog.id_checked.setChecked(True)
    assert dialog.id_warning.isHidden()
    dialog.tracking.setText("73100000000888")
    dialog.tracking.editingFinished.emit()
    assert dialog.carrier.currentText() == tr("Carriers", "ZTO Express")
    dialog.recipient.setText("王强 杭州")
    dialog.inspected.setChecked(True)
    dialog.fee.setText("12")
    dialog.accept()
    settle()
    (sent,) = list_outgoing(page.session.ctx)
    assert (sent.id_checked, sent.inspected, sent.fee_fen, sent.recipient) == (True, True, 1200, "王强 杭州")
    table = page.tables["outgoing"]
    assert cells(table, 1) == ["73100000000888"] and cells(table, 2) == ["王秀英"]
    assert cells(table, 3) == ["王强 杭州"] and tr("Orders", "ID seen") in cells(table, 5)[0]
    answers += [tr("Carriers", "ZTO Express")]
    button(page, "outgoing", tr("Orders", "Handover list…")).click()
    settle()
    assert table.rowCount() == 0 and opened and opened[0].suffix == ".pdf" and opened[0].exists()


def test_a_bad_fee_in_the_send_form_is_one_clear_warning_and_nothing_saved(ctx, data_dir, qtbot, seen):
    resident(ctx)
    close_database()
    _window, page = open_page(data_dir, qtbot)
    page.send_parcel()
    dialog = page.dialog
    dialog.sender.setText(PHONE)
    dialog.tracking.setText("73100000000888")
    dialog.carrier.setCurrentText("中通")
    dialog.fee.setText("-3")
    dialog.accept()
    settle()
    assert seen and seen[-1][0] == "warning"
    assert list_outgoing(page.session.ctx) == []


def test_the_cash_tab_shows_the_day_counts_the_drawer_and_prints_the_sheet(ctx, data_dir, qtbot, answers, opened):
    resident(ctx)
    place(ctx)  # ¥91.00 of the resident's cash into the drawer
    close_database()
    _window, page = open_page(data_dir, qtbot)
    table = page.tables["cash"]
    assert cells(table, 2) == ["¥91.00"]
    assert "91.00" in page.cash_summary.text()
    page.tabs.setCurrentIndex(TABS.index("cash"))
    answers += ["90"]
    button(page, "cash", tr("Orders", "Count the cash…")).click()
    settle()
    assert "1.00" in page.cash_summary.text()  # counted ¥90.00 against ¥91.00: the difference is shown
    button(page, "cash", tr("Orders", "Day sheet (PDF)")).click()
    settle()
    assert opened and opened[0].exists() and opened[0].read_bytes().startswith(b"%PDF")
