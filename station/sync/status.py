"""What the status bar and the Sync page show: last synced, changes waiting, history, notices."""
import datetime as dt
from dataclasses import dataclass

from peewee import fn

from db.models import Outbox, SyncBundle, SyncNotice, SyncWatch, TrustedOffice
from station.clock import local
from station.context import Ctx
from station.i18n import ntr, tr
from station.permissions import Perm
from station.service import service
from station.settings import read_setting
from station.sync.state import acked_seq, last_synced_at


@dataclass(frozen=True)
class SyncStatus:
    office: str  # code of the trusted office, "" when none yet
    office_name: str
    office_fingerprint: str
    waiting: int  # changes not yet acknowledged by the office
    acked: int
    last_synced: dt.datetime | None
    url: str


@service(None, write=False)
def sync_status(ctx: Ctx) -> SyncStatus:
    """No permission needed: every signed-in role sees the status bar."""
    office = TrustedOffice.select().first()
    acked = acked_seq()
    # Outbox rows are never deleted and AUTOINCREMENT numbers them without gaps (a rolled-back insert rolls its
    # number back too), so the waiting count is a difference: O(1), where COUNT(*) took ~16 ms at 1M changes on
    # the one ops worker after every counter action.
    newest = Outbox.select(fn.MAX(Outbox.seq)).scalar() or 0
    waiting = max(0, newest - acked)
    return SyncStatus(office.code if office else "", office.name if office else "",
                      office.fingerprint if office else "", waiting, acked, last_synced_at(),
                      read_setting("sync_url"))


def local_time(at: dt.datetime | str) -> str:
    """A stored UTC time as the station's wall-clock time (as the counter shows it), to the minute."""
    value = dt.datetime.fromisoformat(at) if isinstance(at, str) else at
    return local(value.replace(tzinfo=None)).strftime("%Y-%m-%d %H:%M")


def status_text(status: SyncStatus) -> str:
    if not status.office:
        return ntr("Status", "Sync: no office key yet, 1 change waiting",
                   "Sync: no office key yet, {count} changes waiting", status.waiting)
    if status.last_synced is None:
        return ntr("Status", "Not synced yet, 1 change waiting", "Not synced yet, {count} changes waiting",
                   status.waiting)
    when = local_time(status.last_synced)
    return ntr("Status", "Last synced {when}, 1 change waiting", "Last synced {when}, {count} changes waiting",
               status.waiting, when=when)


@service(Perm.SYNC, write=False)
def waiting_by_entity(ctx: Ctx) -> dict[str, int]:
    rows = (Outbox.select(Outbox.entity, fn.COUNT(Outbox.seq)).where(Outbox.seq > acked_seq())
            .group_by(Outbox.entity).order_by(Outbox.entity).tuples())
    return dict(rows)


@service(Perm.SYNC, write=False)
def history(ctx: Ctx, limit: int = 200) -> list[dict]:
    query = SyncBundle.select().order_by(SyncBundle.at.desc(), SyncBundle.bundle_id.desc()).limit(limit)
    return [{"bundle_id": b.bundle_id, "direction": b.direction, "peer": b.peer, "at": str(b.at),
             "seq_from": b.seq_from, "seq_to": b.seq_to, "records": b.records, "ack": b.ack, "file": b.file,
             "via": b.via} for b in query]


@service(Perm.VIEW, write=False)
def notices_and_watch(ctx: Ctx) -> dict:
    return {"notices": [{"title": n.title, "body": n.body, "created_at": str(n.created_at)}
                        for n in SyncNotice.select().order_by(SyncNotice.created_at.desc())],
            "watch": [{"name": w.name, "phone": w.phone, "reason": w.reason}
                      for w in SyncWatch.select().order_by(SyncWatch.name)]}


@service(Perm.SYNC, write=False)
def sync_warnings(ctx: Ctx) -> list[str]:
    """What the Sync page shows in red: a new generation not yet confirmed, and the office's warnings."""
    from station.sync import anchor

    lines = [tr("Sync", "A new sync generation started here (restore or new PC): the next bundle carries the whole "
                        "station, and the office replaces what it holds for it.")] if anchor.full_pending() else []
    return lines + [tr("Sync", "Warning from the town office: {text}").format(text=anchor.warning_text(w))
                    for w in anchor.office_warnings()]
