"""Office maintenance services."""
from station import audit
from station.context import Ctx
from station.office import figures
from station.permissions import Perm
from station.service import service


@service(Perm.OFFICE)
def refigure(ctx: Ctx) -> int:
    """Recompute office_figure from every record held, e.g. after an area registered a new measure."""
    seen = figures.rebuild()
    audit.record(ctx, "office.refigure", "office_figure", "all", None, {"records": seen})
    return seen
