"""Every counter task with a scanner and the keyboard alone: QTest key events only, never a mouse click."""
from station.accounts import add_account
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from station.parcels.intake import intake
from station.parcels.views import parcels_where
from tests.station.delivery.helpers import status, village
from tests.ui.counter.test_counter_slips import _window
from tests.ui.test_counter import key, page_of, scan, station, type_text, window  # noqa: F401 (fixtures)
from ui import ops
from ui.delivery.outcome_dialog import OutcomeDialog
from ui.help_panel import HelpPanel
from ui.qt import Qt, QtWidgets


def focused():
    return QtWidgets.QApplication.focusWidget()


def test_intake_then_shelf_label_by_keys(window, qtbot, station):  # noqa: F811
    page = page_of(window)
    page.open_prints = False
    scan(qtbot, page, "SF1234567890123")
    assert page.view.verdict.verdict == "choice" and page.stack.currentWidget() is page.prompt
    scan(qtbot, page, "2468")
    assert page.view.verdict.verdict == "success" and page.result.name.text() == "李建国"
    key(qtbot, page, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: page.last_print is not None)
    assert page.last_print.exists() and page.last_print.read_bytes().startswith(b"%PDF")
    assert page.scan.hasFocus()


def test_handout_to_delegate_then_receipt_by_keys(window, qtbot, station):  # noqa: F811
    page = page_of(window)
    page.open_prints = False
    code = intake(station["ctx"], "SF1234567890123", resident_gid=station["wang1"].gid).parcel.pickup_code
    scan(qtbot, page, code)
    assert page.stack.currentWidget() is page.handout
    key(qtbot, page, Qt.Key.Key_Down)
    assert "王小明" in page.handout.receiver.currentText()
    scan(qtbot, page, "")
    assert parcels_where("p.pickup_code = ?", (code,))[0].receiver_name == "王小明"
    assert page.view.verdict.verdict == "success"
    key(qtbot, page, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: page.last_print is not None)
    assert page.last_print.name.startswith("receipt-")


def test_same_name_choice_by_number(window, qtbot, station):  # noqa: F811
    page = page_of(window)
    ctx = station["ctx"]
    intake(ctx, "SF1234567890123", resident_gid=station["wang1"].gid)
    intake(ctx, "JT1234567890123", resident_gid=station["wang2"].gid)
    scan(qtbot, page, "王秀英")
    assert page.stack.currentWidget() is page.chooser and page.view.verdict.verdict == "choice"
    key(qtbot, page, Qt.Key.Key_Down)
    scan(qtbot, page, "")  # Enter takes the chosen line
    assert page.handout.name.text() == "王秀英" and "5678" in page.handout.who.text()
    key(qtbot, page, Qt.Key.Key_Escape)
    assert page.mode == "idle" and "取消" in page.view.verdict.words()


def test_delivery_slip_scan_back_by_keys(ctx, data_dir, qtbot, qapp):
    v = village(ctx)
    plan_run(ctx, group="一组")
    slip = next(s for s in run_sheet(ctx, "R0001").slips if s.name == "李大山")
    win = _window(data_dir, qtbot, qapp)
    page = page_of(win)
    scan(qtbot, page, slip.payload)
    qtbot.waitUntil(lambda: isinstance(page.dialog, OutcomeDialog))
    dialog = page.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(focused() or dialog, "1")
    qtbot.keyClick(focused() or dialog, Qt.Key.Key_Return)
    ops.wait_idle()
    qtbot.waitUntil(lambda: page.dialog is None and page.scan.hasFocus())
    assert status(v["p_li_old"]) == "delivered"
    assert page.view.verdict.verdict == "success" and page.result.name.text() == "李大山"


def test_switch_user_by_keys(window, qtbot, station):  # noqa: F811
    add_account(station["ctx"], "laoli", "老李", "staff", "3456")
    page = page_of(window)
    qtbot.keyClick(page.scan, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.sign_in_dialog
    assert dialog is not None
    ops.wait_idle()
    qtbot.waitUntil(lambda: dialog.users.count() >= 2)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.pin.hasFocus())
    while dialog.selected_username() != "laoli":
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.pin, "3456")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    ops.wait_idle()
    qtbot.waitUntil(lambda: window.session.actor.username == "laoli")


def test_f1_help_on_every_page(window, qtbot, station):  # noqa: F811
    for number, page_key in enumerate(window.page_keys()[:9], 1):
        qtbot.keyClick(focused() or window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)
        ops.wait_idle()
        assert window._current_key() == page_key
        qtbot.keyClick(focused() or window, Qt.Key.Key_F1)
        panel = window.help_panel
        assert isinstance(panel, HelpPanel) and panel.isVisible()
        assert any(line.startswith("Ctrl+L") for line in panel.texts())
        if page_key == "counter":
            assert any(line.startswith("F4") and "回执" in line for line in panel.texts())
        qtbot.keyClick(panel, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda p=panel: not p.isVisible() and focused() is not None and focused().window() is window)
