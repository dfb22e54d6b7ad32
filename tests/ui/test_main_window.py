from station.i18n import tr
from ui.app import open_session, prepare
from ui.main_window import MainWindow


def test_every_page_is_reachable_from_navigation(ctx, data_dir, qtbot, qapp):
    session = open_session(data_dir)
    prepare(qapp, session)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert list(window.pages) == ["counter", "parcels", "deliveries", "orders", "cases", "residents", "sync", "audit",
                                  "settings"]
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.stack.currentIndex() == row
    assert window.nav.item(0).text() == tr("Pages", "Counter") == "柜台"


def test_status_bar_names_station_and_user(ctx, data_dir, qtbot, qapp):
    session = open_session(data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert "CN-TEST-01" in window.statusBar().station_label.text()
