"""The Cases page's actions driven through the real widgets: open a case (from scratch and from a parcel),
log an action, add evidence through the file dialog, pause and resume, close with an outcome; bad input
shows one message in the form and changes nothing."""
import datetime as dt

import pytest

from db.models import CaseEntry, CaseEvidence, RightsCase
from station.cases.evidence import vault_path
from station.context import Ctx
from station.residents import add_resident
from tests.ui.test_cases_page import NOW, settle
from ui.app import open_session
from ui.cases.page import CasesPage

PHONE = "13800001045"


@pytest.fixture
def page(ctx, data_dir, qtbot, monkeypatch):
    add_resident(Ctx(ctx.data_dir, ctx.station_code, ctx.actor, lambda: NOW), "王秀英", PHONE)
    session = open_session(data_dir)
    monkeypatch.setattr(session, "ctx", Ctx(session.ctx.data_dir, session.ctx.station_code, session.ctx.actor,
                                            lambda: NOW))
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    settle(qtbot, lambda: page.count.text() != "")
    return page


def fill(form, **values) -> None:
    for key, text in values.items():
        widget = form.fields[key]
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(text)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(text))
        elif hasattr(widget, "setDate"):
            widget.setDate(dt.date.fromisoformat(text))
        elif hasattr(widget, "setValue"):
            widget.setValue(text)
        else:
            widget.setText(text)


def test_open_log_evidence_pause_resume_close(page, qtbot, tmp_path, monkeypatch):
    form = page.new_case()
    fill(form, merchant="好运旗舰店", platform="拼多多", category="refund_overdue", amount="128.50",
         summary="退货寄回两周，商家不退款。")  # no resident: refused, nothing made
    form.submit()
    settle(qtbot, lambda: form.error.text() != "")
    assert form.isVisible() and RightsCase.select().count() == 0
    fill(form, resident=PHONE)
    form.submit()
    settle(qtbot, lambda: not form.isVisible() and page.table.rowCount() == 1)
    number = page.table.item(0, 0).text()
    settle(qtbot, lambda: page.case_view.number == number and page.case_view.log_button.isEnabled())
    assert "好运旗舰店" in page.case_view.header.text()

    form = page.case_view.log_action()
    fill(form, action="filed_12315", day="2026-11-30", note="网上提交")
    form.submit()
    settle(qtbot, lambda: not form.isVisible() and page.case_view.clocks.rowCount() == 1)
    assert "2026-11-30" in [page.case_view.clocks.item(0, 1).text()]

    files = [tmp_path / "聊天记录.txt", tmp_path / "收据.jpg"]
    files[0].write_text("客服：再等等", encoding="utf-8")
    files[1].write_bytes(b"\xff\xd8 not really a jpeg")
    monkeypatch.setattr("ui.qt.QtWidgets.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(f) for f in files], ""))
    page.case_view.add_evidence()
    settle(qtbot, lambda: page.case_view.evidence.rowCount() == 2)
    assert "2" in page.case_view.verdict.text()
    for item in CaseEvidence.select():
        assert vault_path(page.session.ctx.data_dir, item.sha256).read_bytes() in {f.read_bytes() for f in files}

    form = page.case_view.pause_or_resume()
    fill(form, day="2026-12-01", note="居民住院")
    form.submit()
    settle(qtbot, lambda: not form.isVisible() and page.case_view.pause_button.text() == "恢复计时 …")
    form = page.case_view.pause_or_resume()
    fill(form, day="2026-11-20")  # before the pause: refused in the form
    form.submit()
    settle(qtbot, lambda: form.error.text() != "")
    fill(form, day="2026-12-02")
    form.submit()
    settle(qtbot, lambda: not form.isVisible() and page.case_view.pause_button.text() == "暂停计时 …")

    entries = CaseEntry.select().count()
    form = page.case_view.close_case()
    fill(form, outcome="money", satisfaction=5)  # money without an amount: refused, nothing changes
    form.submit()
    settle(qtbot, lambda: form.error.text() != "")
    assert "金额" in form.error.text() and CaseEntry.select().count() == entries
    fill(form, amount="128.50")
    form.submit()
    settle(qtbot, lambda: not form.isVisible() and page.table.rowCount() == 0)
    case = RightsCase.get(RightsCase.number == number)
    assert (case.state, case.outcome, case.amount_recovered, case.satisfaction) == ("closed", "money", 12850, 5)


def test_open_from_a_parcel_carries_the_resident_over(page, qtbot):
    from db.models import Resident
    from tests.station.sync.helpers import add_parcel

    resident = Resident.get(Resident.phone == PHONE)
    add_parcel(page.session.ctx.station_code, "YT123456789", resident.gid)
    form = page.new_case()
    fill(form, source="parcel", source_ref="YT123456789", merchant="老李农资", category="expired_counterfeit",
         summary="种子过期")
    form.submit()
    settle(qtbot, lambda: not form.isVisible() and page.table.rowCount() == 1)
    case = RightsCase.get()
    assert (case.complainant, case.source_kind, case.source_ref) == ("王秀英", "parcel", "YT123456789")
