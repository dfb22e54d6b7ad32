"""The office's import path, shared by `station office import` and the HTTP receiver.

Order of checks: is it a bundle at all → from an enrolled station → signature and payload hash →
for this office → schema → seen before → in sequence (else held in the backlog) → decrypt and apply
in ONE transaction with the counts checked before commit. A refused file is moved to quarantine/;
each file is handled on its own, so one bad file never blocks the others.
"""
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from db.migrations import LATEST_VERSION
from db.models import OfficeBacklog, OfficeBundle, OfficeQuarantine, OfficeStation, database
from station import audit
from station.audit_actions import OFFICE_IMPORT, OFFICE_QUARANTINE
from station.context import Ctx
from station.errors import os_reason
from station.identity import this_station
from station.keys import fingerprint
from station.keystore import box_key
from station.office.figures import apply_measured, holds_nothing, write_deltas
from station.permissions import Perm
from station.service import service
from station.sync import hooks, office_audit, prefetch
from station.sync.container import OpenedBundle, file_sha256, fsync_dir, open_bundle, verify
from station.sync.errors import BundleRefused, shown_message, stored_message
from station.sync.office import office_dirs
from station.sync.office_records import Prepared, prepare, record_parts


@dataclass
class ImportResult:
    file: str
    outcome: str  # accepted | duplicate | backlog | rejected
    station: str = ""
    bundle_id: str = ""
    records: int = 0
    reason: str = ""
    message: str = ""
    also_applied: list[str] = field(default_factory=list)  # backlog bundles this one unblocked
    quarantined: bool = False  # moved to quarantine/ (a file that is no bundle at all stays where it was)

    def as_dict(self) -> dict:
        return asdict(self)


def _checked(path: Path) -> tuple[OpenedBundle, OfficeStation]:
    """Everything that needs no decryption: format, sender, signature, recipient, schema."""
    bundle = open_bundle(path)
    if bundle.get("kind") != "station":
        raise BundleRefused("wrong_kind", file=bundle.name, kind=bundle.get("kind"))
    code = bundle.get("from")
    station = OfficeStation.get_or_none(OfficeStation.code == code)
    if station is None:
        raise BundleRefused("unknown_station", file=bundle.name, station=code)
    verify(bundle, bytes(station.sign_public))
    office = this_station()
    office_fp = fingerprint(bytes(office.sign_public), bytes(office.box_public))
    if bundle.get("to") != office.code or bundle.get("to_key") != office_fp:
        raise BundleRefused("wrong_office", file=bundle.name, office=bundle.get("to"))
    found = bundle.get("schema", int)
    if found > LATEST_VERSION:
        raise BundleRefused("schema_too_new", file=bundle.name, found=found, known=LATEST_VERSION)
    if bundle.get("seq_from", int) < 1 or bundle.get("seq_to", int) < bundle.get("seq_from", int) - 1:
        raise BundleRefused("tampered", file=bundle.name)
    return bundle, station


def _seen(bundle: OpenedBundle, sha: str) -> str | None:
    """'duplicate' / 'backlog' when these exact bytes came before; refuses another file with the same id."""
    bundle_id = bundle.get("bundle_id")
    for model, outcome in ((OfficeBundle, "duplicate"), (OfficeBacklog, "backlog")):
        row = model.get_or_none(model.bundle_id == bundle_id)
        if row is not None:
            if row.sha256 != sha:
                raise BundleRefused("id_reused", file=bundle.name, bundle=bundle_id)
            return outcome
    return None


def _generation(bundle: OpenedBundle) -> str:
    value = bundle.manifest.get("generation", "")
    return value if isinstance(value, str) else ""


def _replace_station(ctx: Ctx, station: OfficeStation, bundle: OpenedBundle) -> str | None:
    """A full snapshot of a new generation: forget what the office held for the station (its audit rows
    are kept and checked). Returns the old generation when this is a restore (a history the office held)."""
    restored = station.generation if station.applied_to > 0 and station.generation != _generation(bundle) else None
    p = database.param
    mine = f"station = {p} AND entity NOT IN ('{office_audit.AUDIT}', '{office_audit.REPLACED}')"
    old = database.execute_sql(f"SELECT count(*) FROM office_record WHERE {mine}", (station.code,)).fetchone()[0]
    database.execute_sql(f"DELETE FROM office_record WHERE {mine}", (station.code,))
    database.execute_sql(f"DELETE FROM office_figure WHERE station = {p}", (station.code,))  # the snapshot re-adds
    for held in OfficeBacklog.select().where(OfficeBacklog.station == station.code):
        Path(held.path).unlink(missing_ok=True)
    OfficeBacklog.delete().where(OfficeBacklog.station == station.code).execute()
    if restored is not None:
        office_audit.warn(ctx, station.code, "restored", None, None, old=old, new=bundle.get("records", int))
    return restored


@service(Perm.OFFICE)
def _apply(ctx: Ctx, bundle: OpenedBundle, sha: str, backlog_id: str | None = None, via: str = "file",
           prepared: Prepared | None = None) -> int:
    """Upsert every record newer than what the office holds (figures follow), record the bundle; all or nothing.

    A full bundle (a new sync generation after a restore) replaces what the office held for the station;
    audit rows are checked against the chain the office holds and never overwritten (station/sync/office_audit).
    `prepared` is the same work done ahead by another process, for this very file."""
    station = OfficeStation.get(OfficeStation.code == bundle.get("from"))
    full = bundle.manifest.get("full") is True
    restored = _replace_station(ctx, station, bundle) if full else None
    counts: Counter = prepared.counts if prepared else Counter()
    parts = prepared.parts if prepared else record_parts(bundle, station.code, box_key(), counts)
    audit_lines: list[tuple[int, str]] = []
    delta: Counter = Counter()
    no_records, no_figures = holds_nothing(station.code)
    for n, part in enumerate(parts):
        audit_lines += part.audit
        for entity, entry in hooks.OFFICE_ENTITIES.items():
            hooks.load(entry)(ctx, station.code, part.hooked[entity])
        apply_measured(part.block, delta, fresh=no_records and n == 0)  # a later block may repeat a key
    write_deltas(station.code, delta, fresh=no_figures)
    audit_count = counts.pop("audit", 0)
    if dict(counts) != bundle.get("counts", dict) or sum(counts.values()) != bundle.get("records", int) or \
            audit_count != bundle.manifest.get("audit", 0) or len(audit_lines) != audit_count:
        raise BundleRefused("counts_differ", file=bundle.name)
    _check_audit(ctx, station.code, audit_lines, bundle, restored)
    OfficeBundle.insert(bundle_id=bundle.get("bundle_id"), station=station.code, sha256=sha,
                        seq_from=bundle.get("seq_from", int), seq_to=bundle.get("seq_to", int),
                        records=sum(counts.values()), schema=bundle.get("schema", int), outcome="applied",
                        received_at=ctx.now(), via=via).execute()
    applied_to = bundle.get("seq_to", int) if full else max(station.applied_to, bundle.get("seq_to", int))
    OfficeStation.update(applied_to=applied_to, last_bundle_at=ctx.now(),
                         generation=_generation(bundle) or station.generation).where(
        OfficeStation.code == station.code).execute()
    if backlog_id:
        OfficeBacklog.delete().where(OfficeBacklog.bundle_id == backlog_id).execute()
    audit.record(ctx, OFFICE_IMPORT, "office_bundle", bundle.get("bundle_id"), {"applied_to": station.applied_to},
                 {"station": station.code, "seq_to": bundle.get("seq_to", int), "records": sum(counts.values())})
    return sum(counts.values())


def _check_audit(ctx: Ctx, code: str, lines: list[tuple[int, str]], bundle: OpenedBundle,
                 restored: str | None) -> None:
    try:
        office_audit.check_and_keep(ctx, code, lines, bundle.manifest.get("audit_head") or {}, restored)
    except (ValueError, TypeError, AttributeError):
        raise BundleRefused("tampered", file=bundle.name) from None


@service(Perm.OFFICE, write=False)
def _applied_to(ctx: Ctx, code: str) -> int:
    return OfficeStation.get(OfficeStation.code == code).applied_to


def _copy_atomically(src: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".part")
    shutil.copyfile(src, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    fsync_dir(dest.parent)


@service(Perm.OFFICE)
def _hold(ctx: Ctx, bundle: OpenedBundle, sha: str, kept: Path) -> None:
    OfficeBacklog.insert(bundle_id=bundle.get("bundle_id"), station=bundle.get("from"), sha256=sha,
                         seq_from=bundle.get("seq_from", int), seq_to=bundle.get("seq_to", int), path=str(kept),
                         received_at=ctx.now()).on_conflict_replace().execute()


def _drain_backlog(ctx: Ctx, code: str) -> list[str]:
    """Apply held bundles the sequence now reaches, oldest range first."""
    applied = []
    while True:
        limit = _applied_to(ctx, code) + 1
        held = (OfficeBacklog.select().where(OfficeBacklog.station == code, OfficeBacklog.seq_from <= limit)
                .order_by(OfficeBacklog.seq_from).first())
        if held is None:
            return applied
        kept = Path(held.path)
        try:
            bundle, _station = _checked(kept)
            _apply(ctx, bundle, held.sha256, held.bundle_id)
            applied.append(held.bundle_id)
        except (BundleRefused, OSError) as exc:
            _forget_held(ctx, held.bundle_id)
            refused = exc if isinstance(exc, BundleRefused) else BundleRefused(
                "unreadable", file=kept.name, error=exc.strerror or str(exc))
            _quarantine(ctx, kept, refused.reason, stored_message(refused), code, held.bundle_id)
            continue
        kept.unlink(missing_ok=True)


@service(Perm.OFFICE)
def _forget_held(ctx: Ctx, bundle_id: str) -> None:
    OfficeBacklog.delete().where(OfficeBacklog.bundle_id == bundle_id).execute()


@service(Perm.OFFICE)
def _record_quarantine(ctx: Ctx, sha: str, name: str, dest: Path, reason: str, message: str, station: str,
                       bundle_id: str) -> None:
    OfficeQuarantine.replace(sha256=sha, file_name=name, path=str(dest), reason=reason, message=message,
                             station=station, bundle_id=bundle_id, at=ctx.now()).execute()
    audit.record(ctx, OFFICE_QUARANTINE, "office_quarantine", sha[:16], None,
                 {"file": name, "reason": reason, "station": station})


def _quarantine(ctx: Ctx, path: Path, reason: str, message: str, station: str = "", bundle_id: str = "") -> Path:
    """Move a refused file out of the way (kept for inspection) and note why."""
    dest_dir = office_dirs(ctx.data_dir)["quarantine"]
    sha = file_sha256(path)
    dest = dest_dir / f"{sha[:12]}_{path.name}"
    _record_quarantine(ctx, sha, path.name, dest, reason, message, station, bundle_id)
    try:
        os.replace(path, dest)
    except OSError:
        shutil.copyfile(path, dest)
        try:
            path.unlink()
        except OSError:
            pass
    return dest


def import_file(ctx: Ctx, path: Path, via: str = "file", prepared: Prepared | None = None) -> ImportResult:
    """Import one bundle file; never raises for a bad file (it is quarantined and reported instead).

    `prepared`: this file's records made ready by another process (prepare()); used only if the file is still
    the one it was made from."""
    path = Path(path)
    result = ImportResult(path.name, "rejected")
    try:
        bundle, station = _checked(path)
        result.station, result.bundle_id = station.code, bundle.get("bundle_id")
        sha = file_sha256(path)
        seen = _seen(bundle, sha)
        if seen:
            result.outcome = seen
            result.also_applied = _drain_backlog(ctx, station.code)  # finishes a drain a crash cut short
            if result.bundle_id in result.also_applied:
                result.outcome = "accepted"
        elif bundle.manifest.get("full") is not True and _old_generation(ctx, station.code, bundle):
            raise BundleRefused("old_generation", file=bundle.name, station=station.code)
        elif bundle.manifest.get("full") is not True and bundle.get("seq_from", int) > _applied_to(
                ctx, station.code) + 1:
            kept = office_dirs(ctx.data_dir)["backlog"] / f"{result.bundle_id}.vsb"
            _copy_atomically(path, kept)
            _hold(ctx, bundle, sha, kept)
            result.outcome = "backlog"
        else:
            result.records = _apply(ctx, bundle, sha, via=via,
                                    prepared=prepared if prepared is not None and prepared.sha256 == sha else None)
            result.outcome = "accepted"
            result.also_applied = _drain_backlog(ctx, station.code)
    except BundleRefused as exc:
        result.reason, result.message = exc.reason, exc.message()
        # Some other file chosen by mistake (an enrolment card, a photo) is the user's: refuse it, leave it be.
        # A .vsb that is not a bundle is a damaged one and goes to quarantine like the rest.
        if path.exists() and (exc.reason != "not_a_bundle" or path.suffix.lower() == ".vsb"):
            _quarantine(ctx, path, exc.reason, stored_message(exc), result.station, result.bundle_id)
            result.quarantined = True
    except OSError as exc:
        result.reason = "unreadable"
        result.message = BundleRefused("unreadable", file=path.name, error=os_reason(exc)).message()
    return result


def import_files(ctx: Ctx, paths: list[Path]) -> list[ImportResult]:
    return list(import_each(ctx, paths))


def import_each(ctx: Ctx, paths: list[Path], cancelled: Callable[[], bool] = lambda: False) -> Iterator[ImportResult]:
    """Import files in order, each its own transaction; with several, a second process decrypts and measures the
    next ones meanwhile (station.sync.prefetch), and this one mostly writes."""
    ctx.require(Perm.OFFICE)
    paths = [Path(p) for p in paths]
    with prefetch.ahead(partial(prepare, keys=_sign_keys(ctx), box_private=box_key()), paths) as ready:
        for index, path in enumerate(paths):
            if cancelled():
                return
            yield import_file(ctx, path, prepared=ready(index))


@service(Perm.OFFICE, write=False)
def _sign_keys(ctx: Ctx) -> dict[str, bytes]:
    return {s.code: bytes(s.sign_public) for s in OfficeStation.select(OfficeStation.code, OfficeStation.sign_public)}


@service(Perm.OFFICE, write=False)
def _old_generation(ctx: Ctx, code: str, bundle: OpenedBundle) -> bool:
    """An incremental bundle from a history the station has left (made before its restore)."""
    held = OfficeStation.get(OfficeStation.code == code).generation
    return bool(held) and _generation(bundle) != held


@service(Perm.OFFICE, write=False)
def backlog(ctx: Ctx) -> list[dict]:
    return [{"bundle_id": b.bundle_id, "station": b.station, "seq_from": b.seq_from, "seq_to": b.seq_to,
             "received_at": str(b.received_at)} for b in OfficeBacklog.select().order_by(OfficeBacklog.received_at)]


@service(Perm.OFFICE, write=False)
def quarantined(ctx: Ctx) -> list[dict]:
    return [{"file": q.file_name, "path": q.path, "reason": q.reason, "message": shown_message(q.reason, q.message),
             "at": str(q.at)}
            for q in OfficeQuarantine.select().order_by(OfficeQuarantine.at.desc())]
