"""Sending the newest bundle to the office over HTTP, with retries, and applying the reply.

First a signed announcement (POST /announce: station, office, bundle id, size, SHA-256) buys a one-time token,
then PUT /bundle/TOKEN sends exactly the bytes of a USB bundle; the office replies with the return bundle. The scheduler
job backs off after failures (1, 2, 4 … minutes up to 6 hours) so an offline station stays quiet.
"""
import datetime as dt
import json
import time
import urllib.error
import urllib.request
from pathlib import Path

from db.models import SyncBundle
from station.context import SCHEDULER, Ctx
from station.errors import InvalidInput, Refused, StationError
from station.files import write_atomically
from station.i18n import N_
from station.identity import this_station
from station.keystore import signing_key
from station.permissions import Perm
from station.practice import is_practice, refuse_sync
from station.service import service
from station.settings import read_setting
from station.sync.announce import make_announcement
from station.sync.container import file_sha256, open_bundle
from station.sync.outgoing import export_bundle
from station.sync.returns import import_return_bundle
from station.sync.state import acked_seq, meta_value, newest_seq, set_meta, trusted_office

FAILURES_KEY = "sync_push_failures"
NEXT_KEY = "sync_push_next_at"
_MAX_BACKOFF_S = 6 * 3600


REFUSED_TEXT = N_("Errors", "The office refused the bundle: {detail}")
UNREACHABLE_TEXT = N_("Errors", "The town office at {url} cannot be reached ({error}); the bundle waits for the "
                                "next try.")


class OfficeUnreachable(Refused):
    """The office could not be reached (network down, server stopped); try again later."""

    kind = "refused.office_unreachable"


class OfficeRefused(Refused):
    """The office received the bundle and refused it."""

    kind = "refused.office_refused"


@service(Perm.SYNC, write=False)
def _reusable_bundle(ctx: Ctx) -> Path | None:
    """The newest written bundle if it still covers exactly what is waiting (same bytes are sent again)."""
    last = (SyncBundle.select().where(SyncBundle.direction == "out")
            .order_by(SyncBundle.at.desc(), SyncBundle.bundle_id.desc()).first())
    if last and last.seq_from == acked_seq() + 1 and last.seq_to == newest_seq() and Path(last.file).exists():
        return Path(last.file)
    return None


@service(Perm.SYNC, write=False)
def _office_url(ctx: Ctx, url: str | None) -> str:
    chosen = (url or read_setting("sync_url") or "").strip()
    if chosen and not chosen.startswith(("http://", "https://")):
        raise InvalidInput("{url} is not a town office address; it starts with http://, e.g. http://192.168.1.10:8750",
                           why="office_url",
                           url=chosen)
    if not chosen:
        raise InvalidInput("No town office address is set (an http:// address, in settings or with --url).",
                           why="office_url_missing")
    return chosen.rstrip("/").removesuffix("/bundle")


@service(Perm.SYNC, write=False)
def _announcement(ctx: Ctx, path: Path) -> bytes:
    station, office = this_station(), trusted_office()
    bundle_id = open_bundle(path).get("bundle_id")
    message = make_announcement(station.code, office.code, bundle_id, path.stat().st_size, file_sha256(path),
                                signing_key())
    return json.dumps(message).encode("utf-8")


def _post(url: str, path: Path, announcement: bytes, timeout: float) -> bytes:
    request = urllib.request.Request(url + "/announce", data=announcement, method="POST", headers={
        "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as reply:
        token = json.loads(reply.read())["token"]
    with open(path, "rb") as body:
        request = urllib.request.Request(f"{url}/bundle/{token}", data=body, method="PUT", headers={
            "Content-Type": "application/octet-stream", "Content-Length": str(path.stat().st_size)})
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.read()


def _office_message(body: bytes) -> str:
    text = body.decode("utf-8", "replace")[:2000]
    try:
        return str(json.loads(text).get("message") or text)
    except (ValueError, AttributeError):
        return text


def _send(url: str, path: Path, announcement: bytes, attempts: int, backoff_s: float, timeout: float) -> bytes:
    for attempt in range(attempts):
        try:
            return _post(url, path, announcement, timeout)
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                detail = _office_message(exc.read())
                raise OfficeRefused(REFUSED_TEXT[1], detail=detail) from None
            error = f"HTTP {exc.code}"
        except (urllib.error.URLError, OSError) as exc:
            error = str(getattr(exc, "reason", exc))
        if attempt + 1 < attempts:
            time.sleep(backoff_s * (2 ** attempt))
    raise OfficeUnreachable(UNREACHABLE_TEXT[1], url=url, error=error)


def push(ctx: Ctx, url: str | None = None, attempts: int = 3, backoff_s: float = 2.0, timeout: float = 60.0) -> dict:
    """Send the newest bundle (writing one if needed) and apply the office's return bundle from the reply."""
    refuse_sync(ctx)
    ctx.require(Perm.SYNC)
    target = _office_url(ctx, url)
    outgoing = ctx.data_dir / "outgoing"
    path = _reusable_bundle(ctx) or Path(export_bundle(ctx, outgoing, via="push")["file"])
    reply = _send(target, path, _announcement(ctx, path), attempts, backoff_s, timeout)
    incoming = ctx.data_dir / "incoming" / f"reply-{path.stem}.vsr"
    write_atomically(incoming, reply)
    try:
        applied = import_return_bundle(ctx, incoming, via="push")
    finally:
        incoming.unlink(missing_ok=True)
    _prune_outgoing(ctx, outgoing)
    return {"bundle": path.name, "url": target, **applied}


def _prune_outgoing(ctx: Ctx, outgoing: Path) -> None:
    """Delete pushed bundles the office has acknowledged entirely (folder exports are the user's)."""
    acked = acked_seq_now(ctx)
    for old in outgoing.glob("*.vsb"):
        try:
            seq_to = int(old.name.split("_")[1])
        except (IndexError, ValueError):
            continue
        if seq_to <= acked:
            old.unlink(missing_ok=True)


@service(Perm.SYNC, write=False)
def acked_seq_now(ctx: Ctx) -> int:
    return acked_seq()


@service(Perm.SYNC)
def _note_attempt(ctx: Ctx, ok: bool) -> dt.datetime | None:
    failures = 0 if ok else int(meta_value(FAILURES_KEY, "0")) + 1
    set_meta(FAILURES_KEY, str(failures))
    due = ctx.now() + dt.timedelta(seconds=min(60 * 2 ** (failures - 1), _MAX_BACKOFF_S)) if failures else None
    set_meta(NEXT_KEY, due.isoformat() if due else "")
    return due


@service(Perm.SYNC, write=False)
def _due(ctx: Ctx) -> bool:
    text = meta_value(NEXT_KEY)
    return not text or ctx.now() >= dt.datetime.fromisoformat(text)


def push_job(ctx: Ctx) -> str:
    """The scheduler's sync job: push when an address and office key are set and no backoff is running."""
    ctx = ctx.as_actor(SCHEDULER)
    if is_practice(ctx.data_dir):
        return "practice"
    if not _due(ctx):
        return "backing_off"
    try:
        push(ctx, attempts=1)
    except (OfficeUnreachable, OfficeRefused):
        _note_attempt(ctx, False)
        return "failed"
    except StationError:
        return "not_set_up"
    _note_attempt(ctx, True)
    return "pushed"


def register_jobs(scheduler, ctx: Ctx, minutes: int = 5) -> None:
    """Wire the push job into the station's APScheduler (the lead calls this where the scheduler starts)."""
    scheduler.add_job(push_job, "interval", minutes=minutes, args=[ctx], id="sync.push", replace_existing=True,
                      max_instances=1, coalesce=True)
