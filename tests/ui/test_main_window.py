from station.accounts import add_account, authenticate
from station.i18n import tr
from ui import ops
from ui.app import open_session, prepare
from ui.main_window import MainWindow

ALL_PAGES = ["counter", "parcels", "deliveries", "orders", "cases", "residents", "sync", "audit", "settings"]


def test_every_page_is_reachable_from_navigation(ctx, data_dir, qtbot, qapp):
    session = open_session(data_dir)
    prepare(qapp, session)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.page_keys() == ALL_PAGES
    assert list(window.pages) == ["counter"]  # the others are built when first chosen
    for row, key in enumerate(ALL_PAGES):
        window.nav.setCurrentRow(row)
        assert window.current_page() is window.pages[key]
    assert list(window.pages) == ALL_PAGES
    assert window.nav.item(0).text() == tr("Pages", "Counter") == "柜台"


def test_status_bar_names_station_and_user(ctx, data_dir, qtbot, qapp):
    session = open_session(data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert "CN-TEST-01" in window.statusBar().station_label.text()


def test_navigation_follows_the_signed_in_role(ctx, data_dir, qtbot, qapp):
    add_account(ctx, "li", "李四", "staff", "5678")
    add_account(ctx, "v", "老李", "volunteer", "2468")
    session = open_session(data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show_page("audit")
    session.sign_in(authenticate(ctx, "v", "2468"))
    ops.wait_idle()
    assert window.page_keys() == ["deliveries", "settings"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["送货上门", "设置"]
    assert window.current_page() is window.pages["deliveries"] and "audit" not in window.pages
    session.sign_in(authenticate(ctx, "li", "5678"))
    ops.wait_idle()
    assert window.page_keys() == ALL_PAGES
    assert window.current_page() is window.pages["deliveries"]
    assert window.pages["deliveries"].tabs is not None  # staff plan runs: the tabs are back


def test_an_office_directory_shows_only_office_pages(tmp_path, qtbot, qapp):
    from station.identity import init_station

    init_station(tmp_path / "office", "OFFICE-01", "镇办公室", kind="office")
    window = MainWindow(open_session(tmp_path / "office"))
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        ops.wait_idle()
    assert window.page_keys() == ["inbox", "stations", "dashboards", "cases-overview", "watch", "notices-calendar",
                                  "reports", "audit", "settings"]
