"""The office inbox: a folder or USB drive imported file by file (progress, cancel), and the quarantine.

Quarantine keeps refused files for inspection up to a quota (QUOTA_BYTES);
beyond it the oldest are deleted, so garbage sent over the network cannot fill the disk.
"""
from collections.abc import Callable
from pathlib import Path

from db.models import OfficeQuarantine
from station import audit
from station import audit_actions as actions
from station.context import Ctx
from station.errors import NotFound
from station.permissions import Perm
from station.service import service
from station.sync.office import office_dirs
from station.sync.office_import import ImportResult, import_each, import_file

QUOTA_BYTES = 200 << 20
_quarantine_codes = {"release": actions.OFFICE_QUARANTINE_RELEASE, "delete": actions.OFFICE_QUARANTINE_DELETE}
SUFFIXES = (".vsb",)


def bundles_in(folder: Path) -> list[Path]:
    """The station bundles in a folder (a USB drive's top folder and one level down), oldest name first."""
    found = [p for p in Path(folder).glob("*") if p.suffix.lower() in SUFFIXES and p.is_file()]
    found += [p for p in Path(folder).glob("*/*") if p.suffix.lower() in SUFFIXES and p.is_file()]
    return sorted(found, key=lambda p: p.name)


def import_folder(ctx: Ctx, folder: Path, progress: Callable[[int, int, ImportResult], None] | None = None,
                  cancelled: Callable[[], bool] = lambda: False) -> list[ImportResult]:
    """Import every bundle in `folder`; each file is its own transaction, so cancelling keeps what was done."""
    ctx.require(Perm.OFFICE)
    files = bundles_in(folder)
    results = []
    for done, result in enumerate(import_each(ctx, files, cancelled), start=1):
        results.append(result)
        if progress:
            progress(done, len(files), result)
    enforce_quota(ctx)
    return results


def _quota() -> int:
    return QUOTA_BYTES


@service(Perm.OFFICE)
def enforce_quota(ctx: Ctx) -> int:
    """Delete the oldest quarantined files until the rest fit the quota; returns how many were deleted."""
    rows = list(OfficeQuarantine.select().order_by(OfficeQuarantine.at.desc()))
    used, deleted = 0, 0
    for row in rows:
        path = Path(row.path)
        used += path.stat().st_size if path.exists() else 0
        if used > _quota():
            path.unlink(missing_ok=True)
            row.delete_instance()
            deleted += 1
    return deleted


@service(Perm.OFFICE)
def _forget(ctx: Ctx, sha: str, action: str) -> OfficeQuarantine:
    row = OfficeQuarantine.get_or_none(OfficeQuarantine.sha256 == sha)
    if row is None:
        raise NotFound("No quarantined file {sha}.", why="no_quarantined_file", sha=sha[:12])
    row.delete_instance()
    code = _quarantine_codes[action]
    audit.record(ctx, code, "office_quarantine", sha[:16], {"file": row.file_name}, None)
    return row


def release(ctx: Ctx, sha: str) -> ImportResult:
    """Try a quarantined file again (e.g. after enrolling its station): it is imported or quarantined anew."""
    row = _forget(ctx, sha, "release")
    target = office_dirs(ctx.data_dir)["incoming"] / row.file_name
    Path(row.path).replace(target)
    return import_file(ctx, target)


def delete(ctx: Ctx, sha: str) -> None:
    row = _forget(ctx, sha, "delete")
    Path(row.path).unlink(missing_ok=True)


@service(Perm.OFFICE, write=False)
def quarantine_rows(ctx: Ctx) -> list[dict]:
    from station.sync.errors import shown_message

    return [{"sha256": q.sha256, "file": q.file_name, "station": q.station, "reason": q.reason,
             "message": shown_message(q.reason, q.message), "at": str(q.at)[:16],
             "size": Path(q.path).stat().st_size if Path(q.path).exists() else 0}
            for q in OfficeQuarantine.select().order_by(OfficeQuarantine.at.desc())]


@service(Perm.OFFICE, write=False)
def status_line(ctx: Ctx) -> str:
    """The office's status bar: how many stations, bundles held back, files in quarantine."""
    from db.models import OfficeBacklog, OfficeStation
    from station.i18n import ntr, tr

    held, quarantined = OfficeBacklog.select().count(), OfficeQuarantine.select().count()
    parts = [ntr("Status", "1 station enrolled", "{count} stations enrolled", OfficeStation.select().count())]
    if held:  # only what needs a look: the bar stays short enough to read whole
        parts.append(ntr("Status", "1 bundle held back", "{count} bundles held back", held))
    if quarantined:
        parts.append(ntr("Status", "1 file in quarantine", "{count} files in quarantine", quarantined))
    return tr("Lists", ", ").join(parts)
