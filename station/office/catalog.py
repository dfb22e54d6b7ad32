"""The measures the office shows, with their labels; ratios are computed from two summed measures.

Measures of areas that have not registered yet (orders, returns, cases) read as 0 until their records arrive
with a registered function (station/office/measures.py); the names here are the contract for those areas.
"""
from station.i18n import N_

LABELS: dict[str, tuple[str, str]] = {
    "parcels_in": N_("Office", "Parcels arrived"),
    "parcels_out": N_("Office", "Parcels handed out"),
    "parcels_door": N_("Office", "Delivered to the door"),
    "parcels_returned": N_("Office", "Returned to sender"),
    "volunteer_minutes": N_("Office", "Volunteer minutes"),
    "orders": N_("Office", "Assisted orders"),
    "returns": N_("Office", "Assisted returns"),
    "refunds_overdue": N_("Office", "Refunds overdue"),
    "cases_opened": N_("Office", "Cases opened"),
    "cases_closed": N_("Office", "Cases closed"),
    "money_recovered": N_("Office", "Money recovered (yuan)"),
}

# name: (numerator measure, denominator measure, label); shown as a percentage (or hours for dwell).
RATIOS: dict[str, tuple[str, str, tuple[str, str]]] = {
    "door_share": ("parcels_door", "parcels_out", N_("Office", "Share delivered to the door")),
    "dwell": ("dwell_hours", "dwell_count", N_("Office", "Average dwell time (hours)")),
    "acceptance_rate": ("cases_accepted_in_time", "cases_opened", N_("Office", "Accepted in time (受理率)")),
    "on_time_rate": ("cases_closed_in_time", "cases_closed", N_("Office", "Closed on time (按期办结率)")),
    "satisfaction_rate": ("cases_satisfied", "cases_rated", N_("Office", "Satisfaction (满意率)")),
}
PERCENT = {"door_share", "acceptance_rate", "on_time_rate", "satisfaction_rate"}
# Per merchant / platform: the dimension of these measures names them.
COMPLAINTS, HANDLED = "complaints", "complaints_handled"
# Cases with at least one evidence item, dimension = merchant (station/office/case_links.py); the watch list's
# proposals sum it over every station.
EVIDENCE = "cases_with_evidence"
# A running legal clock of a case on its due day, dimension = the case's gid: open past today = an overdue case.
CLOCK_DUE = "case_clock_due"


def ratio(totals: dict[str, float], name: str) -> float | None:
    top, bottom, _label = RATIOS[name]
    if not totals.get(bottom):
        return None
    value = totals.get(top, 0) / totals[bottom]
    return value * 100 if name in PERCENT else value
