"""The merchant watch list as intake sees it: this station's own flags and the town office's list (SyncWatch).

`merchant_warning(name)` is the one question every intake asks (cases here, assisted orders in their area):
it returns the warning to show, or None.
"""
from db.models import MerchantFlag, RightsCase, SyncWatch
from station import audit
from station.context import Ctx
from station.errors import InvalidInput
from station.ids import new_gid
from station.permissions import Perm
from station.service import service


def _key(name: str) -> str:
    return "".join((name or "").split()).casefold()


def merchant_warning(name: str) -> dict | None:
    """{"merchant", "source": "station"|"office", "reason"} when the merchant is flagged; no permission check:
    the caller is inside its own service."""
    key = _key(name)
    if not key:
        return None
    for flag in MerchantFlag.select().where(MerchantFlag.removed_at.is_null()):
        if _key(flag.name) == key:
            return {"merchant": flag.name, "source": "station", "reason": flag.reason}
    for watch in SyncWatch.select():
        if _key(watch.name) == key:
            return {"merchant": watch.name, "source": "office", "reason": watch.reason}
    return None


@service(Perm.CASES)
def flag_merchant(ctx: Ctx, name: str, reason: str = "", active: bool = True) -> dict:
    name = (name or "").strip()
    if not name:
        raise InvalidInput("Name the merchant to flag.", why="no_merchant")
    if active and not RightsCase.select().where(RightsCase.merchant == name).exists():
        raise InvalidInput("{name} has no case at this station; flag merchants you have cases against.",
                           why="no_cases", name=name)
    MerchantFlag.update(removed_at=ctx.now()).where(MerchantFlag.name == name,
                                                    MerchantFlag.removed_at.is_null()).execute()
    if active:
        MerchantFlag.create(gid=new_gid(), owner=ctx.station_code, name=name, reason=reason, created_at=ctx.now(),
                            created_by=ctx.actor.username)
    audit.record(ctx, "case.merchant_flag", "merchant", name, None, {"active": active, "reason": reason})
    return {"merchant": name, "flagged": active, "reason": reason}


@service(Perm.CASES, write=False)
def watch_list(ctx: Ctx) -> list[dict]:
    own = [{"merchant": f.name, "source": "station", "reason": f.reason}
           for f in MerchantFlag.select().where(MerchantFlag.removed_at.is_null())]
    return own + [{"merchant": w.name, "source": "office", "reason": w.reason} for w in SyncWatch.select()]
