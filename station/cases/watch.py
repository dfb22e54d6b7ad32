"""The merchant watch list as case intake sees it: the office's list (SyncWatch) and this station's own flags.

Both live in the orders area (`station.orders.watch`, flagged with `station merchant flag`); cases ask the
same question through `merchant_warning(name)`, so an order and a case warn about the same merchants.
"""
from station.orders.watch import watch_hits


def merchant_warning(name: str) -> dict | None:
    """{"merchant", "source": "office"|"station", "reason"} for the first list entry naming the merchant, or None.
    No permission check: the caller is inside its own service."""
    hits = watch_hits(name) if (name or "").strip() else []
    if not hits:
        return None
    return {"merchant": hits[0].listed_name, "source": hits[0].source, "reason": hits[0].reason}
