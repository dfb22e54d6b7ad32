"""Append-only audit log where each row carries the hash of the one before.

Editing, removing or reordering any row breaks the chain from that row on; the head (last seq and
hash) is kept in `meta` in the same transaction, so cutting rows off the end shows too.
"""
import datetime as dt
import hashlib
import json

import peewee as pw

from db.models import AuditEntry, Meta
from station.audit_actions import is_declared
from station.context import Ctx
from station.i18n import tr
from station.permissions import Perm
from station.service import service

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _json(value: object) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(seq: int, at: str, actor: str, action: str, entity: str, entity_id: str,
               before: str | None, after: str | None, prev_hash: str) -> str:
    body = json.dumps([seq, at, actor, action, entity, entity_id, before, after, prev_hash], ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()


def record(ctx: Ctx, action: str, entity: str, entity_id: str, before: object = None,
           after: object = None) -> None:
    """Append one audit row; call inside the service's transaction so it lands with the change.

    `action` is one of the constants of station/audit_actions.py: an undeclared code is a programming error
    (it would show in the log without words for staff), refused before anything is written."""
    if not is_declared(action):
        raise ValueError(f"audit action {action!r} is not declared in station/audit_actions.py")
    last = AuditEntry.select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    at = ctx.now().replace(microsecond=0)
    b, a = _json(before), _json(after)
    digest = entry_hash(seq, stamp(at), ctx.actor.username, action, entity, str(entity_id), b, a, prev)
    AuditEntry.insert(seq=seq, at=at, actor=ctx.actor.username, action=action, entity=entity,
                      entity_id=str(entity_id), before=b, after=a, prev_hash=prev, hash=digest).execute()
    Meta.replace(key=HEAD_KEY, value=f"{seq}:{digest}").execute()


def stamp(at: dt.datetime | str) -> str:
    return at if isinstance(at, str) else at.strftime("%Y-%m-%d %H:%M:%S")


def audit_head() -> tuple[int, str]:
    """(seq, hash) of the newest audit row, (0, "") for an empty log. Printouts show it (`head_text`)."""
    try:
        last = AuditEntry.select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).first()
    except (pw.OperationalError, pw.DatabaseError):  # a dropped table: no head to print; `audit verify` says why
        return 0, ""
    return (last.seq, last.hash) if last else (0, "")


def head_text() -> str:
    """One line for paper (daily sheet, monthly report, notice board): the head anyone can compare later."""
    seq, digest = audit_head()
    return tr("Audit", "Audit log head: row {seq}, {hash}").format(seq=seq, hash=digest[:16] or "—")


@service(Perm.AUDIT, write=False)
def entries(ctx: Ctx, actor: str = "", action: str = "", text: str = "", limit: int = 500,
            before_seq: int | None = None) -> list[dict]:
    """Newest first, filtered; `before_seq` pages further back."""
    query = AuditEntry.select().order_by(AuditEntry.seq.desc()).limit(limit)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action:
        query = query.where(AuditEntry.action.startswith(action))
    if text:
        query = query.where(AuditEntry.entity_id.contains(text) | AuditEntry.after.contains(text)
                            | AuditEntry.before.contains(text))
    if before_seq:
        query = query.where(AuditEntry.seq < before_seq)
    return [_entry_dict(e) for e in query]


def _entry_dict(e: AuditEntry) -> dict:
    return {"seq": e.seq, "at": stamp(e.at), "actor": e.actor, "action": e.action, "entity": e.entity,
            "entity_id": e.entity_id, "before": e.before, "after": e.after}
