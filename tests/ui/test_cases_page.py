"""The Cases page: lists by state, due soon and overdue, the case view, statistics with charts."""
import datetime as dt
import os

from PIL import Image

from station.cases import evidence, records
from station.context import Ctx
from station.residents import add_resident
from ui import ops
from ui.app import open_session
from ui.cases.page import CasesPage

NOW = dt.datetime(2026, 12, 3, 2, 0)


def fill(ctx, tmp_path) -> list[str]:
    desk = Ctx(ctx.data_dir, ctx.station_code, ctx.actor, lambda: NOW)
    add_resident(desk, "王秀英", "13800001045")
    numbers = [records.add_case(desk, "13800001045", m, "拼多多", "refund_overdue", "128.50", "退款逾期",
                                opened_on="2026-10-20")["number"] for m in ("好运旗舰店", "老李农资", "别的店")]
    records.log_action(desk, numbers[0], "filed_12315", "2026-10-20")  # overdue since 2026-10-29
    records.log_action(desk, numbers[1], "accepted", "2026-11-20")     # mediation into 2027: provisional
    photo = tmp_path / "照片.jpg"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo)
    evidence.add_evidence(desk, numbers[0], [photo])
    records.close_case(desk, numbers[2], "money", "50", satisfaction=4, day="2026-11-30")
    return numbers


def settle(qtbot, until):
    qtbot.waitUntil(lambda: (ops.wait_idle() or True) and until(), timeout=10000)


def test_lists_case_view_and_statistics(ctx, data_dir, tmp_path, qtbot, monkeypatch):
    numbers = fill(ctx, tmp_path)
    session = open_session(data_dir)
    monkeypatch.setattr(session, "ctx", Ctx(session.ctx.data_dir, session.ctx.station_code, session.ctx.actor,
                                            lambda: NOW))
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    settle(qtbot, lambda: page.table.rowCount() == 2)
    assert {page.table.item(r, 0).text() for r in range(2)} == set(numbers[:2])
    page.which.setCurrentIndex(2)  # overdue
    settle(qtbot, lambda: page.table.rowCount() == 1 and page.table.item(0, 0).text() == numbers[0])
    settle(qtbot, lambda: page.case_view.evidence.rowCount() == 1)
    assert "好运旗舰店" in page.case_view.header.text()
    assert page.case_view.clocks.item(0, 3).text() == "已超期"
    page.case_view.verify()
    settle(qtbot, lambda: page.case_view.evidence.item(0, 4).text() == "完好")
    pdf = tmp_path / "案卷.pdf"
    monkeypatch.setattr("ui.qt.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(pdf), ""))
    page.case_view.dossier()
    settle(qtbot, lambda: pdf.exists() and "案卷" in page.case_view.verdict.text())
    page.which.setCurrentIndex(0)
    settle(qtbot, lambda: page.table.rowCount() == 2)
    page.table.selectRow([page.table.item(r, 0).text() for r in range(2)].index(numbers[1]))
    settle(qtbot, lambda: "2027" in (page.case_view.clocks.item(0, 2).text() if page.case_view.clocks.rowCount()
                                     else ""))
    assert "尚无 2027\u00a0年日历" in page.case_view.clocks.item(0, 2).text()
    page.tabs.setCurrentIndex(1)
    settle(qtbot, lambda: page.stats_view.stats is not None and page.stats_view.charts.count() == 2)
    assert "50.00" in page.stats_view.figures.text() and "受理率" in page.stats_view.figures.text()
    if os.environ.get("CASES_PAGE_PNG"):  # for looking at it: CASES_PAGE_PNG=/tmp/stats.png pytest …
        page.grab().save(os.environ["CASES_PAGE_PNG"])
