"""The cash ledger: every sum staff handle for a resident, in and out of the drawer.

Entries are never edited or deleted; a mistake is corrected by a reversing entry that names the one it
cancels (one reversal per entry, enforced by a unique index). A station day balances when the opening
balance plus the day's entries equals the cash counted in the drawer.
"""
import datetime as dt
from dataclasses import asdict, dataclass, field

from db.models import CashCount, CashEntry
from station import audit
from station.audit_actions import CASH_COUNT, CASH_ENTRY, CASH_REVERSE
from station.clock import station_today
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.i18n import N_, tr
from station.ids import new_gid
from station.orders.money import check_fen
from station.permissions import Perm
from station.service import service

KINDS = {
    "order_payment": N_("Cash", "Resident's cash for an order"),
    "send_fee": N_("Cash", "Postage for an outgoing parcel"),
    "cod_paid": N_("Cash", "Cash on delivery paid by the resident"),
    "refund_out": N_("Cash", "Refund handed back to the resident"),
    "courier_settlement": N_("Cash", "Cash handed to a courier"),
    "other_in": N_("Cash", "Other cash received"),
    "other_out": N_("Cash", "Other cash paid out"),
    "reversal": N_("Cash", "Correction (reverses an entry)"),
}
OUTGOING = {"refund_out", "courier_settlement", "other_out"}
MANUAL = ("courier_settlement", "other_in", "other_out")


def kind_name(kind: str) -> str:
    pair = KINDS.get(kind)
    return tr(*pair) if pair else kind


@dataclass
class Entry:
    gid: str
    at: str
    day: str
    kind: str
    amount_fen: int
    resident_gid: str | None
    ref_entity: str
    ref_gid: str
    reverses_gid: str | None
    note: str
    staff: str
    reversed_by: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _entry(e: CashEntry, reversed_by: str | None = None) -> Entry:
    return Entry(e.gid, str(e.at), str(e.day), e.kind, e.amount_fen, e.resident_gid, e.ref_entity, e.ref_gid,
                 e.reverses_gid, e.note, e.staff, reversed_by)


def add_entry(ctx: Ctx, kind: str, fen: int, resident_gid: str | None = None, ref: tuple[str, str] = ("", ""),
              note: str = "", reverses: str | None = None) -> Entry:
    """Inside a service's transaction: append one entry; `fen` is unsigned, the kind gives the direction."""
    if kind not in KINDS:
        raise InvalidInput("Unknown kind of cash entry {kind}.", why="cash_kind", kind=kind)
    signed = -abs(fen) if kind in OUTGOING else fen
    now = ctx.now()
    row = CashEntry.create(gid=new_gid(), owner=ctx.station_code, at=now, day=station_today(now), kind=kind,
                           amount_fen=signed, resident_gid=resident_gid, ref_entity=ref[0], ref_gid=ref[1],
                           reverses_gid=reverses, note=(note or "").strip()[:200], staff=ctx.actor.username)
    audit.record(ctx, CASH_ENTRY, "cash_entry", row.gid, None,
                 {"kind": kind, "amount_fen": signed, "resident": resident_gid, "ref": list(ref),
                  "reverses": reverses})
    return _entry(row)


@service(Perm.CASH)
def record_cash(ctx: Ctx, kind: str, fen: int, note: str = "") -> Entry:
    """A sum no other record explains (cash handed to a courier, other receipts); a note is required."""
    if kind not in MANUAL:
        raise InvalidInput("Enter {kind} through its own record; here only: {kinds}.", why="cash_kind_manual",
                           kind=kind, kinds=", ".join(MANUAL))
    if not (note or "").strip():
        raise InvalidInput("Say what this cash was for (a note).", why="cash_note_missing")
    return add_entry(ctx, kind, check_fen(fen), note=note)


@service(Perm.CASH)
def reverse_entry(ctx: Ctx, entry_gid: str, note: str) -> Entry:
    """Cancel a wrong entry with its opposite; the original stays as it was."""
    original = CashEntry.get_or_none(CashEntry.gid == (entry_gid or "").strip())
    if original is None:
        raise NotFound("No cash entry {entry}.", why="cash_entry", entry=entry_gid)
    if original.reverses_gid:
        raise Refused("Entry {entry} is itself a correction; enter a new entry instead.", why="reverse_reversal",
                      entry=entry_gid)
    if CashEntry.select().where(CashEntry.reverses_gid == original.gid).exists():
        raise Refused("Entry {entry} was already reversed.", why="already_reversed", entry=entry_gid)
    if not (note or "").strip():
        raise InvalidInput("Say why the entry is reversed (a note).", why="cash_note_missing")
    now = ctx.now()
    row = CashEntry.create(gid=new_gid(), owner=ctx.station_code, at=now, day=station_today(now), kind="reversal",
                           amount_fen=-original.amount_fen, resident_gid=original.resident_gid,
                           ref_entity="cash_entry", ref_gid=original.gid, reverses_gid=original.gid,
                           note=note.strip()[:200], staff=ctx.actor.username)
    audit.record(ctx, CASH_REVERSE, "cash_entry", row.gid, {"entry": original.gid},
                 {"amount_fen": row.amount_fen, "reverses": original.gid, "note": row.note})
    return _entry(row)


def check_day(day: dt.date | str, ctx: Ctx) -> dt.date:
    """A station day given as YYYY-MM-DD, not in the future."""
    try:
        parsed = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day).strip())
    except ValueError:
        raise InvalidInput("{day} is not a date like 2026-03-01.", why="bad_date", day=str(day)[:20]) from None
    if parsed > station_today(ctx.now()):
        raise InvalidInput("{day} is in the future.", why="future_date", day=parsed.isoformat())
    return parsed


@service(Perm.CASH)
def count_cash(ctx: Ctx, day: dt.date | str, fen: int) -> dict:
    """Record the cash counted in the drawer for a station day (zero is a valid count)."""
    on = check_day(day, ctx)
    if not isinstance(fen, int) or fen < 0 or fen > 100 * 5_000_000:
        raise InvalidInput("Counted cash must be zero or more.", why="bad_count")
    row = CashCount.create(gid=new_gid(), owner=ctx.station_code, day=on, counted_fen=fen, at=ctx.now(),
                           staff=ctx.actor.username)
    audit.record(ctx, CASH_COUNT, "cash_count", row.gid, None, {"day": on.isoformat(), "counted_fen": fen})
    return {"gid": row.gid, "day": on.isoformat(), "counted_fen": fen}


@dataclass
class CashDay:
    """A station day's reconciliation: opening + entries = closing; counted − closing = difference."""

    day: str
    opening_fen: int
    entries: list[Entry] = field(default_factory=list)
    in_fen: int = 0
    out_fen: int = 0
    closing_fen: int = 0
    counted_fen: int | None = None
    difference_fen: int | None = None
    balanced: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


def _reversals() -> dict[str, str]:
    return {e.reverses_gid: e.gid for e in CashEntry.select(CashEntry.gid, CashEntry.reverses_gid)
            .where(CashEntry.reverses_gid.is_null(False))}


@service(Perm.CASH, write=False)
def cash_day(ctx: Ctx, day: dt.date | str) -> CashDay:
    on = check_day(day, ctx)
    opening = CashEntry.select(CashEntry.amount_fen).where(CashEntry.day < on)
    sheet = CashDay(on.isoformat(), sum(e.amount_fen for e in opening))
    reversed_by = _reversals()
    rows = CashEntry.select().where(CashEntry.day == on).order_by(CashEntry.at, CashEntry.gid)
    sheet.entries = [_entry(e, reversed_by.get(e.gid)) for e in rows]
    sheet.in_fen = sum(e.amount_fen for e in sheet.entries if e.amount_fen > 0)
    sheet.out_fen = sum(e.amount_fen for e in sheet.entries if e.amount_fen < 0)
    sheet.closing_fen = sheet.opening_fen + sheet.in_fen + sheet.out_fen
    count = CashCount.select().where(CashCount.day == on).order_by(CashCount.at.desc(), CashCount.gid.desc()).first()
    if count is not None:
        sheet.counted_fen = count.counted_fen
        sheet.difference_fen = count.counted_fen - sheet.closing_fen
        sheet.balanced = sheet.difference_fen == 0
    return sheet


@service(Perm.CASH, write=False)
def list_entries(ctx: Ctx, day: dt.date | str | None = None, limit: int = 200) -> list[Entry]:
    """Newest first; one station day when `day` is given."""
    reversed_by = _reversals()
    query = CashEntry.select().order_by(CashEntry.at.desc(), CashEntry.gid.desc()).limit(limit)
    if day is not None:
        query = query.where(CashEntry.day == check_day(day, ctx))
    return [_entry(e, reversed_by.get(e.gid)) for e in query]
