"""Merchants to warn about: the town office's watch list (received by sync) and the station's own flags.

The warning comes before an order is saved; saving anyway records the warning on the order and in the audit."""
from dataclasses import asdict, dataclass

from db.models import MerchantFlag, SyncWatch
from station import audit
from station.audit_actions import MERCHANT_FLAG, MERCHANT_UNFLAG
from station.context import Ctx
from station.errors import InvalidInput, NotFound
from station.i18n import tr
from station.ids import new_gid
from station.permissions import Perm
from station.service import service


@dataclass(frozen=True)
class WatchHit:
    merchant: str
    listed_name: str
    reason: str
    source: str  # office | station

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        return listed_by(self.listed_name, self.source, self.reason)


def listed_by(name: str, source: str, reason: str) -> str:
    """One line for staff: who listed the merchant (in words, not the stored code) and why."""
    who = tr("Orders", "town office's watch list") if source == "office" else tr("Orders", "flagged here")
    return tr("Orders", "{name} ({who}): {reason}").format(name=name, who=who, reason=reason)


def _key(name: str) -> str:
    return "".join((name or "").split()).casefold()


def _same(merchant: str, listed: str) -> bool:
    a, b = _key(merchant), _key(listed)
    return bool(a and b) and (a == b or (len(b) >= 2 and b in a))


def watch_hits(merchant: str) -> list[WatchHit]:
    """Every list entry naming this merchant (the watch list is short: read whole)."""
    office = [WatchHit(merchant, w.name, w.reason, "office") for w in SyncWatch.select() if _same(merchant, w.name)]
    local = [WatchHit(merchant, f.name, f.reason, "station")
             for f in MerchantFlag.select().where(MerchantFlag.removed_at.is_null()) if _same(merchant, f.name)]
    return office + local


@service(Perm.VIEW, write=False)
def check_merchant(ctx: Ctx, merchant: str) -> list[WatchHit]:
    """What the order form shows as soon as the merchant is typed."""
    return watch_hits(merchant)


@service(Perm.ORDERS)
def flag_merchant(ctx: Ctx, name: str, reason: str) -> dict:
    name, reason = (name or "").strip(), (reason or "").strip()
    if not name or len(name) > 60:
        raise InvalidInput("Give the merchant's name (at most 60 characters).", why="merchant_name")
    if not reason or len(reason) > 200:
        raise InvalidInput("Say why the merchant is flagged (at most 200 characters).", why="flag_reason")
    row = MerchantFlag.create(gid=new_gid(), owner=ctx.station_code, name=name, reason=reason, created_at=ctx.now(),
                              created_by=ctx.actor.username)
    audit.record(ctx, MERCHANT_FLAG, "merchant_flag", row.gid, None, {"name": name, "reason": reason})
    return {"gid": row.gid, "name": name, "reason": reason}


@service(Perm.ORDERS)
def unflag_merchant(ctx: Ctx, gid: str) -> dict:
    row = MerchantFlag.get_or_none(MerchantFlag.gid == gid, MerchantFlag.removed_at.is_null())
    if row is None:
        raise NotFound("No such merchant flag.", why="merchant_flag")
    MerchantFlag.update(removed_at=ctx.now()).where(MerchantFlag.gid == gid).execute()
    audit.record(ctx, MERCHANT_UNFLAG, "merchant_flag", gid, {"name": row.name}, {"removed": True})
    return {"gid": gid, "name": row.name}


@service(Perm.VIEW, write=False)
def list_watch(ctx: Ctx) -> list[dict]:
    """Every merchant the counter warns about: the town office's list, then this station's own flags (with the id
    `unflag` takes). Each says who listed it in words."""
    office = [{"id": w.gid, "name": w.name, "reason": w.reason, "source": "office"}
              for w in SyncWatch.select().order_by(SyncWatch.name)]
    local = [{"id": f.gid, "name": f.name, "reason": f.reason, "source": "station"}
             for f in MerchantFlag.select().where(MerchantFlag.removed_at.is_null()).order_by(MerchantFlag.name)]
    return [{**row, "listed_by": listed_by(row["name"], row["source"], row["reason"])} for row in office + local]
