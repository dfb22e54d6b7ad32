"""One record type for a resident, as every face shows them: the counter, the Residents page, the CLI, receipts.

Read with one raw query (`rows_where`): these reads sit on the counter's scan-to-result path, where a
peewee model round-trip costs more than the query itself. Phones are masked unless the role may see them.
"""
from dataclasses import asdict, dataclass

from db.models import Resident, database
from station.context import Ctx
from station.errors import NotFound
from station.i18n import N_
from station.permissions import Perm, allowed
from station.phones import mask_phone

CARE_FLAGS = ("care_elderly", "care_mobility", "care_vision", "care_hearing", "care_alone")
CARE = tuple(flag.removeprefix("care_") for flag in CARE_FLAGS)
CARE_LABELS = {
    "elderly": N_("Residents", "Elderly"),
    "mobility": N_("Residents", "Limited mobility"),
    "vision": N_("Residents", "Poor vision"),
    "hearing": N_("Residents", "Hard of hearing"),
    "alone": N_("Residents", "Lives alone"),
}
RESIDENT_SQL = (
    "SELECT r.gid, r.name, r.phone, r.phone_tail, coalesce(g.name, ''), coalesce(h.address, ''), r.care_elderly, "
    "r.care_mobility, r.care_vision, r.care_hearing, r.care_alone FROM resident r "
    "LEFT JOIN village_group g ON g.gid = r.group_gid LEFT JOIN household h ON h.gid = r.household_gid ")


@dataclass(frozen=True)
class ResidentView:
    gid: str
    name: str
    phone: str  # masked unless the role may see phones
    phone_tail: str
    group: str  # the village group's name
    care: tuple[str, ...]  # elderly, mobility, … (CARE)
    address: str = ""  # the household's landmark

    def to_dict(self) -> dict:
        return asdict(self)


def show_phones(ctx: Ctx) -> bool:
    return allowed(ctx.actor.role, Perm.RESIDENT_PHONES)


def rows_where(where: str, params: tuple, show_phone: bool, limit: int = 50, offset: int = 0) -> list[ResidentView]:
    """Residents matching a WHERE clause on `r` (resident), in the pinyin order of their whole name (汪 before
    王 before 魏, as a Chinese list is read, though all three are "w"), then by name and gid."""
    order = "r.name_pinyin, r.name, r.gid"
    sql = f"{RESIDENT_SQL} WHERE {where} ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)}"
    return [ResidentView(gid, name, phone if show_phone else mask_phone(phone), tail, group,
                         tuple(c for c, flag in zip(CARE, flags, strict=True) if flag), address)
            for gid, name, phone, tail, group, address, *flags in database.execute_sql(sql, params)]


def by_gid(ctx: Ctx, gid: str) -> ResidentView | None:
    found = rows_where("r.gid = ?", (gid,), show_phones(ctx), limit=1)
    return found[0] if found else None


def get_resident(gid: str) -> Resident:
    found = Resident.get_or_none(Resident.gid == gid)
    if found is None:
        raise NotFound("No such resident.", why="resident")
    return found
