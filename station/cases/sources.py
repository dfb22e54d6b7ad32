"""Facts a case starts from, carried over from what the station already knows (a parcel, a return).

Each source gives a plain dict with any of: resident_gid, merchant, platform, category, amount_fen,
summary, wants, source_kind, source_ref. The intake fills in what the user typed over it.
"""
from db.models import Parcel
from station.context import Ctx
from station.errors import NotFound
from station.i18n import ntr, tr
from station.orders.facts import overdue_refund_facts, refund_through_case
from station.parcels.carriers import carrier_name


def case_facts_from_return(ctx: Ctx, return_id: str) -> dict:
    """The facts of an overdue refund: the one seam to the orders area (issue 10), whose
    `overdue_refund_facts` (a plain dict; refused unless the refund is overdue) maps onto the keys above."""
    facts = overdue_refund_facts(ctx, return_id)
    summary = ntr("Cases", "Refund of return {id} overdue by 1 day (due {due}); sent back by {carrier} {tracking}.",
                  "Refund of return {id} overdue by {count} days (due {due}); sent back by {carrier} {tracking}.",
                  facts["days_overdue"], id=facts["return_id"], due=facts["refund_due"],
                  carrier=facts.get("carrier") or "", tracking=facts.get("tracking") or "")
    return {"resident_gid": facts["resident_gid"], "merchant": facts.get("merchant", ""),
            "platform": facts.get("platform", ""), "amount_fen": facts.get("amount_fen", 0),
            "category": "refund_overdue", "summary": summary, "wants": tr("Cases", "The refund paid."),
            "source_kind": "return", "source_ref": facts["return_id"]}


def case_facts_from_parcel(ref: str) -> dict:
    """A parcel by tracking number or pickup code: its resident, its carrier and tracking number as facts."""
    ref = (ref or "").strip()
    parcel = (Parcel.select().where((Parcel.tracking_no == ref) | (Parcel.pickup_code == ref) | (Parcel.gid == ref))
              .order_by(Parcel.arrived_at.desc()).first())
    if parcel is None:
        raise NotFound("No parcel {ref} at this station.", why="parcel", ref=ref)
    carrier = carrier_name(parcel.carrier) if parcel.carrier else ""
    return {"resident_gid": parcel.resident_gid, "source_kind": "parcel", "source_ref": parcel.tracking_no,
            "summary": f"{carrier} {parcel.tracking_no}".strip()}


def settle_source_return(ctx: Ctx, source_kind: str, source_ref: str, fen: int) -> str | None:
    """Money recovered on a case opened from a return is that return's refund: settle it there as well, so the
    station's return list and the office's money recovered count it once (see station.orders.facts)."""
    if source_kind != "return" or not source_ref or fen <= 0:
        return None
    return refund_through_case(ctx, source_ref, fen)
