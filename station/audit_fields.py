"""Words for what an audit row changed: a field by its label ("Status", not `status`) and a coded value by the
same glossary word the rest of the application uses ("Picked up", not `picked_up`).

The log keeps the keys and codes (the hash chain covers them); only the display is translated. A key or code
not declared here (a row from a newer version) is shown as it is.
"""
from station.i18n import N_, tr

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "status": N_("AuditFields", "Status"), "state": N_("AuditFields", "State"), "name": N_("AuditFields", "Name"),
    "display_name": N_("AuditFields", "Name"), "phone": N_("AuditFields", "Phone"),
    "code": N_("AuditFields", "Code"), "codes": N_("AuditFields", "Codes"), "number": N_("AuditFields", "Number"),
    "tracking": N_("AuditFields", "Tracking no."), "tracking_no": N_("AuditFields", "Tracking no."),
    "replacement_tracking": N_("AuditFields", "Replacement tracking no."),
    "carrier": N_("AuditFields", "Carrier"), "courier": N_("AuditFields", "Courier"),
    "pickup_code": N_("AuditFields", "Pickup code"), "shelf": N_("AuditFields", "Shelf"),
    "parcels": N_("AuditFields", "Parcels"), "parcel": N_("AuditFields", "Parcel"),
    "resident": N_("AuditFields", "Resident"), "receiver": N_("AuditFields", "Received by"),
    "relation": N_("AuditFields", "Relation"), "delegate": N_("AuditFields", "Delegate"),
    "may_collect": N_("AuditFields", "May collect"), "group": N_("AuditFields", "Village group"),
    "address": N_("AuditFields", "Landmark"), "care_notes": N_("AuditFields", "Care notes"),
    "care_elderly": N_("Residents", "Elderly"), "care_mobility": N_("Residents", "Limited mobility"),
    "care_vision": N_("Residents", "Poor vision"), "care_hearing": N_("Residents", "Hard of hearing"),
    "care_alone": N_("Residents", "Lives alone"),
    "reason": N_("AuditFields", "Reason"), "note": N_("AuditFields", "Note"), "kind": N_("AuditFields", "Kind"),
    "outcome": N_("AuditFields", "Outcome"), "volunteer": N_("AuditFields", "Volunteer"),
    "minutes": N_("AuditFields", "Minutes"), "day": N_("AuditFields", "Day"), "days": N_("AuditFields", "Days"),
    "run": N_("AuditFields", "Run"), "stops": N_("AuditFields", "Stops"),
    "back_to_shelf": N_("AuditFields", "Back on the shelf"), "started_at": N_("AuditFields", "Started"),
    "role": N_("AuditFields", "Role"), "active": N_("AuditFields", "Active"), "locked": N_("AuditFields", "Locked"),
    "until": N_("AuditFields", "Until"), "revoked": N_("AuditFields", "Revoked"),
    "amount_fen": N_("AuditFields", "Amount (¥)"), "total_fen": N_("AuditFields", "Total (¥)"),
    "refund_fen": N_("AuditFields", "Refund (¥)"), "fee_fen": N_("AuditFields", "Fee (¥)"),
    "counted_fen": N_("AuditFields", "Counted (¥)"), "paid_by": N_("AuditFields", "Paid by"),
    "how": N_("AuditFields", "How"), "merchant": N_("AuditFields", "Merchant"), "order": N_("AuditFields", "Order"),
    "items": N_("AuditFields", "Items"), "consent_by": N_("AuditFields", "Consent by"),
    "consent_how": N_("AuditFields", "Consent given"), "no_reason": N_("AuditFields", "No-reason return"),
    "window_ends": N_("AuditFields", "Return window ends"), "refund_due": N_("AuditFields", "Refund due"),
    "sender": N_("AuditFields", "Sender"), "recipient": N_("AuditFields", "Recipient"),
    "inspected": N_("AuditFields", "Inspected"), "id_checked": N_("AuditFields", "ID checked"),
    "station": N_("AuditFields", "Station"), "records": N_("AuditFields", "Records"),
    "file": N_("AuditFields", "File"), "fingerprint": N_("AuditFields", "Key fingerprint"),
    "evidence": N_("AuditFields", "Evidence"), "paused_on": N_("AuditFields", "Paused on"),
    "resumed_on": N_("AuditFields", "Resumed on"), "due": N_("AuditFields", "Due"),
    "category": N_("AuditFields", "Category"), "warning": N_("AuditFields", "Warning"),
    "photo_sha256": N_("AuditFields", "Photo (SHA-256)"),
    "action": N_("AuditFields", "Action"), "amount_recovered": N_("AuditFields", "Recovered (¥)"),
    "amount_claimed": N_("AuditFields", "Claimed (¥)"), "opened_on": N_("AuditFields", "Opened on"),
    "closed_on": N_("AuditFields", "Closed on"), "next_step": N_("AuditFields", "Next step"),
    "satisfaction": N_("AuditFields", "Satisfaction"), "timely": N_("AuditFields", "On time"),
    "source": N_("AuditFields", "Opened from"), "into": N_("AuditFields", "Merged into"),
    "return_refunded": N_("AuditFields", "Return refunded"), "by_status": N_("AuditFields", "By status"),
    "account": N_("AuditFields", "Account"),
    "seed": N_("AuditFields", "Seed"), "via": N_("AuditFields", "Via"), "size": N_("AuditFields", "Size"),
}


def field_label(key: str) -> str:
    pair = FIELD_LABELS.get(key)
    return tr(*pair) if pair else key


def _coded(entity: str, key: str) -> dict:
    """The glossary for `key` of rows of `entity` (imported when asked: most fields hold no code)."""
    if (key == "status" and entity in ("parcel", "handout")) or key == "by_status":
        from station.parcels import STATUS_NAMES
        return STATUS_NAMES
    if key == "kind" and entity == "parcel":
        from station.parcels.problems import KINDS
        return KINDS
    if key == "status" and entity in ("assisted_order", "goods_return"):
        from station.orders import ORDER_STATUS_LABELS, RETURN_STATUS_LABELS
        return ORDER_STATUS_LABELS if entity == "assisted_order" else RETURN_STATUS_LABELS
    if key in ("status", "outcome") and entity.startswith("delivery_"):
        from station.delivery import OUTCOME_LABELS, RUN_STATUS_LABELS
        return RUN_STATUS_LABELS if key == "status" else OUTCOME_LABELS
    if key == "status" and entity == "cod_charge":
        from station.orders.cod import STATUS_LABELS
        return STATUS_LABELS
    if key == "status" and entity == "office_watch":
        from station.office.watch import STATUS_LABELS
        return STATUS_LABELS
    if entity == "rights_case" and key in ("state", "category", "action", "outcome", "next_step", "kind", "source"):
        from station import cases
        from station.cases.clocks import CLOCK_LABELS
        return {"state": cases.STATES, "category": cases.CATEGORIES, "action": cases.ACTIONS, "kind": CLOCK_LABELS,
                "outcome": cases.OUTCOMES, "next_step": cases.NEXT_STEPS, "source": cases.SOURCE_KINDS}[key]
    if key == "role":
        from station.accounts import ROLE_LABELS
        return ROLE_LABELS
    return {}


def value_text(entity: str, key: str, value) -> str | None:
    """A coded value in words, money in yuan; None where the value is shown as it is."""
    if key.endswith("_fen") and isinstance(value, int) and not isinstance(value, bool):
        from station.orders.money import yuan
        return yuan(value)
    pair = _coded(entity, key).get(value) if isinstance(value, str) else None
    return tr(*pair) if pair else None
