"""Case statistics: 受理率 (accepted ÷ received), 按期办结率 (closed on or before every deadline ÷ closed),
满意率 (satisfied, 4–5 of 5, ÷ rated), money recovered — in total and by platform, merchant or month.

A merged duplicate is not a complaint of its own: it counts in its survivor only. Only the figures are
computed here; the GUI's charts and the PDF draw them.
"""
from db.models import database
from station.cases import yuan
from station.context import Ctx
from station.errors import InvalidInput
from station.permissions import Perm
from station.service import service

GROUPS = {"platform": "platform", "merchant": "merchant", "month": "substr(opened_on, 1, 7)"}
_FIGURES = """COUNT(*), SUM(accepted_on IS NOT NULL), SUM(state = 'closed'), SUM(state = 'closed' AND timely = 1),
    SUM(satisfaction IS NOT NULL), SUM(satisfaction >= 4), COALESCE(SUM(amount_recovered), 0)"""


def _rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def _row(key: str, received, accepted, closed, timely, rated, satisfied, money) -> dict:
    received, accepted, closed, timely = received or 0, accepted or 0, closed or 0, timely or 0
    rated, satisfied = rated or 0, satisfied or 0
    return {"key": key, "received": received, "accepted": accepted, "acceptance": _rate(accepted, received),
            "closed": closed, "timely": timely, "on_time": _rate(timely, closed), "rated": rated,
            "satisfied": satisfied, "satisfaction": _rate(satisfied, rated), "money": yuan(money or 0),
            "money_fen": money or 0}


def _month_filter(month: str | None) -> tuple[str, tuple]:
    if not month:
        return "", ()
    if len(month) != 7 or month[4] != "-" or not (month[:4] + month[5:]).isdigit():
        raise InvalidInput("A month looks like 2026-10.", why="bad_month")
    return " AND substr(opened_on, 1, 7) = ?", (month,)


@service(Perm.CASES, write=False)
def case_stats(ctx: Ctx, by: str | None = None, month: str | None = None) -> dict:
    if by is not None and by not in GROUPS:
        raise InvalidInput("Group by platform, merchant or month.", why="bad_group")
    where, params = _month_filter(month)
    base = f"FROM rights_case WHERE state != 'merged'{where}"
    total = _row("", *database.execute_sql(f"SELECT {_FIGURES} {base}", params).fetchone())
    groups = []
    if by:
        column = GROUPS[by]
        rows = database.execute_sql(f"SELECT {column}, {_FIGURES} {base} GROUP BY 1 ORDER BY 2 DESC, 1", params)
        groups = [_row(r[0] or "", *r[1:]) for r in rows]
    return {"by": by, "month": month, "total": total, "groups": groups}
