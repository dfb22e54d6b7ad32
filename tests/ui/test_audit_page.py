import sqlite3

from db.connection import close_database
from station.residents import add_resident
from ui import ops
from ui.app import open_session
from ui.audit import page as audit_page
from ui.audit.page import AuditPage


def _page(data_dir, qtbot, lang=None):
    page = AuditPage(open_session(data_dir, lang))
    qtbot.addWidget(page)
    page.refresh()
    ops.wait_idle()
    return page


def _cell(page, row, column):
    return page.model.data(page.model.index(row, column))


def test_lists_newest_first_and_filters(ctx, data_dir, qtbot):
    for i in range(3):
        add_resident(ctx, f"居民{i}", f"1381234{i:04d}")
    page = _page(data_dir, qtbot)
    seqs = [row["seq"] for row in page.model.rows]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == 5
    page.action_edit.setText("account.")
    page.refresh()
    ops.wait_idle()
    assert [r["action"] for r in page.model.rows] == ["account.add"]
    assert _cell(page, 0, 2) == "zhang" and _cell(page, 0, 3) == "添加账号"  # words, not codes; by the first admin
    page.action_edit.setText("")
    page.text_edit.setText("居民1")
    page.refresh()
    ops.wait_idle()
    assert len(page.model.rows) == 1 and "居民1" in _cell(page, 0, 5)


def test_load_more_pages_back(ctx, data_dir, qtbot, monkeypatch):
    monkeypatch.setattr(audit_page, "PAGE_SIZE", 2)
    for i in range(3):
        add_resident(ctx, f"居民{i}", f"1381234{i:04d}")
    page = _page(data_dir, qtbot)
    assert [r["seq"] for r in page.model.rows] == [5, 4] and page.more_button.isEnabled()
    page.load_more()
    ops.wait_idle()
    page.load_more()
    ops.wait_idle()
    assert [r["seq"] for r in page.model.rows] == [5, 4, 3, 2, 1]
    assert not page.more_button.isEnabled()


def test_verify_shows_intact_then_names_the_edited_row(ctx, data_dir, qtbot):
    add_resident(ctx, "王芳", "13800001111")
    page = _page(data_dir, qtbot)
    page.verify_button.click()
    ops.wait_idle()
    assert page.verdict_label.text() == "审计日志完好：共\u00a03\u00a0条。"
    close_database()
    with sqlite3.connect(data_dir / "station.db") as conn:
        conn.execute("UPDATE audit SET actor='someone' WHERE seq=2")
    page.verify_button.click()
    ops.wait_idle()
    assert "第\u00a02\u00a0条审计记录被修改" in page.verdict_label.text()


def test_audit_times_are_the_stations_wall_clock_like_every_other_page(monkeypatch):
    """Stored in UTC; shown as the counter shows times (China, UTC+8), whatever zone the PC is set to."""
    import time

    from station.clock import format_time, local
    from ui.audit.model import local_time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert local_time("2026-03-01 23:30:00") == "2026-03-02 07:30:00"
        stored = __import__("datetime").datetime(2026, 3, 1, 23, 30)
        assert format_time(local(stored)).endswith("07:30")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_changes_read_as_fields_and_records_by_name_not_internal_ids():
    from ui.audit.model import change_text, record_text

    entry = {"entity": "parcel", "entity_id": "01M8YCG1EH84MEPWF7MEDNKWMG",
             "before": '{"status": "waiting", "shelf": "3-1"}',
             "after": '{"status": "picked_up", "shelf": "3-1", "resident": "01K9DS0V52RE3CTR9Y63CF2TPZ"}'}
    assert change_text(entry) == "状态：待取 → 已取件"
    assert record_text(entry) == "…DNKWMG"
    named = {"entity_id": "01M8YCG1EH84MEPWF7MEDNKWMG", "before": None, "after": '{"name": "老李", "active": true}'}
    assert record_text(named) == "老李" and "{" not in change_text(named)


def test_who_filter_lists_display_names_and_filters_by_account(ctx, data_dir, qtbot):
    page = _page(data_dir, qtbot)
    labels = [page.actor_combo.itemText(i) for i in range(page.actor_combo.count())]
    assert len(labels) >= 2 and labels[0] in ("所有人", "Everyone")
    page.actor_combo.setCurrentIndex(labels.index(labels[1]))
    ops.wait_idle()
    assert all(row["actor"] == page.actor_combo.currentData() for row in page.model.rows)


def test_changes_name_fields_and_coded_values_in_words(ctx, data_dir, qtbot):
    """'状态：待取 → 问题件', not 'status: waiting → problem'; in English the same glossary words."""
    from station.parcels.problems import report_problem

    report_problem(ctx, "SF1234567890123", "misaddressed", note="box wet")
    page = _page(data_dir, qtbot)
    change = _cell(page, 0, 5)
    assert "状态：待取 → 问题件" in change and "类别：地址错误" in change and "备注：box wet" in change
    assert "photo" not in change  # no photo: an empty field is left out
    assert "status" not in change and "waiting" not in change and "misaddressed" not in change
    page = _page(data_dir, qtbot, "en")
    change = _cell(page, 0, 5)
    assert "Status: Waiting → Problem" in change and "Kind: Misaddressed" in change


def test_money_and_roles_in_words():
    from station.i18n import set_language
    from ui.audit.model import change_text

    set_language("en")
    assert change_text({"entity": "goods_return", "before": '{"status": "handed_off"}',
                        "after": '{"status": "refunded", "refund_fen": 9150}'}) == \
        "Status: Return parcel sent → Refunded, Refund (¥): 91.50"
    assert change_text({"entity": "account", "after": '{"role": "staff"}'}) == "Role: Station staff"
    assert change_text({"entity": "x", "after": '{"newer_field": "v"}'}) == "newer_field: v"  # unknown: as it is


def test_case_rows_in_words():
    """A rights case's audit rows name its action, category, state and outcome in words, like the Cases page."""
    from station.i18n import set_language
    from ui.audit.model import change_text

    assert change_text({"entity": "rights_case", "after": '{"action": "merchant_contacted", "day": "2026-12-01"}'}) \
        == "办理事项：已联系商家、日期：2026-12-01"
    set_language("en")
    closed = change_text({"entity": "rights_case", "before": '{"state": "open"}',
                          "after": '{"state": "closed", "outcome": "money", "category": "expired_counterfeit", '
                                   '"next_step": "", "source": "return"}'})
    assert closed == ("State: Open → Closed, Outcome: Resolved with money, Category: Expired or counterfeit goods, "
                      "Opened from: Return")


def test_nested_values_read_in_words_not_json():
    from ui.audit.model import change_text

    text = change_text({"entity": "station", "after": '{"by_status": {"delivered": 120, "waiting": 36}}'})
    assert text == "按状态：已送达 120 / 待取 36" and "{" not in text
