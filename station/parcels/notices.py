"""Notices of waiting parcels: the wall board (PDF), the read-aloud texts, and who has what waiting.

The board masks names (王*英) so a passer-by learns little, yet shows pickup codes so a resident who
finds their name can collect. The read-aloud texts use full names: they are spoken at the counter.
"""
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from peewee import JOIN

from db.models import Parcel, Resident, VillageGroup
from station.clock import local
from station.context import Ctx
from station.errors import InvalidInput, NotFound
from station.i18n import ntr, tr
from station.parcels.codes import code_key
from station.parcels.printing import mask_name, surname
from station.permissions import Perm
from station.service import service

SORTS = ("group", "code")


@dataclass
class NoticeEntry:
    """One resident's waiting parcels (resident_gid is empty for parcels without a known addressee)."""

    resident_gid: str
    name: str
    group: str
    group_sort: int
    codes: list[str] = field(default_factory=list)
    phone_tail: str = ""  # beside the masked name on the wall, so two 张* of one group can tell theirs
    shelves: list[str] = field(default_factory=list)
    carriers: list[str] = field(default_factory=list)
    oldest: dt.datetime | None = None

    @property
    def masked(self) -> str:
        return mask_name(self.name)

    @property
    def count(self) -> int:
        return len(self.codes)


def _waiting_rows(resident_gid: str | None = None) -> list[dict]:
    """Waiting parcels with their resident and village group, oldest first (times as stored, text)."""
    keys = ("pickup_code", "shelf", "carrier", "arrived_at", "resident", "name", "group_name", "group_sort",
            "phone_tail")
    query = (Parcel.select(Parcel.pickup_code, Parcel.shelf, Parcel.carrier, Parcel.arrived_at.cast("TEXT"),
                           Parcel.resident_gid, Resident.name, VillageGroup.name, VillageGroup.sort,
                           Resident.phone_tail)
             .join(Resident, on=(Resident.gid == Parcel.resident_gid))
             .join(VillageGroup, JOIN.LEFT_OUTER, on=(VillageGroup.gid == Resident.group_gid))
             .where(Parcel.status == "waiting", *([Parcel.resident_gid == resident_gid] if resident_gid else []))
             .order_by(Parcel.arrived_at, Parcel.gid))
    return [dict(zip(keys, row, strict=True)) for row in query.tuples()]


def _entries(rows) -> list[NoticeEntry]:
    entries: dict[str, NoticeEntry] = {}
    for row in rows:
        key = row["resident"]
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = NoticeEntry(key, row["name"], row["group_name"] or "", row["group_sort"] or 0,
                                               phone_tail=row["phone_tail"] or "")
            entry.oldest = row["arrived_at"]
        entry.codes.append(row["pickup_code"])
        entry.shelves.append(row["shelf"])
        entry.carriers.append(row["carrier"])
    for entry in entries.values():  # codes in shelf order: the order staff fetch them and residents hear them
        triples = sorted(zip(entry.codes, entry.shelves, entry.carriers, strict=True), key=lambda t: code_key(t[0]))
        entry.codes, entry.shelves, entry.carriers = (list(part) for part in zip(*triples, strict=True))
    return list(entries.values())


def sort_entries(entries: list[NoticeEntry], by: str = "group") -> list[NoticeEntry]:
    """By village group then surname then name (how residents look for themselves), or by first code."""
    if by not in SORTS:
        raise InvalidInput("Sort the notice list by group or by code.", why="sort_order")
    if by == "code":
        return sorted(entries, key=lambda e: (min(e.codes, key=code_key), e.name))
    return sorted(entries, key=lambda e: (e.group == "", e.group_sort, e.group, surname(e.name), e.name))


@service(Perm.VIEW, write=False)
def waiting_notices(ctx: Ctx, by: str = "group") -> list[NoticeEntry]:
    """Every resident with parcels waiting on the shelf, sorted for the wall."""
    return sort_entries(_entries(_waiting_rows()), by)


@service(Perm.VIEW, write=False)
def resident_waiting(ctx: Ctx, resident_gid: str) -> NoticeEntry:
    if Resident.get_or_none(Resident.gid == resident_gid) is None:
        raise NotFound("No such resident.", why="resident")
    entries = _entries(_waiting_rows(resident_gid))
    if not entries:
        resident = Resident.get_by_id(resident_gid)
        return NoticeEntry(resident_gid, resident.name, "", 0)
    return entries[0]


def spoken_code(code: str) -> str:
    """3-2-1045 spoken as "3，2，1 0 4 5": digit by digit, so no engine reads it as a subtraction."""
    parts = [" ".join(part) for part in code.split("-") if part]
    return tr("SpokenCode", ", ").join(parts)


def notice_text(entry: NoticeEntry, spoken: bool = False) -> str:
    """王秀英，您有 2 个快递，取件码 3-2-1045、3-2-1046。 (the spoken form spells the codes out)."""
    if entry.count == 0:
        return tr("Notices", "{name}, you have no parcels waiting.").format(name=entry.name)
    codes = [spoken_code(c) if spoken else c for c in entry.codes]
    sep = tr("Notices", "; ") if spoken else tr("Notices", ", ")
    text = ntr("Notices", "{name}, you have 1 parcel, pickup code {codes}.",
               "{name}, you have {count} parcels, pickup codes {codes}.", entry.count, name=entry.name,
               codes=sep.join(codes))
    return text.replace("\u00a0", " ") if spoken else text  # no-break spaces keep "2 个" together on screen only


def board_text(entries: list[NoticeEntry]) -> str:
    """The whole waiting list as one text to read aloud."""
    parcels = sum(e.count for e in entries)
    head = tr("Notices", "{parcels} waiting for {people}.").format(
        parcels=ntr("Notices", "1 parcel", "{count} parcels", parcels),
        people=ntr("Notices", "1 resident", "{count} residents", len(entries))).replace("\u00a0", " ")
    return " ".join([head] + [notice_text(e, spoken=True) for e in entries])


def notice_board_pdf(ctx: Ctx, out: Path, by: str = "group") -> dict:
    """The A4 wall list of waiting parcels; returns what it printed (people, parcels, pages, path)."""
    from station.parcels.notice_board import render_board

    entries = waiting_notices(ctx, by)
    pages = render_board(entries, Path(out), local(ctx.now()), by)
    return {"path": str(out), "residents": len(entries), "parcels": sum(e.count for e in entries), "pages": pages}


@service(Perm.VIEW, write=False)
def resident_notice_text(ctx: Ctx, resident_gid: str, spoken: bool = True) -> str:
    """One resident's notice in the current language, e.g. for reading aloud at the counter."""
    return notice_text(resident_waiting.__wrapped__(ctx, resident_gid), spoken)


@service(Perm.VIEW, write=False)
def board_notice_text(ctx: Ctx) -> str:
    """The whole waiting list as one text to read aloud, in the board's order."""
    return board_text(sort_entries(_entries(_waiting_rows()), "group"))
