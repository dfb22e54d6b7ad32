"""Measures of the rights cases area (issue 12): a `rights_case` record as the station last sent it.

Definitions follow the station's own statistics (station/cases/stats.py) so the office and the station agree:
a merged duplicate counts in its survivor only; 受理率 = accepted ÷ opened, 按期办结率 = closed on time ÷ closed,
满意率 = rated 4–5 ÷ rated. Opening figures count on the day the case was opened (so a month's handling rate is
about that month's complaints), closing figures on the day it was closed. Cases with evidence span two records
(a case and its evidence items) and are linked after each block: station/office/case_links.py.
"""
from station.office.catalog import CLOCK_DUE, COMPLAINTS, HANDLED
from station.office.measures import Contribution, local_day, measure

CLOSED, MERGED = "closed", "merged"


def opened_day(body: dict) -> str | None:
    return str(body.get("opened_on") or "")[:10] or local_day(body.get("opened_at"))


def who(body: dict) -> str:
    """The dimension of the per-merchant figures: the merchant, with its platform when the case names one."""
    merchant, platform = str(body.get("merchant") or "").strip(), str(body.get("platform") or "").strip()
    return f"{platform} · {merchant}" if platform else merchant


@measure("rights_case")
def cases_opened(body: dict) -> list[Contribution]:
    if body.get("state") == MERGED:
        return []
    day, dim = opened_day(body), who(body)
    found = [(day, "cases_opened", "", 1), (day, COMPLAINTS, dim, 1)]
    if body.get("accepted_on"):
        found.append((day, "cases_accepted_in_time", "", 1))
    if body.get("state") == CLOSED:
        found.append((day, HANDLED, dim, 1))
    else:
        found.append((day, "cases_open", "", 1))
    return found


@measure("rights_case")
def cases_closed(body: dict) -> list[Contribution]:
    if body.get("state") != CLOSED or not body.get("closed_on"):
        return []
    day = str(body["closed_on"])[:10]
    found = [(day, "cases_closed", "", 1)]
    if body.get("timely") in (1, True):
        found.append((day, "cases_closed_in_time", "", 1))
    satisfaction = body.get("satisfaction")
    if satisfaction is not None:
        found.append((day, "cases_rated", "", 1))
        if int(satisfaction) >= 4:
            found.append((day, "cases_satisfied", "", 1))
    if int(body.get("amount_recovered") or 0) > 0:
        if body.get("source_kind") != "return":  # that money is the return's refund, counted with the return
            found.append((day, "money_recovered", "", int(body["amount_recovered"]) / 100))
        found.append((day, "money_recovered_cases", "", int(body["amount_recovered"]) / 100))
    return found


@measure("case_clock")
def case_clock_due(body: dict) -> list[Contribution]:
    """A running clock counts on its due day, under its case: the cases with one due before today are overdue
    (dashboard.overdue_cases). Paused and stopped clocks are not running late; a case counts once however many
    of its clocks run."""
    if body.get("state") != "running" or not body.get("due") or not body.get("case_gid"):
        return []
    return [(str(body["due"])[:10], CLOCK_DUE, str(body["case_gid"]), 1)]
