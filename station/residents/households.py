"""Households and village groups: where residents live, who lives together, and what the edit form shows.

In a village the address is a landmark ("east of the old well, second gate"); it belongs to the
household, so everyone living there shares it.
"""
from db.models import Household, Resident, VillageGroup
from station import audit
from station.audit_actions import GROUP_ADD, RESIDENT_HOUSEHOLD
from station.context import Ctx
from station.errors import InvalidInput
from station.ids import new_gid
from station.permissions import Perm
from station.phones import mask_phone
from station.residents.records import CARE_FLAGS, get_resident, show_phones
from station.service import service


def snapshot(r: Resident) -> dict:
    """A resident's editable fields, as audited before and after a change."""
    home = Household.get_or_none(Household.gid == r.household_gid) if r.household_gid else None
    return {"name": r.name, "phone": r.phone, "group": r.group_gid, "household": r.household_gid,
            "address": home.address if home else "", "care_notes": r.care_notes,
            **{f: bool(getattr(r, f)) for f in CARE_FLAGS}}


def set_home(ctx: Ctx, r: Resident, group_gid: str | None, address: str) -> str | None:
    """The household's landmark; a resident without a household gets one in their village group."""
    address = (address or "").strip()
    if r.household_gid:
        Household.update(address=address).where(Household.gid == r.household_gid).execute()
        return r.household_gid
    if not address:
        return None
    if not group_gid:
        raise InvalidInput("Choose the village group before describing where the home is.", why="group_missing")
    home = Household.create(gid=new_gid(), owner=ctx.station_code, group=group_gid, address=address,
                            created_at=ctx.now())
    return home.gid


@service(Perm.VIEW, write=False)
def resident_detail(ctx: Ctx, gid: str) -> dict:
    """Everything the edit form shows; the phone masked unless the role may see it."""
    r = get_resident(gid)
    data = snapshot(r)
    if not show_phones(ctx):
        data["phone"] = mask_phone(r.phone)
    housemates = [m.name for m in Resident.select(Resident.name).where(
        Resident.household == r.household_gid, Resident.gid != r.gid)] if r.household_gid else []
    group = VillageGroup.get_or_none(VillageGroup.gid == r.group_gid) if r.group_gid else None
    return {**data, "gid": r.gid, "group_name": group.name if group else "", "housemates": housemates,
            "phone_visible": show_phones(ctx)}


@service(Perm.RESIDENTS)
def share_household(ctx: Ctx, gid: str, with_gid: str) -> dict:
    """Record that a resident lives with another (same household, same landmark, same group)."""
    r, other = get_resident(gid), get_resident(with_gid)
    if not other.household_gid:
        raise InvalidInput("{name} has no address yet; describe their home first.",
                           why="address_missing", name=other.name)
    home = Household.get(Household.gid == other.household_gid)
    before = snapshot(r)
    Resident.update(household=home.gid, group=home.group_gid).where(Resident.gid == gid).execute()
    after = snapshot(get_resident(gid))
    audit.record(ctx, RESIDENT_HOUSEHOLD, "resident", gid, before, after)
    return after


@service(Perm.RESIDENTS)
def add_village_group(ctx: Ctx, name: str, sort: int = 0) -> dict:
    name = (name or "").strip()
    if not name:
        raise InvalidInput("A village group needs a name.", why="group_name")
    group = VillageGroup.create(gid=new_gid(), owner=ctx.station_code, name=name, sort=sort)
    audit.record(ctx, GROUP_ADD, "village_group", group.gid, None, {"name": name})
    return {"gid": group.gid, "name": name}


@service(Perm.VIEW, write=False)
def village_groups(ctx: Ctx) -> list[dict]:
    groups = VillageGroup.select().order_by(VillageGroup.sort, VillageGroup.name)
    return [{"gid": g.gid, "name": g.name} for g in groups]


def group_by_name(name: str) -> str | None:
    """The gid of the village group called `name` (the CLI's --group), None when there is none."""
    group = VillageGroup.get_or_none(VillageGroup.name == (name or "").strip())
    return group.gid if group else None
