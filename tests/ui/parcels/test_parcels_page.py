"""The Parcels page with its three tabs, driven as staff would: problem queue, notices, notice log."""
import pytest
from PIL import Image

from db.models import ParcelHandoff
from station.parcels.notice_log import notice_history
from station.parcels.problems import open_problems, report_problem
from station.parcels.reminders import returns_due
from tests.station.parcels.helpers import reload, village
from tests.station.parcels.pdf_checks import pdf_text
from ui import ops
from ui.app import open_session, prepare
from ui.parcels.page import ParcelsPage
from ui.qt import QtWidgets


@pytest.fixture
def page(ctx, data_dir, qtbot, qapp, monkeypatch):
    monkeypatch.setenv("STATION_SPEECH_ENGINE", "no-such-engine")
    ids = village(ctx)
    session = open_session(data_dir)
    prepare(qapp, session)
    widget = ParcelsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.refresh()
    ops.wait_idle()
    return widget, ids


def test_report_a_damaged_parcel_with_photo_from_the_dialog(page, tmp_path, ctx):
    widget, ids = page
    widget.tabs.setCurrentWidget(widget.problems)
    ops.wait_idle()
    assert widget.problems.empty.isVisible()
    photo = tmp_path / "box.png"
    Image.new("RGB", (40, 30), (90, 90, 90)).save(photo)
    dialog = widget.problems.report("SF1234567890123")
    dialog.kind.setCurrentIndex(dialog.kind.findData("damaged"))
    dialog.note.setText("一角压坏")
    dialog.photo.setText(str(photo))
    dialog.accept()
    ops.wait_idle()
    assert widget.problems.table.rowCount() == 1
    assert widget.problems.table.item(0, 1).text() == "SF1234567890123"
    assert widget.problems.table.item(0, 3).text() == "破损"
    assert reload(ids["wang_a"]).status == "problem"
    widget.problems.table.selectRow(0)
    assert widget.problems.photo_button.isEnabled()
    kept = widget.problems.photo_url().toLocalFile()
    assert open(kept, "rb").read() == photo.read_bytes()


def test_a_refused_report_shows_one_message_and_changes_nothing(page, qtbot):
    widget, ids = page
    from ui import messages

    seen = []
    messages.bridge().shown.connect(lambda level, text: seen.append((level, text)))
    dialog = widget.problems.report("SF1234567890123")
    dialog.kind.setCurrentIndex(dialog.kind.findData("damaged"))  # no photo
    dialog.accept()
    ops.wait_idle()
    assert seen == [("error", "破损件需要附上破损照片。")]
    assert reload(ids["wang_a"]).status == "waiting"
    assert widget.problems.table.rowCount() == 0


def test_reassign_to_the_right_same_name_resident(page, ctx):
    widget, ids = page
    report_problem(ctx, "SF1234567890123", "misaddressed")
    widget.tabs.setCurrentWidget(widget.problems)
    ops.wait_idle()
    widget.problems.table.selectRow(0)
    dialog = widget.problems.reassign()
    dialog.query.setText("王秀英")
    dialog.look_up()
    ops.wait_idle()
    assert dialog.matches.count() == 2  # two residents named 王秀英: staff pick by group and phone tail
    labels = [dialog.matches.item(i).text() for i in range(2)]
    dialog.matches.setCurrentRow(next(i for i, t in enumerate(labels) if "2222" in t))
    dialog.accept()
    ops.wait_idle()
    parcel = reload(ids["wang_a"])
    assert parcel.status == "waiting" and parcel.resident_gid == ids["wang2"] and parcel.pickup_code != "3-2-1045"
    assert open_problems(ctx) == [] and widget.problems.table.rowCount() == 0


def test_return_a_problem_parcel_to_the_courier(page, ctx):
    widget, ids = page
    report_problem(ctx, "YT1234567890123", "refused")
    widget.tabs.setCurrentWidget(widget.problems)
    ops.wait_idle()
    widget.problems.table.selectRow(0)
    dialog = widget.problems.hand_back()
    dialog.courier.setText("圆通 刘师傅")
    dialog.accept()
    ops.wait_idle()
    assert reload(ids["wang_b"]).status == "returned"
    assert ParcelHandoff.get().courier_name == "圆通 刘师傅"


def test_notices_tab_without_speech_engine_is_disabled_with_a_reason(page):
    widget, _ids = page
    widget.tabs.setCurrentWidget(widget.notices)
    ops.wait_idle()
    panel = widget.notices
    assert not panel.read_button.isEnabled()
    assert "语音引擎" in panel.read_button.toolTip()
    assert "3\u00a0天后提醒" in panel.rules.text()


def test_print_board_and_run_reminders_and_return_overdue(page, ctx, tmp_path, monkeypatch):
    import dataclasses
    import datetime as dt

    from tests.station.parcels.helpers import T0

    widget, ids = page
    widget.tabs.setCurrentWidget(widget.notices)
    out = tmp_path / "wall.pdf"
    widget.notices.print_board(str(out))
    ops.wait_idle()
    assert "王*英" in pdf_text(out)
    later = dataclasses.replace(widget.session.ctx, clock=lambda: T0 + dt.timedelta(days=8))
    widget.session.ctx = later
    widget.notices.remind()
    ops.wait_idle()
    assert widget.notices.table.rowCount() == 5 == len(returns_due(ctx))
    widget.notices.table.selectRow(0)
    dialog = widget.notices.hand_back()
    dialog.courier.setText("顺丰 王师傅")
    dialog.accept()
    ops.wait_idle()
    assert widget.notices.table.rowCount() == 4
    assert ParcelHandoff.get().reason == "overdue"


def test_notice_log_dialog_records_a_phone_call(page, ctx):
    widget, ids = page
    dialog = widget.open_notice_log(ids["wang"], "王秀英")
    ops.wait_idle()
    assert dialog.notice.text() == "王秀英，您有 2\u00a0个包裹，取件码 3-2-1045、3-2-1046。"
    assert not dialog.read_button.isEnabled() and dialog.read_button.toolTip()
    dialog.call_button.click()
    ops.wait_idle()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "工作人员电话通知"
    assert [n.channel for n in notice_history(ctx, ids["wang"])] == ["phone"]
    dialog.close()


def test_notice_log_read_aloud_with_the_mock_engine(ctx, data_dir, qtbot, qapp, monkeypatch):
    monkeypatch.setenv("STATION_SPEECH_ENGINE", "mock")
    ids = village(ctx)
    session = open_session(data_dir)
    widget = ParcelsPage(session)
    qtbot.addWidget(widget)
    dialog = widget.open_notice_log(ids["li"], "李明")
    qtbot.waitUntil(lambda: dialog.notice.text() != "", timeout=5000)
    assert dialog.read_button.isEnabled()
    dialog.read_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert widget.speaker.spoken == ["李明，您有 1 个包裹，取件码 2，1，3 0 0 1。"]
    assert [n.channel for n in notice_history(ctx, ids["li"])] == ["read_aloud"]
    qtbot.waitUntil(lambda: not widget.speaker.speaking, timeout=20000)
    dialog.close()


def test_page_is_reachable_in_the_main_window(ctx, data_dir, qtbot, qapp, monkeypatch):
    monkeypatch.setenv("STATION_SPEECH_ENGINE", "no-such-engine")
    from ui.main_window import MainWindow

    session = open_session(data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    page = window.show_page("parcels")
    ops.wait_idle()
    assert isinstance(page, ParcelsPage)
    assert isinstance(page.tabs.widget(0), QtWidgets.QWidget) and page.tabs.tabText(0) == "全部包裹"
