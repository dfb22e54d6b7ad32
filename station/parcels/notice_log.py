"""The per-resident notice log: every time a resident was told about waiting parcels, how, and by whom.

Staff need it to answer "did anyone tell grandma?" and to see who still has not been reached.
"""
from dataclasses import asdict, dataclass

from db.models import NoticeLog, Resident
from station import audit
from station.audit_actions import NOTICE_ACTIONS
from station.context import Ctx
from station.errors import InvalidInput, NotFound
from station.i18n import N_
from station.ids import new_gid
from station.parcels.notices import NoticeEntry, resident_waiting
from station.permissions import Perm
from station.service import service

CHANNELS = {
    "board": N_("Notices", "Notice board"),
    "read_aloud": N_("Notices", "Read aloud"),
    "phone": N_("Notices", "Phone call by staff"),
}
KINDS = {
    "notice": N_("Notices", "Notice"),
    "reminder": N_("Notices", "Reminder"),
}


@dataclass(frozen=True)
class NoticeRecord:
    gid: str
    resident_gid: str
    at: str
    kind: str
    channel: str
    parcel_count: int
    codes: str
    actor: str
    note: str

    def to_dict(self) -> dict:
        return asdict(self)


def _record(row: NoticeLog) -> NoticeRecord:
    return NoticeRecord(row.gid, row.resident_gid, str(row.at), row.kind, row.channel, row.parcel_count, row.codes,
                        row.actor, row.note)


def add_entry(ctx: Ctx, entry: NoticeEntry, kind: str, channel: str, note: str = "") -> NoticeRecord:
    """Write one log row inside the caller's service transaction (reminders use it too)."""
    if channel not in CHANNELS:
        raise InvalidInput("Unknown notice channel {channel}; use board, read_aloud or phone.",
                           why="notice_channel", channel=channel)
    if kind not in KINDS:
        raise InvalidInput("Unknown notice kind {kind}.", why="notice_kind", kind=kind)
    note = (note or "").strip()
    if len(note) > 200:
        raise InvalidInput("A note is at most 200 characters.", why="note_too_long")
    row = NoticeLog.create(gid=new_gid(), owner=ctx.station_code, resident_gid=entry.resident_gid, at=ctx.now(),
                           kind=kind, channel=channel, parcel_count=entry.count, codes=",".join(entry.codes),
                           actor=ctx.actor.username, note=note)
    audit.record(ctx, NOTICE_ACTIONS[kind], "resident", entry.resident_gid, None,
                 {"channel": channel, "parcels": entry.count, "codes": entry.codes})
    return _record(row)


@service(Perm.PARCEL_NOTICES)
def log_notice(ctx: Ctx, resident_gid: str, channel: str, note: str = "") -> NoticeRecord:
    """Record that staff told a resident about their waiting parcels (read aloud, a phone call …)."""
    entry = resident_waiting.__wrapped__(ctx, resident_gid)
    return add_entry(ctx, entry, "notice", channel, note)


@service(Perm.VIEW, write=False)
def notice_history(ctx: Ctx, resident_gid: str, limit: int = 200) -> list[NoticeRecord]:
    """Newest first."""
    if Resident.get_or_none(Resident.gid == resident_gid) is None:
        raise NotFound("No such resident.", why="resident")
    rows = (NoticeLog.select().where(NoticeLog.resident_gid == resident_gid)
            .order_by(NoticeLog.at.desc(), NoticeLog.gid.desc()).limit(limit))
    return [_record(r) for r in rows]
