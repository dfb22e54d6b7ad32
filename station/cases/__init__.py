"""Rights cases (维权): intake, timeline, legal clocks in working days, evidence vault, outcomes, merging.

Every service here needs Perm.CASES (staff and admin; never volunteers: cases hold residents' disputes
and evidence). Money is kept in fen (integers) and shown in yuan.
"""
import datetime as dt
from decimal import Decimal, InvalidOperation

from station.errors import InvalidInput
from station.i18n import N_

CATEGORIES = {
    "false_advertising": N_("Cases", "False advertising"),
    "expired_counterfeit": N_("Cases", "Expired or counterfeit goods"),
    "after_sales": N_("Cases", "After-sales refused"),
    "refund_overdue": N_("Cases", "Refund overdue"),
    "fraud": N_("Cases", "Fraud or scam"),
    "other": N_("Cases", "Other"),
}
ACTIONS = {
    "merchant_contacted": N_("Cases", "Merchant contacted"),
    "platform_complaint": N_("Cases", "Platform complaint filed"),
    "filed_12315": N_("Cases", "Filed with 12315"),
    "accepted": N_("Cases", "Accepted by the regulator"),
    "mediation_session": N_("Cases", "Mediation session"),
    "legal_aid": N_("Cases", "Legal aid"),
    "note": N_("Cases", "Note"),
}
SYSTEM_ENTRIES = {
    "opened": N_("Cases", "Case opened"),
    "evidence": N_("Cases", "Evidence added"),
    "paused": N_("Cases", "Clocks paused"),
    "resumed": N_("Cases", "Clocks resumed"),
    "clock": N_("Cases", "Deadline set"),
    "reminder": N_("Cases", "Reminder"),
    "closed": N_("Cases", "Case closed"),
    "merged_into": N_("Cases", "Merged into another case"),
    "merged_from": N_("Cases", "Duplicate case merged in"),
    "escalated": N_("Cases", "Escalated to the town office"),
}
OUTCOMES = {
    "money": N_("Cases", "Resolved with money"),
    "other": N_("Cases", "Resolved otherwise"),
    "withdrawn": N_("Cases", "Withdrawn"),
    "terminated": N_("Cases", "Terminated without agreement"),
}
NEXT_STEPS = {
    "12315": N_("Cases", "Complain to 12315"),
    "litigation": N_("Cases", "Go to court"),
    "legal_aid": N_("Cases", "Legal aid"),
}
STATES = {"open": N_("Cases", "Open"), "closed": N_("Cases", "Closed"), "merged": N_("Cases", "Merged")}
SOURCE_KINDS = {"return": N_("Cases", "Return"), "parcel": N_("Cases", "Parcel")}


def parse_money(text: str | int | float | None) -> int:
    """'128.50' yuan -> 12850 fen; refuses negatives and more than two decimals."""
    if text in (None, ""):
        return 0
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise InvalidInput("{text} is not an amount of money like 128.50.", why="bad_amount", text=text) from None
    if value < 0 or value != value.quantize(Decimal("0.01")) or value > 10_000_000:
        raise InvalidInput("{text} is not an amount of money like 128.50.", why="bad_amount", text=text)
    return int(value * 100)


def yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def parse_day(text: str | dt.date | None, default: dt.date) -> dt.date:
    if text in (None, ""):
        return default
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("A day looks like 2026-03-08.", why="bad_date") from None


def label(mapping: dict[str, tuple[str, str]], key: str) -> str:
    """The translated word for a code (category, action, outcome …); the code itself when unknown."""
    from station.i18n import tr

    return tr(*mapping[key]) if key in mapping else key


def entry_label(action: str) -> str:
    return label(ACTIONS, action) if action in ACTIONS else label(SYSTEM_ENTRIES, action)
