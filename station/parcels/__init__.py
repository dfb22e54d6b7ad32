"""Parcels at the counter: intake, handout, notices, problem parcels."""
from enum import StrEnum


class ParcelStatus(StrEnum):
    WAITING = "waiting"  # on the shelf, pickup code assigned
    OUT_FOR_DELIVERY = "out_for_delivery"  # on a volunteer's delivery run
    PICKED_UP = "picked_up"  # handed out at the counter (receiver recorded)
    DELIVERED = "delivered"  # delivered to the door by a volunteer
    PROBLEM = "problem"  # in the problem queue (damaged, unknown addressee, misaddressed, refused)
    RETURNED = "returned"  # handed back to the courier (return to sender)


OPEN_STATUSES = (ParcelStatus.WAITING, ParcelStatus.OUT_FOR_DELIVERY, ParcelStatus.PROBLEM)
