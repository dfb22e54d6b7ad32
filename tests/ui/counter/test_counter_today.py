"""The counter's idle view shows today's figures, and they move as the keeper works."""
from station.parcels.intake import intake
from station.parcels.views import parcels_where
from tests.ui.test_counter import page_of, scan, station, window  # noqa: F401 (fixtures)
from ui import ops
from ui.qt import Qt


def figures(page) -> dict:
    return {key: int(page.today.value(key)) for key in page.today.tiles}


def test_figures_follow_an_intake_and_a_handout(window, qtbot, station):  # noqa: F811
    page = page_of(window)
    ops.wait_idle()
    before = figures(page)
    assert page.today.isVisible()
    assert (before["waiting"], before["arrived_today"], before["handed_out_today"]) == (0, 0, 0)

    scan(qtbot, page, "SF1234567890123")
    scan(qtbot, page, "2468")  # 李建国's phone tail: stored
    after_intake = figures(page)
    assert after_intake["waiting"] == 1 and after_intake["arrived_today"] == 1
    assert page.today.isVisible() and page.scan.hasFocus()

    code = parcels_where("p.tracking_no = 'SF1234567890123'")[0].pickup_code
    scan(qtbot, page, code)
    scan(qtbot, page, "")  # Enter: hand out to himself
    after_handout = figures(page)
    assert after_handout["waiting"] == 0 and after_handout["handed_out_today"] == 1
    assert after_handout["arrived_today"] == 1
    assert page.today.isVisible() and page.scan.hasFocus()


def test_figures_are_fresh_when_the_page_is_shown_again(window, qtbot, station):  # noqa: F811
    page = page_of(window)
    window.show_page("parcels")
    intake(station["ctx"], "SF1234567890999", resident_gid=station["li"].gid)  # e.g. from another PC
    window.show_page("counter")
    ops.wait_idle()
    assert figures(page)["waiting"] == 1
    qtbot.keyClick(page.scan, Qt.Key.Key_Escape)
    assert page.scan.hasFocus()
