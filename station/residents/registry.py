"""Adding and editing residents: one create path for the counter, the Residents page, the CLI and the demo.

Every write goes through `_check` (name, mobile, group, notes and landmark lengths) and keeps the derived
columns (phone tail, pinyin initials) in step with the name and phone.
"""
from db.models import Resident, VillageGroup
from station import audit
from station.audit_actions import RESIDENT_ADD, RESIDENT_EDIT
from station.context import Ctx
from station.errors import InvalidInput
from station.ids import new_gid
from station.permissions import Perm
from station.phones import check_mobile, phone_tail
from station.residents.households import set_home, snapshot
from station.residents.pinyin import name_initials, name_pinyin
from station.residents.records import CARE, CARE_FLAGS, ResidentView, by_gid, get_resident
from station.service import service

MAX_NAME = 30
MAX_NOTES = 300
MAX_ADDRESS = 120
FIELDS = {"name", "phone", "group_gid", "address", "care_notes", *CARE_FLAGS}


def _check(changes: dict) -> dict:
    unknown = set(changes) - FIELDS
    if unknown:
        raise InvalidInput("Unknown resident field: {field}", why="resident_field", field=sorted(unknown)[0])
    clean = dict(changes)
    if "name" in clean:
        clean["name"] = (clean["name"] or "").strip()
        if not clean["name"] or len(clean["name"]) > MAX_NAME:
            raise InvalidInput("A resident needs a name (at most 30 characters).", why="resident_name")
    if "phone" in clean:
        clean["phone"] = check_mobile(clean["phone"])
    if clean.get("group_gid") and VillageGroup.get_or_none(VillageGroup.gid == clean["group_gid"]) is None:
        raise InvalidInput("Unknown village group.", why="unknown_group")
    if len(clean.get("care_notes") or "") > MAX_NOTES:
        raise InvalidInput("Care notes are at most {count} characters.", why="care_notes_too_long", count=MAX_NOTES)
    if len(clean.get("address") or "") > MAX_ADDRESS:
        raise InvalidInput("An address description is at most {count} characters.",
                           why="address_too_long", count=MAX_ADDRESS)
    return clean


def _columns(clean: dict) -> dict:
    """Model fields for checked changes (address excepted: it belongs to the household)."""
    fields = {k: bool(v) for k, v in clean.items() if k in CARE_FLAGS}
    if "care_notes" in clean:
        fields["care_notes"] = (clean["care_notes"] or "").strip()
    if "name" in clean:
        fields.update(name=clean["name"], name_initials=name_initials(clean["name"]),
                      name_pinyin=name_pinyin(clean["name"]))
    if "phone" in clean:
        fields.update(phone=clean["phone"], phone_tail=phone_tail(clean["phone"]))
    if "group_gid" in clean:
        fields["group"] = clean["group_gid"] or None
    return fields


@service(Perm.RESIDENTS)
def add_resident(ctx: Ctx, name: str, phone: str, group_gid: str | None = None, **details) -> ResidentView:
    """A new resident with as much of the form as is known (landmark, care flags, notes): all of it or nothing."""
    clean = _check({"name": name, "phone": phone, "group_gid": group_gid, **details})
    resident = Resident.create(gid=new_gid(), owner=ctx.station_code, created_at=ctx.now(), **_columns(clean))
    if (clean.get("address") or "").strip():
        home = set_home(ctx, resident, clean["group_gid"], clean["address"])
        Resident.update(household=home).where(Resident.gid == resident.gid).execute()
    flags = {f: bool(clean[f]) for f in CARE_FLAGS if f in clean}
    after = {"name": clean["name"], "group": group_gid, **flags}
    if details:
        after = snapshot(get_resident(resident.gid))
    audit.record(ctx, RESIDENT_ADD, "resident", resident.gid, None, after)
    return by_gid(ctx, resident.gid)


@service(Perm.RESIDENTS)
def update_resident(ctx: Ctx, gid: str, **changes) -> dict:
    """Change any of name, phone, group, address (landmark), care flags and notes; audited before/after."""
    r = get_resident(gid)
    clean = _check(changes)
    before = snapshot(r)
    fields = _columns(clean)
    if "address" in clean:
        fields["household"] = set_home(ctx, r, clean.get("group_gid", r.group_gid) or None, clean["address"])
    if fields:
        Resident.update(**fields).where(Resident.gid == gid).execute()
    after = snapshot(get_resident(gid))
    if after != before:
        audit.record(ctx, RESIDENT_EDIT, "resident", gid, before, after)
    return after


def care_from_names(names: str) -> dict[str, bool]:
    """Every care flag from a comma list of needs ("elderly,mobility"); the ones not named are off."""
    wanted = {name.strip() for name in (names or "").split(",") if name.strip()}
    unknown = wanted - set(CARE)
    if unknown:
        raise InvalidInput("Unknown care need: {need} (one of {choices}).", why="care_need", need=sorted(unknown)[0],
                           choices=", ".join(CARE))
    return {f"care_{need}": need in wanted for need in CARE}
