"""Where the counter extras meet the counter core (carriers and pickup codes, built on the `counter` branch).

Kept in one place so the problem queue does not depend on the core's internals beyond two calls.
"""
from station.context import Ctx


def carrier_name(tracking: str) -> str:
    """The carrier recognised from a tracking number, or '' when unknown."""
    try:
        from station.parcels import carriers
    except ImportError:  # the core is not merged yet
        return ""
    found = carriers.detect(tracking)
    return getattr(found, "name", found) or ""


def new_slot(ctx: Ctx, resident_gid: str) -> tuple[str, str]:
    """A fresh (pickup code, shelf) for a parcel given to `resident_gid`."""
    from station.parcels import codes

    slot = codes.allocate_slot(ctx, resident_gid)
    return slot.code, slot.shelf
