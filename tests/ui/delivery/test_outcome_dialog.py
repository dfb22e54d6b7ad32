from station import scan
from station.delivery import Outcome
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from tests.station.delivery.helpers import status, village
from ui import ops
from ui.app import open_session
from ui.delivery import open_slip_outcome
from ui.qt import QtWidgets


def test_the_counter_hook_opens_the_choice_and_records_not_home(ctx, data_dir, qtbot):
    v = village(ctx)
    plan_run(ctx, group="一组")
    session = open_session(data_dir)
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    slip = next(s for s in run_sheet(ctx, "R0001").slips if s.name == "李大山")
    result = scan.route(session.ctx, slip.payload)
    assert result.kind == "delivery_slip" and result.data["needs_outcome"]
    dialog = open_slip_outcome(parent, session, result)
    assert dialog.isVisible() and not dialog.delegate.isEnabled()
    dialog.choose(Outcome.DELEGATE)
    ok = dialog.box.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    assert dialog.delegate.isEnabled() and not ok.isEnabled()  # a delegate needs a name
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, "3")  # the third outcome: not home
    assert dialog.outcome() == Outcome.NOT_HOME and ok.isEnabled()
    notified = []
    session.changed.connect(notified.append)
    dialog.accept()
    ops.wait_idle()
    assert status(v["p_li_old"]) == "waiting" and "deliveries" in notified
