"""The return bundle, office → station: acknowledgement, the merchant watch list, notices, the working-day calendar.

Same container as a station bundle (signed by the office, encrypted to the station). Applying it moves
the station's checkpoint forward, so the next bundle starts after what the office holds.
"""
import json
from pathlib import Path

from db.migrations import LATEST_VERSION
from db.models import OfficeNotice, OfficeStation, OfficeWatch, SyncBundle, SyncNotice, SyncWatch
from station import audit
from station.audit_actions import SYNC_ACK
from station.context import Ctx
from station.errors import NotFound
from station.identity import this_station
from station.ids import new_gid
from station.keys import fingerprint
from station.keystore import box_key, signing_key
from station.office.calendar import calendar_items
from station.office.watch import TRAVELS
from station.permissions import Perm
from station.practice import refuse_sync
from station.service import service
from station.sync import anchor, hooks, office_audit
from station.sync.container import BundleWriter, lines, open_bundle, plaintext, verify
from station.sync.errors import BundleRefused
from station.sync.state import ACKED_KEY, LAST_SYNCED_KEY, acked_seq, newest_seq, set_meta, trusted_office

RETURN_SUFFIX = ".vsr"
# Functions (ctx, [{"day", "kind", "name"}]) that apply the office's working-day calendar on a station, in the
# return bundle's transaction, besides the cases area's entry in station/sync/hooks.py (tests append here).
CALENDAR_APPLIERS: list = []


@service(Perm.OFFICE, write=False)
def make_return_bundle(ctx: Ctx, station_code: str, out_dir: Path) -> dict:
    """Write the return bundle for one enrolled station into `out_dir`."""
    station = OfficeStation.get_or_none(OfficeStation.code == station_code)
    if station is None:
        raise NotFound("Station {code} is not enrolled here.", why="station", code=station_code)
    office = this_station()
    bundle_id = new_gid()
    path = Path(out_dir) / f"{office.code}_to_{station.code}_{bundle_id}{RETURN_SUFFIX}"
    writer = BundleWriter(path, bytes(station.box_public), bundle_id)
    counts = {"watch": 0, "notice": 0}
    try:
        for w in OfficeWatch.select().where(OfficeWatch.status.in_(TRAVELS)).order_by(OfficeWatch.gid):
            writer.write(_line({"type": "watch", "gid": w.gid, "name": w.name, "phone": w.phone, "reason": w.reason,
                                "updated_at": str(w.updated_at)}))
            counts["watch"] += 1
        for n in OfficeNotice.select().order_by(OfficeNotice.gid):
            writer.write(_line({"type": "notice", "gid": n.gid, "title": n.title, "body": n.body,
                                "created_at": str(n.created_at)}))
            counts["notice"] += 1
        for item in calendar_items():
            writer.write(_line(item))
            counts["calendar"] = counts.get("calendar", 0) + 1
        manifest = writer.finish({
            "kind": "return", "schema": LATEST_VERSION, "from": office.code, "from_name": office.name,
            "to": station.code, "to_key": station.fingerprint, "ack": station.applied_to, "seq_from": 0,
            "generation": station.generation, "audit_ack": office_audit.held_head(station.code),
            "warnings": office_audit.warnings_for(station.code, 20),
            "seq_to": station.applied_to, "counts": counts, "records": sum(counts.values()),
            "created_at": ctx.now().isoformat()}, signing_key())
    except BaseException:
        writer.abort()
        raise
    return {**manifest, "file": str(path)}


def _line(item: dict) -> bytes:
    return (json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _checked_return(path: Path):
    bundle = open_bundle(path)
    if bundle.get("kind") != "return":
        raise BundleRefused("wrong_kind", file=bundle.name, kind=bundle.get("kind"))
    office, station = trusted_office(), this_station()
    if bundle.get("from") != office.code:
        raise BundleRefused("untrusted_office", file=bundle.name, office=bundle.get("from"))
    verify(bundle, bytes(office.sign_public))
    if bundle.get("to") != station.code or bundle.get("to_key") != fingerprint(bytes(station.sign_public),
                                                                               bytes(station.box_public)):
        raise BundleRefused("wrong_station", file=bundle.name, station=bundle.get("to"))
    if bundle.get("schema", int) > LATEST_VERSION:
        raise BundleRefused("schema_too_new", file=bundle.name, found=bundle.get("schema", int),
                            known=LATEST_VERSION)
    return bundle, office, station


@service(Perm.SYNC)
def import_return_bundle(ctx: Ctx, path: Path, via: str = "file") -> dict:
    """Verify and apply a return bundle in one transaction; the same bundle again changes nothing."""
    refuse_sync(ctx)
    bundle, office, station = _checked_return(Path(path))
    bundle_id = bundle.get("bundle_id")
    if SyncBundle.get_or_none(SyncBundle.bundle_id == bundle_id) is not None:
        return {"outcome": "duplicate", "bundle_id": bundle_id, "ack": acked_seq()}
    found: dict[str, list] = {"watch": [], "notice": [], "calendar": []}
    for line in lines(plaintext(bundle, box_key()), bundle.name):
        try:
            item = json.loads(line)
            found[item["type"]].append(item)
        except (ValueError, KeyError, TypeError):
            raise BundleRefused("tampered", file=bundle.name) from None
    watch, notices, calendar = found["watch"], found["notice"], found["calendar"]
    counts = {"watch": len(watch), "notice": len(notices), **({"calendar": len(calendar)} if calendar else {})}
    if counts != bundle.get("counts", dict):
        raise BundleRefused("counts_differ", file=bundle.name)
    before = acked_seq()
    ours = anchor.confirm_generation(str(bundle.manifest.get("generation", "")))
    ack = max(before, min(bundle.get("ack", int), newest_seq())) if ours else before  # an ack of our history only
    set_meta(ACKED_KEY, str(ack))
    if ours:
        anchor.remember_acked(bundle.manifest.get("audit_ack"))
    anchor.store_warnings(bundle.manifest.get("warnings", []))
    set_meta(LAST_SYNCED_KEY, ctx.now().isoformat())
    _replace_watch(office.code, watch, ctx)
    new_notices = _add_notices(office.code, notices, ctx)
    for apply_calendar in [*map(hooks.load, hooks.CALENDAR), *CALENDAR_APPLIERS]:
        apply_calendar(ctx, calendar)
    SyncBundle.insert(bundle_id=bundle_id, direction="in", peer=office.code, at=ctx.now(), seq_from=0,
                      seq_to=bundle.get("seq_to", int), records=len(watch) + len(notices), ack=ack,
                      file=bundle.name, sha256=bundle.get("payload_sha256"), via=via).execute()
    audit.record(ctx, SYNC_ACK, "sync_bundle", bundle_id, {"acked": before}, {"acked": ack})
    return {"outcome": "applied", "bundle_id": bundle_id, "ack": ack, "watch": len(watch),
            "new_notices": new_notices, "calendar_days": len(calendar)}


def _replace_watch(office: str, items: list[dict], ctx: Ctx) -> None:
    SyncWatch.delete().where(SyncWatch.office == office).execute()
    for item in items:
        SyncWatch.replace(gid=str(item["gid"]), office=office, name=str(item.get("name", "")),
                          phone=str(item.get("phone", "")), reason=str(item.get("reason", "")),
                          updated_at=ctx.now()).execute()


def _add_notices(office: str, items: list[dict], ctx: Ctx) -> int:
    added = 0
    for item in items:
        if SyncNotice.get_or_none(SyncNotice.gid == str(item["gid"])) is None:
            SyncNotice.create(gid=str(item["gid"]), office=office, title=str(item.get("title", "")),
                              body=str(item.get("body", "")), created_at=str(item.get("created_at", "")),
                              received_at=ctx.now())
            added += 1
    return added
