"""Measures of the assisted orders and returns area (issue 10): their records' entity names are those of m007_orders."""
from station.office.measures import Contribution, local_day, measure


@measure("assisted_order")
def orders_placed(body: dict) -> list[Contribution]:
    if body.get("status") == "cancelled":
        return []
    return [(local_day(body.get("created_at")), "orders", "", 1),
            (local_day(body.get("created_at")), "orders_by_platform", str(body.get("platform") or ""), 1)]


@measure("goods_return")
def returns_started(body: dict) -> list[Contribution]:
    return [(local_day(body.get("created_at")), "returns", "", 1)]


@measure("goods_return")
def refunds_overdue(body: dict) -> list[Contribution]:
    """A refund still not confirmed counts on its due day (a past month's figure is what went overdue)."""
    due = str(body.get("refund_due") or "")[:10]
    if not due or body.get("status") == "refunded":
        return []
    return [(due, "refunds_overdue", "", 1)]


@measure("goods_return")
def money_recovered(body: dict) -> list[Contribution]:
    if body.get("status") != "refunded" or not body.get("refund_fen"):
        return []
    return [(local_day(body.get("refunded_at")), "money_recovered", "", int(body["refund_fen"]) / 100)]
