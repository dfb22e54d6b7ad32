"""The demo's year of orders hangs together: each order's parcel and pre-alert, returns within what was paid,
handovers counting their parcels, and cash days that balance but for the one that shows a shortfall."""
import datetime as dt

from db.models import database
from station.demo import make_demo_station
from station.orders.cash import cash_day
from station.orders.lists import closing_soon, overdue_refunds


def one(sql: str):
    return database.execute_sql(sql).fetchone()[0]


def test_a_demo_year_of_orders_is_consistent(tmp_path):
    counts = make_demo_station(tmp_path / "demo", residents=300, parcels=8000, seed=3)
    assert counts.orders["assisted_order"] >= 30 and counts.orders["outgoing_parcel"] >= 20
    assert one("SELECT count(*) FROM assisted_order o JOIN parcel p ON p.gid = o.parcel_gid "
               "JOIN prealert a ON a.gid = o.prealert_gid AND a.parcel_gid = p.gid") == counts.orders["assisted_order"]
    assert one("SELECT count(*) FROM goods_return WHERE refund_fen > paid_fen") == 0
    assert one("SELECT count(*) FROM carrier_handover h WHERE parcel_count != "
               "(SELECT count(*) FROM outgoing_parcel o WHERE o.handover_gid = h.gid)") == 0
    assert one("SELECT count(*) FROM assisted_order WHERE status IN ('collected', 'delivered', 'done') "
               "AND collected_at IS NULL") == 0
    from station.identity import open_station

    ctx = open_station(tmp_path / "demo")
    days = [dt.date.fromisoformat(d) for (d,) in database.execute_sql("SELECT DISTINCT day FROM cash_count")]
    sheets = [cash_day(ctx, d) for d in days]
    assert sum(not s.balanced for s in sheets) == 1
    assert all(s.opening_fen + s.in_fen + s.out_fen == s.closing_fen for s in sheets)
    closing_soon(ctx)  # the lists run on demo data
    overdue_refunds(ctx)


def test_demo_has_cases_in_every_state(tmp_path):
    """The demo's Cases page is not empty: open, paused, escalated, closed cases; overdue and due soon."""
    from db.models import CaseEvidence, CasePause, RightsCase
    from station.demo import make_demo_station

    counts = make_demo_station(tmp_path / "demo", residents=120, parcels=400)
    assert counts.cases == RightsCase.select().count() >= 10
    states = {c.state for c in RightsCase.select()}
    assert {"open", "closed"} <= states
    assert len({c.category for c in RightsCase.select()}) >= 5
    assert RightsCase.select().where(RightsCase.escalated_at.is_null(False)).count() == 1
    assert CasePause.select().where(CasePause.resumed_on.is_null()).count() == 1
    assert CaseEvidence.select().count() >= 4
