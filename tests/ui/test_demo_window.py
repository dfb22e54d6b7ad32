from station.demo import make_demo_station
from ui import ops
from ui.app import open_session, prepare
from ui.main_window import MainWindow


def test_the_main_window_opens_on_a_demo_station(data_dir, qtbot, qapp):
    make_demo_station(data_dir, residents=200, parcels=3000, seed=5)
    session = open_session(data_dir)
    prepare(qapp, session)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in window.page_keys():
        window.show_page(key)
        ops.wait_idle()
    assert "DEMO-001" in window.statusBar().station_label.text()
    assert "演示村站" in window.windowTitle()
