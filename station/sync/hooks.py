"""Areas that ride on the bundles, named here as entries ("module:function") and loaded when first used.

Sync must not import the areas above it (cases imports sync's errors; an import back would close a circle),
yet a station's bundle carries escalated evidence files and a return bundle carries the working-day calendar
that the cases area applies. So sync names the entry points as text and imports them only when a bundle is
written or read; the area owns the functions. Tests may append callables to the lists in returns.py.
"""
import importlib
from collections.abc import Callable
from functools import cache

# (ctx, [{"day", "kind", "name"}]) -> None: applies the office's working-day calendar on a station.
CALENDAR = ("station.cases.office_link:apply_office_calendar",)
# (ctx, writer, seq_from, seq_to, full) -> (lines written, [warnings]): extra payload lines of a station bundle.
STATION_LINES = ("station.cases.office_link:write_escalated_files",)
# entity -> (ctx, station_code, [(station, entity, gid, version, deleted, body)]) -> None, at the office;
# rows of these entities are not kept as records.
OFFICE_ENTITIES = {"evidence_file": "station.cases.office_link:store_evidence_files"}


@cache
def load(entry: str) -> Callable:
    module, name = entry.split(":")
    return getattr(importlib.import_module(module), name)
