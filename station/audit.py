"""Append-only audit log where each row carries the hash of the one before.

Editing, removing or reordering any row breaks the chain from that row on; the head (last seq and
hash) is kept in `meta` in the same transaction, so cutting rows off the end shows too.
"""
import datetime as dt
import hashlib
import json
from dataclasses import dataclass

import peewee as pw

from db.bulk import is_postgres
from db.models import AuditEntry, Meta, StationRecord, database
from station.audit_actions import is_declared
from station.context import Ctx
from station.i18n import N_, tr
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
    digest = entry_hash(seq, _stamp(at), ctx.actor.username, action, entity, str(entity_id), b, a, prev)
    AuditEntry.insert(seq=seq, at=at, actor=ctx.actor.username, action=action, entity=entity,
                      entity_id=str(entity_id), before=b, after=a, prev_hash=prev, hash=digest).execute()
    Meta.replace(key=HEAD_KEY, value=f"{seq}:{digest}").execute()


def _stamp(at: dt.datetime | str) -> str:
    return at if isinstance(at, str) else at.strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class Verdict:
    ok: bool
    rows: int
    first_bad_seq: int | None = None
    problem: str = ""
    last_bad_seq: int | None = None
    detail: str = ""


def verify_chain() -> Verdict:
    """Walk the chain, then hold it against what lies outside the rows: the head in meta, the heads sent to
    and acknowledged by the town office, and the office's own findings (station/sync/anchor.py)."""
    try:
        verdict, hashes = _walk()
    except (pw.OperationalError, pw.DatabaseError):
        return Verdict(False, 0, 1, "table_missing")
    if not verdict.ok:
        return verdict
    return _check_anchors(verdict, hashes) or _check_head(verdict.rows, *_last(hashes)) or _office_findings(verdict)


def _walk() -> tuple[Verdict, dict[int, str]]:
    # Raw: the values exactly as stored (peewee would parse `at` into a datetime, normalising a tampered text),
    # and the whole log read at less than half peewee's cost (bench/query_cost.py "audit chain": 2-3x on 600 rows).
    # Storage order (rowid) shows rows re-inserted out of order on SQLite; PostgreSQL has no rowid, seq it is.
    order = "seq" if is_postgres() else "rowid"
    cursor = database.execute_sql(
        f"SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash FROM audit ORDER BY {order}")
    prev_hash, prev_seq, count, hashes = GENESIS, 0, 0, {}
    for seq, at, actor, action, entity, entity_id, before, after, stored_prev, stored in cursor:
        count += 1
        if seq != prev_seq + 1 or stored_prev != prev_hash:
            return Verdict(False, count, seq, "removed_or_reordered"), hashes
        if entry_hash(seq, _stamp(at), actor, action, entity, entity_id, before, after, stored_prev) != stored:
            return Verdict(False, count, seq, "edited"), hashes
        if seq == 1 and not action.endswith(".init"):
            return Verdict(False, count, 1, "removed_or_reordered"), hashes  # a log starts with its station's making
        hashes[seq] = stored
        prev_hash, prev_seq = stored, seq
    if count == 0 and StationRecord.select().exists():
        return Verdict(False, 0, 1, "all_removed"), hashes  # `init` always writes the first rows
    return Verdict(True, count), hashes


def _last(hashes: dict[int, str]) -> tuple[int, str]:
    last = max(hashes, default=0)
    return last, hashes.get(last, GENESIS)


def _check_anchors(verdict: Verdict, hashes: dict[int, str]) -> Verdict | None:
    from station.sync.anchor import anchors

    last, _hash = _last(hashes)
    for _name, seq, digest in anchors():
        if seq > last:
            return Verdict(False, verdict.rows, last + 1, "cut_below_anchor", seq)
        if hashes.get(seq) != digest:
            return Verdict(False, verdict.rows, seq, "anchor_differs")
    return None


def _office_findings(verdict: Verdict) -> Verdict:
    from station.sync.anchor import TAMPER_KINDS, office_warnings, warning_text

    found = [w for w in office_warnings() if w.get("kind") in TAMPER_KINDS]
    if not found:
        return verdict
    return Verdict(False, verdict.rows, found[0].get("first_seq"), "office_reported", found[0].get("last_seq"),
                   warning_text(found[0]))


def _check_head(count: int, last_seq: int, last_hash: str) -> Verdict | None:
    head = Meta.get_or_none(Meta.key == HEAD_KEY)
    if head is None:
        return None if count == 0 else Verdict(False, count, 1, "head_missing")
    head_seq, head_hash = head.value.split(":", 1)
    if int(head_seq) != last_seq or head_hash != last_hash:
        return Verdict(False, count, last_seq + 1, "removed_at_end")
    return None


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


# What each verification problem means, shared by `station audit verify` and the Audit page.
PROBLEM_TEXTS = {
    "edited": N_("Audit", "audit row {seq} was edited"),
    "removed_or_reordered": N_("Audit", "audit rows were removed or reordered at row {seq}"),
    "removed_at_end": N_("Audit", "audit rows from {seq} on were removed"),
    "head_missing": N_("Audit", "the audit head record is missing"),
    "table_missing": N_("Audit", "the audit log table is missing"),
    "all_removed": N_("Audit", "every audit row was removed"),
    "cut_below_anchor": N_("Audit", "audit rows {seq}–{last} were removed (they had reached the town office)"),
    "anchor_differs": N_("Audit", "audit row {seq} differs from the one sent to the town office"),
    "office_reported": N_("Audit", "the town office reports: {detail}"),
}


def problem_text(verdict: Verdict) -> str:
    return tr(*PROBLEM_TEXTS[verdict.problem]).format(seq=verdict.first_bad_seq, last=verdict.last_bad_seq,
                                                      detail=verdict.detail)


def verdict_text(verdict: Verdict) -> str:
    """One translated sentence saying whether the chain holds and, if not, where it first breaks."""
    if verdict.ok:
        return tr("Audit", "Audit log intact: {rows} rows.").format(rows=verdict.rows)
    # The same sentence the CLI raises as a Refused error (context "Errors"), so both faces say the same.
    return tr("Errors", "Audit log tampered: {what}.").format(what=problem_text(verdict))


@service(Perm.AUDIT, write=False)
def verify(ctx: Ctx) -> Verdict:
    return verify_chain()


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
    return {"seq": e.seq, "at": _stamp(e.at), "actor": e.actor, "action": e.action, "entity": e.entity,
            "entity_id": e.entity_id, "before": e.before, "after": e.after}
