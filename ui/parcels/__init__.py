"""Widgets of the Parcels page: the parcel history, the problem queue, notices and reminders."""
