"""Search-as-you-type over the whole parcel history: by name, phone (tail), pickup code or tracking number.

Names and phones go through the residents' one search rule (station.residents.search); numbers and codes are
index range scans (prefix ranges instead of LIKE, which SQLite cannot index case-insensitively), so each
keystroke stays cheap on a million parcels.
"""
import re

from station.context import Ctx
from station.parcels.views import ParcelView, parcels_where
from station.permissions import Perm
from station.phones import is_phone_tail
from station.residents.search import clause
from station.service import service

_CODE_PREFIX = re.compile(r"^\d{1,2}-[\d-]*$")
_HIGH = "\U0010ffff"
_RESIDENTS_CAP = 200


def _by_residents(text: str, limit: int) -> list[ParcelView]:
    """Parcels of the residents the residents' one search rule finds for `text`."""
    where, params = clause(text)
    return parcels_where(f"p.resident_gid IN (SELECT r.gid FROM resident r WHERE {where} LIMIT {_RESIDENTS_CAP})",
                         params, "p.arrived_at DESC", limit)


def _by_tracking_prefix(prefix: str, limit: int) -> list[ParcelView]:
    return parcels_where("p.tracking_no >= ? AND p.tracking_no < ?", (prefix, prefix + _HIGH), "p.tracking_no",
                         limit)


@service(Perm.VIEW, write=False)
def search_parcels(ctx: Ctx, text: str, limit: int = 50) -> list[ParcelView]:
    """Parcels matching what has been typed so far; newest first for people, in number order for numbers."""
    query = (text or "").strip()
    limit = max(1, min(int(limit), 500))
    if not query:
        return []
    if _CODE_PREFIX.match(query):
        return parcels_where("p.pickup_code >= ? AND p.pickup_code < ?", (query, query + _HIGH),
                             "p.pickup_code, p.arrived_at DESC", limit)
    if query.isdigit() and len(query) == 11:
        return _by_residents(query, limit)
    if is_phone_tail(query):
        return _by_residents(query, limit) or _by_tracking_prefix(query, limit)
    if query.isascii() and query.isalnum():
        return _by_tracking_prefix(query.upper(), limit)
    return _by_residents(query, limit)


@service(Perm.VIEW, write=False)
def list_parcels(ctx: Ctx, status: str | None = None, limit: int = 50) -> list[ParcelView]:
    """Newest first, optionally of one status (the CLI's `parcel list`)."""
    limit = max(1, min(int(limit), 10_000))
    if status:
        return parcels_where("p.status = ?", (status,), "p.arrived_at DESC", limit)
    return parcels_where("1", (), "p.arrived_at DESC", limit)
