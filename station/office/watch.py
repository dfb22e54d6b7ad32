"""The merchant watch list: proposed from cases across stations, reviewed, accepted, appealed, removed.

Proposals come from the `cases_with_evidence` figure (dimension = merchant), summed over every station, so no
raw record is scanned. Accepted and appealed merchants travel to the stations in return bundles (an appeal does
not take a merchant off the list until it is decided); proposed and removed ones do not.
"""
from peewee import SQL, fn

from db.models import OfficeFigure, OfficeWatch, OfficeWatchEvent
from station import audit
from station import audit_actions as actions
from station.clock import format_time, local
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.i18n import N_, tr
from station.ids import new_gid
from station.office.catalog import EVIDENCE
from station.office.dashboard import standing
from station.permissions import Perm
from station.service import service

STATUS_LABELS = {"proposed": N_("WatchStatus", "Proposed"), "accepted": N_("WatchStatus", "Accepted"),
                 "appealed": N_("WatchStatus", "Appealed"), "removed": N_("WatchStatus", "Removed")}
ACTION_LABELS = {"accept": N_("WatchAction", "accept"), "appeal": N_("WatchAction", "appeal"),
                 "remove": N_("WatchAction", "remove")}
TRAVELS = ("accepted", "appealed")
_watch_codes = {"accept": actions.OFFICE_WATCH_ACCEPT, "appeal": actions.OFFICE_WATCH_APPEAL,
                 "remove": actions.OFFICE_WATCH_REMOVE}
# action: (statuses it may follow, resulting status, reason required)
STEPS = {"accept": (("proposed", "appealed", None), "accepted", False),
         "appeal": (("accepted",), "appealed", True),
         "remove": (("proposed", "accepted", "appealed"), "removed", True)}


def _event(ctx: Ctx, watch: str, action: str, reason: str) -> None:
    OfficeWatchEvent.create(watch_gid=watch, at=ctx.now(), action=action, reason=reason,
                            actor=ctx.actor.username)


@service(Perm.OFFICE)
def propose(ctx: Ctx, threshold: int = 3) -> list[dict]:
    """Propose every merchant with at least `threshold` cases with evidence that is not on the list yet."""
    if threshold < 1:
        raise InvalidInput("The threshold is at least 1 case.", why="threshold")
    query = (OfficeFigure.select(OfficeFigure.dim, fn.SUM(OfficeFigure.value))
             .where(SQL(standing(EVIDENCE)) & (OfficeFigure.dim != "")).group_by(OfficeFigure.dim))
    listed = {w.name for w in OfficeWatch.select(OfficeWatch.name).where(OfficeWatch.status != "removed")}
    proposed = []
    for merchant, cases in query.tuples():
        if cases >= threshold and merchant not in listed:
            row = {"gid": new_gid(), "name": merchant, "cases": int(cases)}
            OfficeWatch.create(**row, status="proposed", reason="", updated_at=ctx.now())
            _event(ctx, row["gid"], "proposed",
                   "1 case with evidence" if row["cases"] == 1 else f"{row['cases']} cases with evidence")
            audit.record(ctx, actions.OFFICE_WATCH_PROPOSE, "office_watch", row["gid"], None, row)
            proposed.append(row)
    return proposed


@service(Perm.OFFICE)
def decide(ctx: Ctx, name: str, action: str, reason: str = "") -> dict:
    """Move a merchant along the review: accept (also adds one by hand), appeal, remove — with a reason."""
    if action not in STEPS:
        raise InvalidInput("{action} is not a watch-list decision (accept, appeal, remove).",
                           why="watch_decision", action=action)
    if not name.strip():
        raise InvalidInput("A merchant name is needed.", why="merchant_name")
    allowed_from, status, needs_reason = STEPS[action]
    if needs_reason and not reason.strip():
        raise InvalidInput("Say why (a reason is kept with the decision).", why="reason_missing")
    row = (OfficeWatch.select().where((OfficeWatch.name == name.strip()) & (OfficeWatch.status != "removed"))
           .first())
    if row is None and action != "accept":
        raise NotFound("{name} is not on the watch list.", why="not_on_watch_list", name=name)
    if row is not None and row.status not in allowed_from:
        raise Refused("{name} is {status} on the watch list, so you cannot {action} it now.", why="watch_step",
                      name=name, status=tr(*STATUS_LABELS[row.status]), action=tr(*ACTION_LABELS[action]))
    before = None if row is None else {"status": row.status}
    if row is None:
        row = OfficeWatch.create(gid=new_gid(), name=name.strip(), reason=reason.strip(), status=status,
                                 updated_at=ctx.now())
    else:
        OfficeWatch.update(status=status, reason=reason.strip() or row.reason, updated_at=ctx.now()).where(
            OfficeWatch.gid == row.gid).execute()
    _event(ctx, row.gid, action, reason.strip())
    audit.record(ctx, _watch_codes[action], "office_watch", row.gid, before, {"status": status,
                                                                                   "reason": reason.strip()})
    return {"gid": row.gid, "name": row.name, "status": status, "reason": reason.strip()}


@service(Perm.OFFICE, write=False)
def history(ctx: Ctx, name: str) -> list[dict]:
    gids = [w.gid for w in OfficeWatch.select(OfficeWatch.gid).where(OfficeWatch.name == name)]
    return [{"at": str(e.at)[:16], "action": e.action, "reason": e.reason, "actor": e.actor}
            for e in OfficeWatchEvent.select().where(OfficeWatchEvent.watch_gid.in_(gids))
            .order_by(OfficeWatchEvent.at, OfficeWatchEvent.id)]


@service(Perm.OFFICE, write=False)
def notices(ctx: Ctx) -> list[dict]:
    from db.models import OfficeNotice

    return [{"title": n.title, "body": n.body, "created_at": str(n.created_at)[:16],
             "shown_at": format_time(local(n.created_at))}  # station time, as every page shows times
            for n in OfficeNotice.select().order_by(OfficeNotice.created_at.desc())]
