"""Everything about one resident in time order, gathered from registered sources.

Each feature (parcels, deliveries; later assisted orders, returns, rights cases) registers a source:
a function from a resident's gid to timeline entries. Feature modules list themselves in
SOURCE_MODULES so the timeline knows them without the core importing every feature.
"""
import datetime as dt
import importlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from db.models import Resident
from station.context import Ctx
from station.errors import NotFound
from station.permissions import Perm
from station.service import service

# Modules that register timeline sources when imported. Append yours (orders, returns, cases …).
SOURCE_MODULES: list[str] = [
    "station.delivery.timeline_source",
    "station.parcels.timeline_source",
    "station.orders.timeline_source",
    "station.residents.timeline_source",
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
    if not Resident.select().where(Resident.gid == resident_gid).exists():  # the registry sits below residents/
        raise NotFound("No such resident.", why="resident")
    entries = [e for source in _sources() for e in source(resident_gid)]
    return sorted(entries, key=lambda e: (e.at, e.kind), reverse=True)[:limit]
