import datetime as dt

import pytest

from db.models import CashEntry
from station.errors import InvalidInput, NotFound, Refused
from station.orders.cash import cash_day, count_cash, list_entries, record_cash, reverse_entry
from tests.station.orders.helpers import at, counts, place, resident

DAY1 = dt.datetime(2026, 3, 1, 2, 0)  # 10:00 station time
DAY2 = dt.datetime(2026, 3, 2, 2, 0)


def test_a_day_balances_opening_plus_entries_equals_counted_cash(ctx):
    resident(ctx)
    at(ctx, DAY1)
    place(ctx)  # 91.00 in
    at(ctx, DAY2)
    record_cash(ctx, "courier_settlement", 3000, "中通 到付结算")
    record_cash(ctx, "other_in", 500, "复印费")
    count_cash(ctx, "2026-03-02", 9100 - 3000 + 500)
    sheet = cash_day(ctx, "2026-03-02")
    assert (sheet.opening_fen, sheet.in_fen, sheet.out_fen, sheet.closing_fen) == (9100, 500, -3000, 6600)
    assert (sheet.counted_fen, sheet.difference_fen, sheet.balanced) == (6600, 0, True)


def test_a_day_that_does_not_balance_shows_the_difference(ctx):
    at(ctx, DAY1)
    record_cash(ctx, "other_in", 1000, "复印费")
    count_cash(ctx, "2026-03-01", 900)
    sheet = cash_day(ctx, "2026-03-01")
    assert (sheet.balanced, sheet.difference_fen) == (False, -100)
    count_cash(ctx, "2026-03-01", 1000)  # counted again: the latest count counts
    assert cash_day(ctx, "2026-03-01").balanced


def test_entries_are_never_edited_a_reversal_cancels_one_once(ctx):
    at(ctx, DAY1)
    wrong = record_cash(ctx, "other_in", 1000, "输错了")
    fix = reverse_entry(ctx, wrong.gid, "金额输错")
    assert fix.amount_fen == -1000 and fix.reverses_gid == wrong.gid
    assert CashEntry.get_by_id(wrong.gid).amount_fen == 1000
    assert [e.reversed_by for e in list_entries(ctx) if e.gid == wrong.gid] == [fix.gid]
    before = counts()
    with pytest.raises(Refused) as err:
        reverse_entry(ctx, wrong.gid, "再来一次")
    assert err.value.code == "refused.already_reversed"
    with pytest.raises(Refused):
        reverse_entry(ctx, fix.gid, "反冲反冲")
    with pytest.raises(NotFound):
        reverse_entry(ctx, "NOPE", "x")
    assert counts() == before
    assert cash_day(ctx, "2026-03-01").closing_fen == 0


def test_bad_cash_input_is_refused_and_changes_nothing(ctx):
    at(ctx, DAY1)
    before = counts()
    for call, code in ((lambda: record_cash(ctx, "order_payment", 100, "x"), "invalid.cash_kind_manual"),
                       (lambda: record_cash(ctx, "other_in", 100, " "), "invalid.cash_note_missing"),
                       (lambda: record_cash(ctx, "other_in", -100, "x"), "invalid.amount_not_positive"),
                       (lambda: count_cash(ctx, "2026-03-02", 100), "invalid.future_date"),
                       (lambda: count_cash(ctx, "2026-03-01", -1), "invalid.bad_count"),
                       (lambda: cash_day(ctx, "yesterday"), "invalid.bad_date"),
                       (lambda: cash_day(ctx, "2026-03-02"), "invalid.future_date")):
        with pytest.raises(InvalidInput) as err:
            call()
        assert err.value.code == code
    assert counts() == before
