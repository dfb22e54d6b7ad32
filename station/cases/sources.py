"""Facts a case starts from, carried over from what the station already knows (a parcel, a return).

Each source gives a plain dict with any of: resident_gid, merchant, platform, category, amount_fen,
summary, wants, source_kind, source_ref. The intake fills in what the user typed over it.
"""
from db.models import Parcel
from station.errors import NotFound, Refused
from station.parcels.carriers import carrier_name


def case_facts_from_return(return_id: str) -> dict:
    """The facts of an overdue refund, from the orders area (issue 10) when it is in this version.

    The one seam to the orders area: when it lands, call its "overdue refund facts" service here and map
    its dict onto the keys above (category refund_overdue, source_kind "return", source_ref the return id)."""
    raise Refused("Orders are not available in this version: open the case with --resident, --merchant and "
                  "--summary instead of --from-return {id}.", why="orders_unavailable", id=return_id)


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
