"""Doorstep delivery by volunteers: proposals, runs, QR slips, scan-back outcomes, volunteer hours."""
from enum import StrEnum

from station.i18n import N_


class RunStatus(StrEnum):
    PLANNED = "planned"  # stops chosen, slips not yet printed
    OUT = "out"  # slips printed: the volunteer is (about to be) on the road
    CLOSED = "closed"  # every slip has an outcome; hours counted
    CANCELLED = "cancelled"  # abandoned before it left; parcels back on the shelf


class Outcome(StrEnum):
    DELIVERED = "delivered"
    DELEGATE = "delegate"  # handed to a delegate (family, neighbour)
    NOT_HOME = "not_home"  # parcel back to waiting, attempt counted
    REFUSED = "refused"  # parcel into the problem queue
    BAD_ADDRESS = "bad_address"  # parcel back to waiting, address to be fixed
    DELIVERED_PROBLEM = "delivered_problem"  # delivered, problem found when inspected at the door (当面验货)


OUTCOME_LABELS = {
    Outcome.DELIVERED: N_("Delivery", "Delivered"),
    Outcome.DELEGATE: N_("Delivery", "Handed to a delegate"),
    Outcome.NOT_HOME: N_("Delivery", "Not home"),
    Outcome.REFUSED: N_("Delivery", "Refused"),
    Outcome.BAD_ADDRESS: N_("Delivery", "Bad address"),
    Outcome.DELIVERED_PROBLEM: N_("Delivery", "Delivered, problem found at the door"),
}

RUN_STATUS_LABELS = {
    RunStatus.PLANNED: N_("Delivery", "Planned"),
    RunStatus.OUT: N_("Delivery", "Out for delivery"),
    RunStatus.CLOSED: N_("Delivery", "Closed"),
    RunStatus.CANCELLED: N_("Delivery", "Cancelled"),
}

OPEN_RUN_STATUSES = (RunStatus.PLANNED, RunStatus.OUT)
