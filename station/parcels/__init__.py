"""Parcels at the counter: intake, handout, notices, problem parcels."""
from enum import StrEnum

from station.i18n import N_


class ParcelStatus(StrEnum):
    WAITING = "waiting"  # on the shelf, pickup code assigned
    OUT_FOR_DELIVERY = "out_for_delivery"  # on a volunteer's delivery run
    PICKED_UP = "picked_up"  # handed out at the counter (receiver recorded)
    DELIVERED = "delivered"  # delivered to the door by a volunteer
    PROBLEM = "problem"  # in the problem queue (damaged, unknown addressee, misaddressed, refused)
    RETURNED = "returned"  # handed back to the courier (return to sender)


# The glossary: one word per status, in English with a capital and in Chinese (tests/station/test_glossary.py
# holds every other string to these words).
STATUS_NAMES = {
    ParcelStatus.WAITING: N_("Parcels", "Waiting"),
    ParcelStatus.OUT_FOR_DELIVERY: N_("Parcels", "Out for delivery"),
    ParcelStatus.PICKED_UP: N_("Parcels", "Picked up"),
    ParcelStatus.DELIVERED: N_("Parcels", "Delivered"),
    ParcelStatus.PROBLEM: N_("Parcels", "Problem"),
    ParcelStatus.RETURNED: N_("Parcels", "Returned"),
}

OPEN_STATUSES = (ParcelStatus.WAITING, ParcelStatus.OUT_FOR_DELIVERY, ParcelStatus.PROBLEM)
