"""The records other features keep beside the demo's parcels, so every screen has something true to show:
problem parcels carry their problem report (the queue shows the kind), parcels returned to sender carry
the courier handoff, and the volunteer account is on the delivery roster.
"""
import random

from station.ids import new_gid
from station.parcels.carriers import carrier_name

PROBLEM_KINDS = (  # (kind as station.parcels.problems names it, share, note) — "damaged" needs a photo
    ("unknown_addressee", 4, "面单上的名字村里没人认识"),
    ("misaddressed", 3, "寄到邻村的，地址写错了"),
    ("refused", 2, "收件人说没买过，不要"),
)
RETURN_REASONS = (("overdue", 8), ("refused", 1))  # station.parcels.returns.REASONS
STAFF = "xiaowang"
PROBLEM_COLUMNS = ("gid", "owner", "parcel_gid", "kind", "note", "status_before", "reported_at", "reported_by")
HANDOFF_COLUMNS = ("gid", "owner", "parcel_gid", "courier_name", "reason", "note", "at", "staff")


def problem_rows(rng: random.Random, owner: str, problems: list[tuple[str, str]]) -> list[tuple]:
    kinds = rng.choices(PROBLEM_KINDS, weights=[k[1] for k in PROBLEM_KINDS], k=len(problems))
    return [(new_gid(), owner, parcel, kind, note, "waiting", at, STAFF)
            for (parcel, at), (kind, _share, note) in zip(problems, kinds, strict=True)]


def handoff_rows(rng: random.Random, owner: str, returns: list[tuple[str, str, str]]) -> list[tuple]:
    reasons = rng.choices([r[0] for r in RETURN_REASONS], weights=[r[1] for r in RETURN_REASONS], k=len(returns))
    names = {}
    rows = []
    for (parcel, carrier, at), reason in zip(returns, reasons, strict=True):
        courier = names.get(carrier) or names.setdefault(carrier, carrier_name(carrier) + "快递员")
        rows.append((new_gid(), owner, parcel, courier, reason, "", at, STAFF))
    return rows


def enrol_volunteer(ctx, group_gid: str | None) -> None:
    """老李's roster row, linked to his account, so the Deliveries page can assign him runs at once."""
    from station.delivery.volunteers import ensure_volunteer

    ensure_volunteer(ctx, "老李", "13900003456", account="laoli", group_gid=group_gid,
                     availability=("sat_am", "sun_am", "wed_pm"))
