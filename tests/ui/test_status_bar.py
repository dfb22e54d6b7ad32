"""The status bar shows the sync state whole at 1366×768, in Chinese and English, normal and large text: the
station and user labels give way (elided, whole in their tooltips) before it is cut."""
import pytest

from db.connection import close_database
from station.demo import make_demo_station
from station.i18n import tr
from ui import ops, theme
from ui.app import open_session, prepare
from ui.main_window import MainWindow


@pytest.fixture(scope="module")
def busy_station(tmp_path_factory):
    path = tmp_path_factory.mktemp("bar") / "station"
    make_demo_station(path, residents=300, parcels=3000, seed=5)  # thousands of changes waiting
    close_database()
    return path


def _shown_whole(bar) -> bool:
    label = bar.sync_label
    need = label.fontMetrics().horizontalAdvance(label.text())
    return label.isVisible() and label.contentsRect().width() >= need and label.geometry().right() <= bar.width()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_sync_state_is_shown_whole(busy_station, qapp, qtbot, lang, large):
    session = open_session(busy_station, lang)
    prepare(qapp, session, large, False)
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        ops.wait_idle()
        bar = window.statusBar()
        qtbot.waitUntil(lambda: any(ch.isdigit() for ch in bar.sync_label.text()))
        qtbot.waitUntil(lambda: _shown_whole(bar))
        longest = tr("Status", "Last synced {when}, {n} changes waiting").format(when="2026-03-01 12:00", n=37781)
        bar.set_sync_text(longest)
        qtbot.waitUntil(lambda: _shown_whole(bar))
        assert window.width() <= 1366
        assert session.station_name in bar.station_label.toolTip()  # whole there if its label gave way
    finally:
        theme.apply_display(qapp, False, False)
