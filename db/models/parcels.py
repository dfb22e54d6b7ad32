"""Parcels and what happens to them at the counter: shelves, handouts, pre-alerts, notices, problems, couriers."""
import peewee as pw

from db.models.base import BaseModel, SyncedModel, utcnow
from db.models.residents import Delegate, Resident


class ShelfSlot(BaseModel):
    """One shelf layer ("3-2"); `waiting` is kept by triggers on parcel."""

    label = pw.CharField(primary_key=True)
    shelf = pw.IntegerField(null=True)
    layer = pw.IntegerField(null=True)
    waiting = pw.IntegerField(default=0)


class Handout(SyncedModel):
    """Parcels given to their resident (or a delegate or proxy) at the counter in one go."""

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", null=True, index=False)
    at = pw.DateTimeField(default=utcnow)
    receiver_name = pw.CharField()
    receiver_relation = pw.CharField()
    delegate = pw.ForeignKeyField(Delegate, column_name="delegate_gid", null=True, index=False)
    staff = pw.CharField()
    parcel_count = pw.IntegerField()
    undone_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("resident_gid", "at"), False),)


class Parcel(SyncedModel):
    tracking_no = pw.CharField(index=True)
    carrier = pw.CharField(default="")
    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", null=True, backref="parcels", index=False)
    pickup_code = pw.CharField(default="")
    shelf = pw.CharField(default="")
    status = pw.CharField(default="waiting")
    arrived_at = pw.DateTimeField(default=utcnow)
    picked_up_at = pw.DateTimeField(null=True)
    receiver_name = pw.CharField(default="")
    receiver_relation = pw.CharField(default="")
    updated_at = pw.DateTimeField(default=utcnow)
    handout = pw.ForeignKeyField(Handout, column_name="handout_gid", null=True)
    reminded_at = pw.DateTimeField(null=True)
    reminder_count = pw.IntegerField(default=0)
    return_due_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = (
            (("pickup_code", "status"), False),  # a pickup code scanned at the counter
            (("resident_gid", "status", "arrived_at"), False),  # a resident's waiting parcels, oldest first
            (("status", "arrived_at"), False),  # waiting parcels by age (reminders, returns, notice board)
            (("arrived_at",), False),  # the parcel list, newest first; today's intake
            (("carrier", "arrived_at"), False),  # a courier's parcels (handoffs, returns)
        )


# "Handed out today" without walking every picked-up parcel (m006); partial, so parcels never handed out cost nothing.
Parcel.add_index(Parcel.index(Parcel.picked_up_at, where=Parcel.picked_up_at.is_null(False)))


class Prealert(SyncedModel):
    """A tracking number expected for a resident (an assisted order), linked when the parcel arrives."""

    tracking_no = pw.CharField(index=True)
    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", index=False)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)
    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid", null=True, index=False)
    linked_at = pw.DateTimeField(null=True)


class NoticeLog(SyncedModel):
    """One notice given to a resident about their waiting parcels (board, read aloud, phone call, reminder)."""

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", index=False)
    at = pw.DateTimeField()
    kind = pw.CharField()
    channel = pw.CharField()
    parcel_count = pw.IntegerField(default=0)
    codes = pw.TextField(default="")
    actor = pw.CharField()
    note = pw.TextField(default="")

    class Meta:
        table_name = "notice_log"
        indexes = ((("resident_gid", "at"), False),)


class ParcelProblem(SyncedModel):
    """A parcel in the problem queue until it is re-assigned or handed back to the courier."""

    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid")
    kind = pw.CharField()
    note = pw.TextField(default="")
    photo_path = pw.CharField(default="")
    photo_sha256 = pw.CharField(default="")
    status_before = pw.CharField()
    reported_at = pw.DateTimeField()
    reported_by = pw.CharField()
    resolved_at = pw.DateTimeField(null=True)
    resolved_by = pw.CharField(default="")
    resolution = pw.CharField(default="")
    resolution_note = pw.TextField(default="")

    class Meta:
        table_name = "parcel_problem"
        indexes = ((("resolved_at", "reported_at"), False),)  # the open queue, oldest first


class ParcelHandoff(SyncedModel):
    """A parcel handed back to a courier: who took it, when, why, and which staff member gave it."""

    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid")
    courier_name = pw.CharField()
    reason = pw.CharField()
    note = pw.TextField(default="")
    at = pw.DateTimeField()
    staff = pw.CharField()

    class Meta:
        table_name = "parcel_handoff"
