"""Residents the station serves: finding them at the counter and adding them inline."""
from dataclasses import asdict, dataclass

from db.models import Resident, VillageGroup
from station import audit
from station.context import Ctx
from station.errors import InvalidInput
from station.i18n import N_
from station.ids import new_gid
from station.permissions import Perm, allowed
from station.phones import check_mobile, is_phone_tail, mask_phone, phone_tail
from station.service import service

CARE_FLAGS = ("care_elderly", "care_mobility", "care_vision", "care_hearing", "care_alone")


@dataclass(frozen=True)
class ResidentView:
    gid: str
    name: str
    phone: str
    phone_tail: str
    group: str
    care: tuple[str, ...]

    def to_dict(self) -> dict:
        return asdict(self)


def view(resident: Resident, show_phone: bool, group_name: str = "") -> ResidentView:
    care = tuple(flag.removeprefix("care_") for flag in CARE_FLAGS if getattr(resident, flag))
    phone = resident.phone if show_phone else mask_phone(resident.phone)
    return ResidentView(resident.gid, resident.name, phone, resident.phone_tail, group_name, care)


def _group_names() -> dict[str, str]:
    return {g.gid: g.name for g in VillageGroup.select(VillageGroup.gid, VillageGroup.name)}


def _query_residents(query: str):
    text = (query or "").strip()
    if not text:
        raise InvalidInput("Type a name, a phone number or its last 4 digits.")
    if text.isdigit() and len(text) == 11:
        return Resident.select().where(Resident.phone == check_mobile(text))
    if is_phone_tail(text):
        return Resident.select().where(Resident.phone_tail == text)
    if text.isdigit():
        raise InvalidInput("Type the last 4 digits or the whole 11-digit phone number.")
    return Resident.select().where(Resident.name == text)


@service(Perm.VIEW, write=False)
def find_residents(ctx: Ctx, query: str, limit: int = 50) -> list[ResidentView]:
    """By full phone, phone tail (4 digits) or exact name; same-name residents all come back."""
    groups = _group_names()
    show = allowed(ctx.actor.role, Perm.RESIDENT_PHONES)
    rows = _query_residents(query).order_by(Resident.name, Resident.gid).limit(limit)
    return [view(r, show, groups.get(r.group_gid, "")) for r in rows]


@service(Perm.RESIDENTS)
def add_resident(ctx: Ctx, name: str, phone: str, group_gid: str | None = None, **care: bool) -> ResidentView:
    name = (name or "").strip()
    if not name or len(name) > 30:
        raise InvalidInput("A resident needs a name (at most 30 characters).")
    phone = check_mobile(phone)
    if group_gid and VillageGroup.get_or_none(VillageGroup.gid == group_gid) is None:
        raise InvalidInput("Unknown village group.")
    flags = {k: bool(v) for k, v in care.items() if k in CARE_FLAGS}
    resident = Resident.create(gid=new_gid(), owner=ctx.station_code, name=name, phone=phone,
                               phone_tail=phone_tail(phone), group=group_gid, created_at=ctx.now(), **flags)
    audit.record(ctx, "resident.add", "resident", resident.gid, None, {"name": name, "group": group_gid, **flags})
    return view(resident, True, _group_names().get(group_gid or "", ""))


@service(Perm.RESIDENTS)
def add_village_group(ctx: Ctx, name: str, sort: int = 0) -> dict:
    name = (name or "").strip()
    if not name:
        raise InvalidInput("A village group needs a name.")
    group = VillageGroup.create(gid=new_gid(), owner=ctx.station_code, name=name, sort=sort)
    audit.record(ctx, "group.add", "village_group", group.gid, None, {"name": name})
    return {"gid": group.gid, "name": name}


@service(Perm.VIEW, write=False)
def village_groups(ctx: Ctx) -> list[dict]:
    groups = VillageGroup.select().order_by(VillageGroup.sort, VillageGroup.name)
    return [{"gid": g.gid, "name": g.name} for g in groups]


CARE_LABELS = {
    "elderly": N_("Residents", "Elderly"),
    "mobility": N_("Residents", "Limited mobility"),
    "vision": N_("Residents", "Poor vision"),
    "hearing": N_("Residents", "Hard of hearing"),
    "alone": N_("Residents", "Lives alone"),
}
