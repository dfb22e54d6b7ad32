"""Everything about one resident in time order, gathered from registered sources.

Each feature (parcels, deliveries; later assisted orders, returns, rights cases) registers a source:
a function from a resident's gid to timeline entries. Feature modules list themselves in
SOURCE_MODULES so the timeline knows them without the core importing every feature.
"""
import datetime as dt
import importlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from db.models import AuditEntry, Parcel, database
from station.context import Ctx
from station.i18n import N_, tr
from station.parcels.carriers import carrier_name
from station.permissions import Perm
from station.residents import get_resident
from station.service import service

# Modules that register timeline sources when imported. Append yours (orders, returns, cases …).
SOURCE_MODULES: list[str] = [
    "station.delivery.timeline_source",
    "station.parcels.timeline_source",
    "station.orders.timeline_source",
]


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str  # the source: parcel, delivery, record, order, case …
    text: str  # already in the user's language
    ref: str = ""  # gid of the thing the entry is about

    def to_dict(self) -> dict:
        return {**asdict(self), "at": str(self.at)[:16]}


Source = Callable[[str], Iterable[TimelineEntry]]
_SOURCES: dict[str, Source] = {}


def register_source(name: str, source: Source) -> None:
    _SOURCES[name] = source


def _sources() -> list[Source]:
    for module in SOURCE_MODULES:
        importlib.import_module(module)
    return list(_SOURCES.values())


@service(Perm.VIEW, write=False)
def resident_timeline(ctx: Ctx, resident_gid: str, limit: int = 300) -> list[TimelineEntry]:
    """Newest first."""
    get_resident(resident_gid)
    entries = [e for source in _sources() for e in source(resident_gid)]
    return sorted(entries, key=lambda e: (e.at, e.kind), reverse=True)[:limit]


def _told_elsewhere(resident_gid: str) -> set[str]:
    """Parcels whose pickup or return the counter's own records tell (handout, courier handoff)."""
    rows = database.execute_sql(
        "SELECT gid FROM parcel WHERE resident_gid = ? AND handout_gid IS NOT NULL AND status = 'picked_up' "
        "UNION SELECT h.parcel_gid FROM parcel_handoff h JOIN parcel p ON p.gid = h.parcel_gid "
        "WHERE p.resident_gid = ?", (resident_gid, resident_gid))
    return {gid for (gid,) in rows}


def parcel_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    told = _told_elsewhere(resident_gid)
    for p in Parcel.select().where(Parcel.resident == resident_gid):
        yield TimelineEntry(p.arrived_at, "parcel", tr("Timeline", "Parcel {tracking} ({carrier}) arrived, code "
                                                                  "{code}, shelf {shelf}").format(
            tracking=p.tracking_no, carrier=carrier_name(p.carrier) or "—", code=p.pickup_code or "—",
            shelf=p.shelf or "—"), p.gid)
        if p.gid in told:
            continue
        if p.status == "picked_up" and p.picked_up_at:
            yield TimelineEntry(p.picked_up_at, "parcel", tr("Timeline", "Parcel {tracking} picked up by {who}").format(
                tracking=p.tracking_no, who=p.receiver_name or "—"), p.gid)
        elif p.status == "returned":
            yield TimelineEntry(p.updated_at, "parcel", tr("Timeline", "Parcel {tracking} returned to the sender")
                                .format(tracking=p.tracking_no), p.gid)


RECORD_ACTIONS = {
    "resident.add": N_("Timeline", "Resident registered"),
    "resident.edit": N_("Timeline", "Record changed"),
    "resident.household": N_("Timeline", "Household changed"),
    "delegate.add": N_("Timeline", "Delegate added"),
    "delegate.remove": N_("Timeline", "Delegate removed"),
}


def record_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    """Edits of the resident's record and delegates, from the audit log."""
    query = AuditEntry.select().where(AuditEntry.entity_id == resident_gid, AuditEntry.entity == "resident",
                                      AuditEntry.action.in_(list(RECORD_ACTIONS)))
    for e in query:
        yield TimelineEntry(e.at, "record", tr("Timeline", "{what} by {actor}").format(
            what=tr(*RECORD_ACTIONS[e.action]), actor=e.actor), e.entity_id)


register_source("parcel", parcel_entries)
register_source("record", record_entries)
