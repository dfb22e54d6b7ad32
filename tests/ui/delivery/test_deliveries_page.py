from db.models import Parcel
from station.delivery import Outcome
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from station.delivery.volunteers import roster, save_volunteer
from tests.station.delivery.helpers import status, village
from ui import messages, ops
from ui.app import open_session
from ui.main_window import MainWindow


def open_page(data_dir, qtbot):
    window = MainWindow(open_session(data_dir))
    qtbot.addWidget(window)
    page = window.show_page("deliveries")
    ops.wait_idle()
    return window, page


def test_propose_build_print_and_close_a_run(ctx, data_dir, qtbot):
    v = village(ctx)
    save_volunteer(ctx, "老李", "13900000009")
    _window, page = open_page(data_dir, qtbot)
    assert page.proposals.table.rowCount() == 4
    page.proposals.group.setCurrentIndex(page.proposals.group.findText("一组"))
    ops.wait_idle()
    assert page.proposals.table.rowCount() == 3
    page.proposals.volunteer.setCurrentIndex(page.proposals.volunteer.findText("老李"))
    page.proposals.build.click()
    ops.wait_idle()
    assert page.tabs.currentWidget() is page.runs
    qtbot.waitUntil(lambda: page.runs.sheet is not None)
    assert page.runs.sheet.code == "R0001" and page.runs.sheet.volunteer == "老李"
    assert page.runs.stops.count() == 2
    page.runs.buttons["print"].click()
    ops.wait_idle()
    assert (data_dir / "slips" / "R0001.pdf").exists() and page.runs.buttons["open"].isEnabled()
    page.runs.buttons["close"].click()
    ops.wait_idle()
    assert all(status(p) == "delivered" for p in [*v["p_wang"], v["p_li_old"]])
    assert page.runs.sheet.status == "closed" and not page.runs.buttons["print"].isEnabled()


def test_stops_move_up_in_the_run_builder(ctx, data_dir, qtbot):
    village(ctx)
    plan_run(ctx, group="一组")
    _window, page = open_page(data_dir, qtbot)
    page.tabs.setCurrentWidget(page.runs)
    ops.wait_idle()
    last = run_sheet(ctx, "R0001").slips[-1].gid
    page.runs.stops.setCurrentRow(1)
    page.runs.buttons["up"].click()
    ops.wait_idle()
    assert run_sheet(ctx, "R0001").slips[0].gid == last


def test_scanning_a_slip_opens_the_outcome_choice_and_records_a_delegate(ctx, data_dir, qtbot):
    from station.residents import add_delegate

    v = village(ctx)
    add_delegate(ctx, v["zhao"], "赵刚", relation="儿子")
    plan_run(ctx, group="二组")
    _window, page = open_page(data_dir, qtbot)
    qtbot.keyClicks(page.scan_field, run_sheet(ctx, "R0001").slips[0].payload)
    qtbot.keyClick(page.scan_field, "\r")
    ops.wait_idle()
    dialog = page.dialog
    assert dialog.isVisible() and dialog.slip["name"] == "赵春梅"
    dialog.choose(Outcome.DELEGATE)
    dialog.delegate.setCurrentIndex(0)
    dialog.accept()
    ops.wait_idle()
    parcel = Parcel.get(Parcel.gid == v["p_zhao"])
    assert (parcel.status, parcel.receiver_name, parcel.receiver_relation) == ("delivered", "赵刚", "儿子")


def test_a_forged_slip_shows_one_clear_message_and_changes_nothing(ctx, data_dir, qtbot):
    village(ctx)
    plan_run(ctx, group="二组")
    _window, page = open_page(data_dir, qtbot)
    payload = run_sheet(ctx, "R0001").slips[0].payload
    seen = []
    messages.bridge().shown.connect(lambda level, text: seen.append((level, text)))
    page.scan_field.setText(payload[:-2] + ("AA" if not payload.endswith("AA") else "BB"))
    page.scan_field.returnPressed.emit()
    ops.wait_idle()
    assert seen and seen[-1][0] == "error" and "不是本站" in seen[-1][1]
    assert page.dialog is None and run_sheet(ctx, "R0001").slips[0].outcome == ""


def test_roster_form_adds_a_volunteer_with_availability(ctx, data_dir, qtbot):
    _window, page = open_page(data_dir, qtbot)
    page.tabs.setCurrentWidget(page.roster)
    ops.wait_idle()
    roster_view = page.roster
    roster_view.name.setText("张阿姨")
    roster_view.phone.setText("13900000008")
    roster_view.slots["sat_am"].setChecked(True)
    roster_view.slots["tue_pm"].setChecked(True)
    roster_view.save()
    ops.wait_idle()
    [v] = roster(ctx)
    assert (v.name, v.availability) == ("张阿姨", ("tue_pm", "sat_am"))
    qtbot.waitUntil(lambda: roster_view.table.rowCount() == 1 and roster_view.hours.rowCount() == 1)


def test_time_entered_by_hand_counts_in_the_month(ctx, data_dir, qtbot):
    save_volunteer(ctx, "老李", "13900000009")
    _window, page = open_page(data_dir, qtbot)
    page.tabs.setCurrentWidget(page.roster)
    ops.wait_idle()
    qtbot.waitUntil(lambda: page.roster.hours.rowCount() == 1)
    page.roster.hours.selectRow(0)
    page.roster.minutes.setValue(90)
    page.roster.add_time()
    ops.wait_idle()
    qtbot.waitUntil(lambda: page.roster.hours.item(0, 1).text() == "1.5")


def test_proposals_show_the_carrier_name_not_its_stored_code(ctx, data_dir, qtbot):
    from station.parcels.carriers import carrier_name
    from tests.station.delivery.helpers import parcel

    v = village(ctx)
    parcel(ctx, v["zhao"], tracking="SF1234567890123", carrier="sf")
    _window, page = open_page(data_dir, qtbot)
    table = page.proposals.table
    shown = {table.item(row, 4).text() for row in range(table.rowCount())}
    assert carrier_name("sf") in shown and "sf" not in shown


def test_a_runs_stops_say_how_many_parcels_and_who_took_them(ctx, data_dir, qtbot):
    from station.delivery.outcomes import record_outcome

    v = village(ctx)
    plan_run(ctx, group="二组")
    record_outcome(ctx, run_sheet(ctx, "R0001").slips[0].payload, "delegate", delegate="赵刚")
    _window, page = open_page(data_dir, qtbot)
    page.tabs.setCurrentWidget(page.runs)
    ops.wait_idle()
    qtbot.waitUntil(lambda: page.runs.stops.count() == 1)
    line = page.runs.stops.item(0).text()
    assert "1\u00a0件包裹" in line and "（赵刚）" in line, line
    assert v["zhao"]
