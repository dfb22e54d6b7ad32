"""Office maintenance services."""
from station import audit
from station import audit_actions as actions
from station.context import Ctx
from station.office import figures
from station.permissions import Perm
from station.service import service


@service(Perm.OFFICE)
def refigure(ctx: Ctx) -> int:
    """Recompute office_figure from every record held, e.g. after an area registered a new measure."""
    seen = figures.rebuild()
    audit.record(ctx, actions.OFFICE_REFIGURE, "office_figure", "all", None, {"records": seen})
    return seen


@service(Perm.OFFICE)
def set_bundle_limit(ctx: Ctx, station: str, megabytes: int) -> dict:
    """The largest bundle the receiver takes from `station` (0: the default, 256 MB); refused at announce."""
    from db.models import OfficeStation
    from station.errors import InvalidInput, NotFound

    if not 0 <= megabytes <= 4096:
        raise InvalidInput("A bundle limit is 0 to 4096 MB (0 = the default).", why="bundle_limit")
    row = OfficeStation.get_or_none(OfficeStation.code == station)
    if row is None:
        raise NotFound("Station {code} is not enrolled here.", why="station_not_enrolled", code=station)
    OfficeStation.update(max_bundle=megabytes << 20).where(OfficeStation.code == station).execute()
    audit.record(ctx, actions.OFFICE_BUNDLE_LIMIT, "office_station", station, {"max_bundle": row.max_bundle},
                 {"max_bundle": megabytes << 20})
    return {"station": station, "megabytes": megabytes}
