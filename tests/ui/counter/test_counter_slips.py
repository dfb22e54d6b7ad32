"""A volunteer's delivery slip scanned back at the counter's scan field opens the outcome choice."""
from station.delivery.runs import plan_run
from station.delivery.slipauth import make_payload, slip_key
from station.delivery.stops import run_sheet
from tests.station.delivery.helpers import status, village
from tests.ui.test_counter import page_of, scan
from ui import ops
from ui.app import open_session, prepare
from ui.delivery.outcome_dialog import OutcomeDialog
from ui.main_window import MainWindow
from ui.qt import Qt, QtWidgets


def _window(data_dir, qtbot, qapp):
    session = open_session(data_dir)
    prepare(qapp, session)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.show_page("counter")
    return win


def _slip_for(ctx, name: str):
    return next(s for s in run_sheet(ctx, "R0001").slips if s.name == name)


def test_slip_scanned_at_the_counter_records_delivered(ctx, data_dir, qtbot, qapp):
    v = village(ctx)
    plan_run(ctx, group="一组")
    slip = _slip_for(ctx, "李大山")
    payload = make_payload(slip_key(), slip.gid)
    assert payload == slip.payload
    win = _window(data_dir, qtbot, qapp)
    page = page_of(win)
    scan(qtbot, page, payload)
    qtbot.waitUntil(lambda: isinstance(page.dialog, OutcomeDialog))
    dialog = page.dialog
    assert dialog.isVisible() and "李大山" in dialog.findChild(QtWidgets.QLabel, "slipName").text()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, "1")  # delivered
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    ops.wait_idle()
    assert status(v["p_li_old"]) == "delivered"
    qtbot.waitUntil(lambda: page.dialog is None and page.scan.hasFocus())
    assert page.result.name.text() == "李大山" and "李大山" in page.log.item(0).text()


def test_replayed_slip_is_refused_with_one_message(ctx, data_dir, qtbot, qapp):
    village(ctx)
    plan_run(ctx, group="一组")
    slip = _slip_for(ctx, "李大山")
    from station.delivery.outcomes import record_outcome
    record_outcome(ctx, slip.payload, "delivered")
    win = _window(data_dir, qtbot, qapp)
    page = page_of(win)
    scan(qtbot, page, slip.payload)
    assert page.dialog is None and page.view.verdict.verdict == "refused"
    page.view.ready("")
    forged = slip.payload[:-1] + ("A" if slip.payload[-1] != "A" else "B")
    scan(qtbot, page, forged)
    assert page.dialog is None and page.view.verdict.verdict == "refused"
    assert page.view.verdict.next_step.text()  # says what to do next


def test_handout_panel_says_which_parcels_are_out_for_delivery(ctx, data_dir, qtbot, qapp):
    from station.parcels.intake import intake
    from station.residents import add_resident, add_village_group

    group = add_village_group(ctx, "一组")["gid"]
    wang = add_resident(ctx, "王秀英", "13800001234", group, care_elderly=True)
    away = intake(ctx, "SF1234567890123", resident_gid=wang.gid).parcel
    plan_run(ctx, parcel_gids=[away.gid])
    here = intake(ctx, "YT1234567890123", resident_gid=wang.gid).parcel
    win = _window(data_dir, qtbot, qapp)
    page = page_of(win)
    scan(qtbot, page, "1234")
    assert page.stack.currentWidget() is page.handout
    assert page.handout.parcels.count() == 1 and here.pickup_code in page.handout.parcels.item(0).text()
    assert away.pickup_code in page.handout.who.text()
    scan(qtbot, page, away.pickup_code)  # the one on the run: refused, naming the run
    assert "R0001" in page.view.verdict.words() and status(away.gid) == "out_for_delivery"
