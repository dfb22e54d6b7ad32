"""Delegates: family or neighbours a resident allows to collect parcels for them, or to be told."""
from dataclasses import asdict, dataclass

from db.models import Delegate, database
from station import audit
from station.audit_actions import DELEGATE_ADD, DELEGATE_REMOVE
from station.context import Ctx
from station.errors import InvalidInput, NotFound
from station.ids import new_gid
from station.permissions import Perm
from station.phones import check_mobile, mask_phone
from station.residents.records import get_resident, show_phones
from station.service import service


@dataclass(frozen=True)
class DelegateView:
    gid: str
    name: str
    phone: str
    relation: str
    may_collect: bool
    be_told: bool

    def to_dict(self) -> dict:
        return asdict(self)


def _view(d: Delegate, show_phone: bool) -> DelegateView:
    return DelegateView(d.gid, d.name, d.phone if show_phone else mask_phone(d.phone), d.relation,
                        bool(d.may_collect), bool(d.be_told))


@service(Perm.VIEW, write=False)
def delegates_of(ctx: Ctx, resident_gid: str) -> list[DelegateView]:
    show = show_phones(ctx)
    return [_view(d, show) for d in Delegate.select().where(Delegate.resident == resident_gid).order_by(Delegate.name)]


@service(Perm.RESIDENTS)
def add_delegate(ctx: Ctx, resident_gid: str, name: str, phone: str = "", relation: str = "",
                 may_collect: bool = True, be_told: bool = False) -> DelegateView:
    resident = get_resident(resident_gid)
    name, relation = (name or "").strip(), (relation or "").strip()
    if not name or len(name) > 30:
        raise InvalidInput("A delegate needs a name (at most 30 characters).", why="delegate_name")
    if len(relation) > 20:
        raise InvalidInput("A relation is at most 20 characters (son, neighbour …).", why="relation_too_long")
    phone = check_mobile(phone) if (phone or "").strip() else ""
    if not may_collect and not be_told:
        raise InvalidInput("A delegate may collect parcels, be told about them, or both.", why="delegate_role")
    if Delegate.get_or_none(Delegate.resident == resident.gid, Delegate.name == name):
        raise InvalidInput("{name} is already a delegate of {resident}.",
                           why="delegate_exists", name=name, resident=resident.name)
    d = Delegate.create(gid=new_gid(), owner=ctx.station_code, resident=resident.gid, name=name, phone=phone,
                        relation=relation, may_collect=bool(may_collect), be_told=bool(be_told))
    audit.record(ctx, DELEGATE_ADD, "resident", resident.gid, None,
                 {"delegate": d.gid, "name": name, "relation": relation, "may_collect": bool(may_collect),
                  "be_told": bool(be_told)})
    return _view(d, True)


@service(Perm.RESIDENTS)
def remove_delegate(ctx: Ctx, gid: str) -> dict:
    """Delegate changes are audited on the resident (entity resident), so the timeline finds them by index."""
    d = Delegate.get_or_none(Delegate.gid == gid)
    if d is None:
        raise NotFound("No such delegate.", why="delegate")
    before = {"delegate": gid, "name": d.name, "relation": d.relation}
    d.delete_instance()
    audit.record(ctx, DELEGATE_REMOVE, "resident", d.resident_gid, before, None)
    return before


def delegate_lines(resident_gid: str) -> list[dict]:
    """Who may come for a resident's parcels, as the handout panel lists them (phones masked).

    Raw: on every handout lookup, where peewee adds ~0.1 ms to a 0.25 ms p50 (bench/query_cost.py, bench/counter.py)."""
    rows = database.execute_sql("SELECT gid, name, relation, phone FROM delegate WHERE resident_gid = ? "
                                "ORDER BY name", (resident_gid,))
    return [{"gid": gid, "name": name, "relation": relation, "phone": mask_phone(phone)}
            for gid, name, relation, phone in rows]


def delegate_where(*where) -> tuple | None:
    """(gid, resident_gid, name, relation) of one registered delegate, or None."""
    return (Delegate.select(Delegate.gid, Delegate.resident_gid, Delegate.name, Delegate.relation)
            .where(*where).limit(1).tuples().first())
