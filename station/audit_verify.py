"""Verifying the audit log: its chain, and the chain held against what lies outside the file.

The rows alone can be rebuilt by anyone holding the file; what they cannot rebuild is the head kept in `meta`,
the heads sent to and acknowledged by the town office, and the office's own findings (station/sync/anchor.py).
Kept apart from `audit` (which every service writes through) so the log does not depend on sync.
"""
from dataclasses import dataclass

import peewee as pw

from db.bulk import is_postgres
from db.models import Meta, StationRecord, database
from station.audit import GENESIS, HEAD_KEY, entry_hash, stamp
from station.context import Ctx
from station.i18n import N_, ntr, tr
from station.permissions import Perm
from station.service import service
from station.sync.anchor import TAMPER_KINDS, anchors, office_warnings, warning_text


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
        if entry_hash(seq, stamp(at), actor, action, entity, entity_id, before, after, stored_prev) != stored:
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
    last, _hash = _last(hashes)
    for _name, seq, digest in anchors():
        if seq > last:
            return Verdict(False, verdict.rows, last + 1, "cut_below_anchor", seq)
        if hashes.get(seq) != digest:
            return Verdict(False, verdict.rows, seq, "anchor_differs")
    return None


def _office_findings(verdict: Verdict) -> Verdict:
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
        return ntr("Audit", "Audit log intact: 1 row.", "Audit log intact: {count} rows.", verdict.rows)
    # The same sentence the CLI raises as a Refused error (context "Errors"), so both faces say the same.
    return tr("Errors", "Audit log tampered: {what}.").format(what=problem_text(verdict))


@service(Perm.AUDIT, write=False)
def verify(ctx: Ctx) -> Verdict:
    return verify_chain()
