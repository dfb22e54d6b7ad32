"""The office view: every page loads from the services; the inbox imports a folder and writes return bundles."""
import shutil

import pytest

from db.connection import close_database
from station.office.demo import make_demo_town
from ui import ops
from ui.app import open_session
from ui.main_window import MainWindow

OFFICE_PAGES = ["inbox", "stations", "dashboards", "cases-overview", "watch", "notices-calendar", "reports",
                "audit", "settings"]


@pytest.fixture
def town(tmp_path):
    made = make_demo_town(tmp_path, stations=2, residents=60, parcels=300)
    close_database()
    return made


def test_an_office_data_dir_shows_the_office_pages(town, qtbot):
    window = MainWindow(open_session(town.office))
    qtbot.addWidget(window)
    assert window.page_keys() == OFFICE_PAGES
    for key in OFFICE_PAGES:
        window.show_page(key)
        ops.wait_idle()


def test_inbox_imports_a_folder_with_results_per_file_and_returns(town, qtbot, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    for bundle in town.bundles:
        shutil.copy(bundle, usb)
    (usb / "garbage.vsb").write_bytes(b"not a bundle at all")
    window = MainWindow(open_session(town.office))
    qtbot.addWidget(window)
    page = window.show_page("inbox")
    page.import_folder(usb)
    ops.wait_idle()
    outcomes = sorted(page.results.item(r, 1).text() for r in range(page.results.rowCount()))
    assert outcomes == sorted(["已接收", "已接收", "已拒收"])
    assert len(list(usb.glob("*.vsr"))) == 2  # a return bundle per station, back on the drive
    ops.wait_idle()
    assert page.quarantine.rowCount() == 1 and "garbage.vsb" in page.quarantine.item(0, 0).text()
    page.quarantine.setCurrentCell(0, 0)
    page._act("delete")
    ops.wait_idle()
    assert page.quarantine.rowCount() == 0
    stations = window.show_page("stations")
    ops.wait_idle()
    assert stations.view.model_.rowCount() == 2
    assert stations.view.model_.item(0, 3).text() == "U盘 / 文件夹"


def test_dashboard_shows_figures_for_one_station(town, qtbot):
    from station.office.demo import open_office_ctx
    from station.sync.office_import import import_files

    import_files(open_office_ctx(town.office), town.bundles)
    close_database()
    window = MainWindow(open_session(town.office))
    qtbot.addWidget(window)
    page = window.show_page("dashboards")
    ops.wait_idle()
    assert page.station.count() == 3
    town_in = sum(page.parcels_chart.series[0][1])
    page.station.setCurrentIndex(1)
    ops.wait_idle()
    assert 0 < sum(page.parcels_chart.series[0][1]) < town_in


def test_the_stations_page_fits_in_large_english_text_with_the_counts_in_words(tmp_path, qapp, qtbot):
    """At 1366×768 in large text and English, no column of the Stations page runs off the side: the counts that
    the warning signs say in words are left to the CSV."""
    from tests.station.sync.helpers import make_office, make_station
    from ui import theme
    from ui.app import prepare
    from ui.qt import Qt, QtWidgets

    office = make_office(tmp_path)
    for code in ("CN-C-01", "CN-C-02", "CN-C-03"):
        make_station(tmp_path, code, office)
    close_database()
    session = open_session(office, "en")
    prepare(qapp, session, True, False)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("stations")
    ops.wait_idle()
    qapp.processEvents()
    ops.wait_idle()
    qapp.processEvents()
    view = window.findChild(QtWidgets.QTableView, "healthTable")
    shown = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(view.model().columnCount())
             if not view.isColumnHidden(c)]
    try:
        assert "Warning signs" in shown and "Restores" not in shown
        assert view.horizontalScrollBar().maximum() == 0
    finally:
        window.close()
        theme.apply_display(qapp, False, False)


def test_inbox_imports_a_larger_folder_from_its_worker_thread_with_the_helper_process(tmp_path, qtbot):
    """Five files: the import starts its helper process (station.sync.prefetch) from the page's worker thread while
    the window stays up; every file is accepted and the Stations page lists all five."""
    town = make_demo_town(tmp_path / "town", stations=5, residents=40, parcels=200)
    close_database()
    usb = tmp_path / "usb"
    usb.mkdir()
    for bundle in town.bundles:
        shutil.copy(bundle, usb)
    window = MainWindow(open_session(town.office))
    qtbot.addWidget(window)
    page = window.show_page("inbox")
    page.import_folder(usb)
    ops.wait_idle()
    assert [page.results.item(r, 1).text() for r in range(page.results.rowCount())] == ["已接收"] * 5
    stations = window.show_page("stations")
    ops.wait_idle()
    assert stations.view.model_.rowCount() == 5
