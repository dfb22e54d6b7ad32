"""Residents' records beyond the counter's quick look-up: browsing, editing, households and landmarks.

In a village the address is a landmark ("east of the old well, second gate"); it belongs to the
household, so everyone living there shares it. Phones are masked unless the role may see them.
"""
from dataclasses import asdict, dataclass

from peewee import JOIN

from db.models import Household, Resident, VillageGroup
from station import audit
from station.context import Ctx
from station.errors import InvalidInput, NotFound
from station.ids import new_gid
from station.permissions import Perm, allowed
from station.phones import check_mobile, clean_phone, mask_phone, phone_tail
from station.residents import CARE_FLAGS
from station.service import service

MAX_NOTES = 300
MAX_ADDRESS = 120


@dataclass(frozen=True)
class ResidentRow:
    gid: str
    name: str
    phone: str
    group: str
    address: str
    care: tuple[str, ...]

    def to_dict(self) -> dict:
        return asdict(self)


def get_resident(gid: str) -> Resident:
    found = Resident.get_or_none(Resident.gid == gid)
    if found is None:
        raise NotFound("No such resident.")
    return found


def _search(query, text: str):
    text = (text or "").strip()
    if not text:
        return query
    digits = clean_phone(text)
    if digits.isdigit():
        if len(digits) == 11:
            return query.where(Resident.phone == digits)
        if len(digits) == 4:
            return query.where(Resident.phone_tail == digits)
        return query.where(Resident.phone.contains(digits))
    return query.where(Resident.name.contains(text))


@service(Perm.VIEW, write=False)
def list_residents(ctx: Ctx, text: str = "", group_gid: str | None = None, care_only: bool = False,
                   offset: int = 0, limit: int = 100) -> list[ResidentRow]:
    """A page of residents by name (part of it), phone or phone tail; for lists that load lazily."""
    query = Resident.select(Resident, Household.address).join(Household, on=(Resident.household == Household.gid),
                                                                join_type=JOIN.LEFT_OUTER)
    query = _search(query, text)
    if group_gid:
        query = query.where(Resident.group == group_gid)
    if care_only:
        flags = [getattr(Resident, f) == True for f in CARE_FLAGS]  # noqa: E712
        query = query.where(flags[0] | flags[1] | flags[2] | flags[3] | flags[4])
    groups = {g.gid: g.name for g in VillageGroup.select()}
    show = allowed(ctx.actor.role, Perm.RESIDENT_PHONES)
    rows = query.order_by(Resident.name, Resident.gid).offset(max(0, offset)).limit(max(1, min(limit, 500))).objects()
    return [ResidentRow(r.gid, r.name, r.phone if show else mask_phone(r.phone), groups.get(r.group_gid, ""),
                        r.address or "",
                        tuple(f.removeprefix("care_") for f in CARE_FLAGS if getattr(r, f))) for r in rows]


def _snapshot(r: Resident) -> dict:
    home = Household.get_or_none(Household.gid == r.household_gid) if r.household_gid else None
    return {"name": r.name, "phone": r.phone, "group": r.group_gid, "household": r.household_gid,
            "address": home.address if home else "", "care_notes": r.care_notes,
            **{f: bool(getattr(r, f)) for f in CARE_FLAGS}}


@service(Perm.VIEW, write=False)
def resident_detail(ctx: Ctx, gid: str) -> dict:
    """Everything the edit form shows; the phone masked unless the role may see it."""
    r = get_resident(gid)
    data = _snapshot(r)
    if not allowed(ctx.actor.role, Perm.RESIDENT_PHONES):
        data["phone"] = mask_phone(r.phone)
    housemates = [m.name for m in Resident.select(Resident.name).where(
        Resident.household == r.household_gid, Resident.gid != r.gid)] if r.household_gid else []
    group = VillageGroup.get_or_none(VillageGroup.gid == r.group_gid) if r.group_gid else None
    return {**data, "gid": r.gid, "group_name": group.name if group else "", "housemates": housemates,
            "phone_visible": allowed(ctx.actor.role, Perm.RESIDENT_PHONES)}


def _check_changes(changes: dict) -> dict:
    known = {"name", "phone", "group_gid", "address", "care_notes", *CARE_FLAGS}
    unknown = set(changes) - known
    if unknown:
        raise InvalidInput("Unknown resident field: {field}", field=sorted(unknown)[0])
    clean = dict(changes)
    if "name" in clean:
        clean["name"] = (clean["name"] or "").strip()
        if not clean["name"] or len(clean["name"]) > 30:
            raise InvalidInput("A resident needs a name (at most 30 characters).")
    if "phone" in clean:
        clean["phone"] = check_mobile(clean["phone"])
    if "group_gid" in clean and clean["group_gid"] and VillageGroup.get_or_none(
            VillageGroup.gid == clean["group_gid"]) is None:
        raise InvalidInput("Unknown village group.")
    if len(clean.get("care_notes") or "") > MAX_NOTES:
        raise InvalidInput("Care notes are at most {count} characters.", count=MAX_NOTES)
    if len(clean.get("address") or "") > MAX_ADDRESS:
        raise InvalidInput("An address description is at most {count} characters.", count=MAX_ADDRESS)
    return clean


def _set_address(ctx: Ctx, r: Resident, group_gid: str | None, address: str) -> str | None:
    """The household's landmark; a resident without a household gets one in their village group."""
    address = (address or "").strip()
    if r.household_gid:
        Household.update(address=address).where(Household.gid == r.household_gid).execute()
        return r.household_gid
    if not address:
        return None
    if not group_gid:
        raise InvalidInput("Choose the village group before describing where the home is.")
    home = Household.create(gid=new_gid(), owner=ctx.station_code, group=group_gid, address=address,
                            created_at=ctx.now())
    return home.gid


@service(Perm.RESIDENTS)
def update_resident(ctx: Ctx, gid: str, **changes) -> dict:
    """Change any of name, phone, group, address (landmark), care flags and notes; audited before/after."""
    r = get_resident(gid)
    clean = _check_changes(changes)
    before = _snapshot(r)
    fields = {k: v for k, v in clean.items() if k in ("name", "care_notes") or k in CARE_FLAGS}
    if "care_notes" in fields:
        fields["care_notes"] = (fields["care_notes"] or "").strip()
    if "phone" in clean:
        fields.update(phone=clean["phone"], phone_tail=phone_tail(clean["phone"]))
    group_gid = clean.get("group_gid", r.group_gid) or None
    if "group_gid" in clean:
        fields["group"] = group_gid
    if "address" in clean:
        fields["household"] = _set_address(ctx, r, group_gid, clean["address"])
    if fields:
        Resident.update(**fields).where(Resident.gid == gid).execute()
    after = _snapshot(get_resident(gid))
    if after != before:
        audit.record(ctx, "resident.edit", "resident", gid, before, after)
    return after


@service(Perm.RESIDENTS)
def share_household(ctx: Ctx, gid: str, with_gid: str) -> dict:
    """Record that a resident lives with another (same household, same landmark, same group)."""
    r, other = get_resident(gid), get_resident(with_gid)
    if not other.household_gid:
        raise InvalidInput("{name} has no address yet; describe their home first.", name=other.name)
    home = Household.get(Household.gid == other.household_gid)
    before = _snapshot(r)
    Resident.update(household=home.gid, group=home.group_gid).where(
        Resident.gid == gid).execute()
    after = _snapshot(get_resident(gid))
    audit.record(ctx, "resident.household", "resident", gid, before, after)
    return after


@service(Perm.RESIDENTS)
def register_resident(ctx: Ctx, name: str, phone: str, group_gid: str | None = None, **details) -> str:
    """A new resident with the whole form (landmark, care) in one transaction: all of it or nothing."""
    from station.residents import add_resident

    gid = add_resident(ctx, name, phone, group_gid).gid
    if details:
        update_resident(ctx, gid, **details)
    return gid
