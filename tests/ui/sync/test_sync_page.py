"""The Sync page exports to a chosen folder, applies the office's return bundle, and the status bar follows."""
import json

import pytest

from db.connection import close_database
from tests.station.sync.helpers import add_resident, make_office, make_station, running_office, switch
from ui import ops
from ui.app import open_session
from ui.main_window import MainWindow
from ui.sync.page import SyncPage


def test_export_then_return_bundle_brings_waiting_to_zero(tmp_path, qtbot, cli):
    office = make_office(tmp_path)
    station = make_station(tmp_path, "CN-G-01", office)
    switch(station)
    add_resident("CN-G-01", "孙")
    add_resident("CN-G-01", "钱")
    close_database()
    window = MainWindow(open_session(station))
    qtbot.addWidget(window)
    page = window.show_page("sync")
    ops.wait_idle()
    assert window.statusBar().sync_label.text() == page.state_label.text() == "尚未同步，2\u00a0项变更待发送"
    page.folder.setCurrentText(str(tmp_path / "usb"))
    page.export_button.click()
    ops.wait_idle()
    qtbot.waitUntil(lambda: page.history.rowCount() == 1)
    bundles = list((tmp_path / "usb").glob("*.vsb"))
    assert len(bundles) == 1
    summary = cli("--json", "--data", office, "office", "import", bundles[0], "--returns", tmp_path / "back",
                  check_json=True)
    assert summary["accepted"] == 1
    page.import_return(next((tmp_path / "back").glob("*.vsr")))
    ops.wait_idle()
    qtbot.waitUntil(lambda: page.history.rowCount() == 2)
    assert "，0\u00a0项变更待发送" in page.state_label.text()
    assert "，0\u00a0项变更待发送" in window.statusBar().sync_label.text()
    assert "收到" in page.history.item(0, 1).text()
    assert json.loads(json.dumps(summary))["results"][0]["records"] == 2


def test_a_volunteer_sees_the_state_but_cannot_sync(ctx, data_dir, qtbot):
    from station.context import Actor

    session = open_session(data_dir)
    session.sign_in(Actor("v", "志愿者", "volunteer"))
    page = SyncPage(session)
    qtbot.addWidget(page)
    page.refresh()
    ops.wait_idle()
    assert "待发送" in page.state_label.text()
    assert not page.push_button.isEnabled() and not page.export_button.isEnabled()


@pytest.fixture
def office_server(tmp_path):
    yield from running_office(tmp_path)


def test_send_now_pushes_over_the_network(tmp_path, qtbot, office_server):
    office, url = office_server
    station = make_station(tmp_path, "CN-G-02", office)
    ctx = switch(station)
    add_resident("CN-G-02", "何")
    from station.settings import set_setting
    set_setting(ctx, "sync_url", url)
    close_database()
    page = SyncPage(open_session(station))
    qtbot.addWidget(page)
    page.push_button.click()
    ops.wait_idle()
    page.refresh()
    ops.wait_idle()
    assert page.state_label.text().endswith("，0\u00a0项变更待发送")
    assert "网络" in page.history.item(0, 4).text()


def test_what_is_waiting_reads_as_a_chinese_list(ctx, data_dir, qtbot):
    from station.residents import add_resident as add_one
    from station.residents import add_village_group

    add_one(ctx, "王芳", "13800138000", add_village_group(ctx, "一组")["gid"])
    window = MainWindow(open_session(data_dir))
    qtbot.addWidget(window)
    page = window.show_page("sync")
    ops.wait_idle()
    text = page.waiting_label.text()
    assert "、" in text and ";" not in text, text
