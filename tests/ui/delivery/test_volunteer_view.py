"""A volunteer signs in to the GUI: slips only (scan back, choose the outcome), and no permission errors."""
from db.models import Parcel
from station.accounts import add_account, authenticate
from station.delivery import Outcome
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from tests.station.delivery.helpers import village
from ui import messages, ops
from ui.app import open_session
from ui.main_window import MainWindow


def signed_in_volunteer(ctx, data_dir, qtbot, seen):
    add_account(ctx, "laoli", "老李", "volunteer", "2468")
    messages.bridge().shown.connect(lambda level, text: seen.append((level, text)))
    session = open_session(data_dir)
    session.sign_in(authenticate(ctx, "laoli", "2468"))  # as the sign-in dialog does before the window opens
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ops.wait_idle()
    return window


def test_a_volunteer_lands_on_the_slip_field_and_records_an_outcome(ctx, data_dir, qtbot):
    v = village(ctx)
    plan_run(ctx, group="二组")
    seen = []
    window = signed_in_volunteer(ctx, data_dir, qtbot, seen)
    page = window.current_page()
    assert window.page_keys() == ["deliveries", "settings"] and page is window.pages["deliveries"]
    assert page.tabs is None and page.findChild(type(page.scan_field), "slipScan").isVisible()
    assert page.scan_field.hasFocus()
    qtbot.keyClicks(page.scan_field, run_sheet(ctx, "R0001").slips[0].payload)
    qtbot.keyClick(page.scan_field, "\r")
    ops.wait_idle()
    assert page.dialog.isVisible() and page.dialog.slip["name"] == "赵春梅"
    page.dialog.choose(Outcome.DELIVERED)
    page.dialog.accept()
    ops.wait_idle()
    assert Parcel.get(Parcel.gid == v["p_zhao"]).status == "delivered"
    assert [level for level, _text in seen] == ["info"], seen  # the outcome recorded; no permission error


def test_a_volunteer_can_open_every_page_listed_without_errors(ctx, data_dir, qtbot):
    seen = []
    window = signed_in_volunteer(ctx, data_dir, qtbot, seen)
    for key in window.page_keys():
        window.show_page(key)
        ops.wait_idle()
    assert not [text for level, text in seen if level == "error"], seen
