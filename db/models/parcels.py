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

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", null=True)
    at = pw.DateTimeField(default=utcnow)
    receiver_name = pw.CharField()
    receiver_relation = pw.CharField()
    delegate = pw.ForeignKeyField(Delegate, column_name="delegate_gid", null=True)
    staff = pw.CharField()
    parcel_count = pw.IntegerField()
    undone_at = pw.DateTimeField(null=True)


class Parcel(SyncedModel):
    tracking_no = pw.CharField(index=True)
    carrier = pw.CharField(default="")
    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", null=True, backref="parcels")
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


class Prealert(SyncedModel):
    """A tracking number expected for a resident (an assisted order), linked when the parcel arrives."""

    tracking_no = pw.CharField(index=True)
    resident = pw.ForeignKeyField(Resident, column_name="resident_gid")
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)
    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid", null=True)
    linked_at = pw.DateTimeField(null=True)


class NoticeLog(SyncedModel):
    """One notice given to a resident about their waiting parcels (board, read aloud, phone call, reminder)."""

    resident_gid = pw.CharField()
    at = pw.DateTimeField()
    kind = pw.CharField()
    channel = pw.CharField()
    parcel_count = pw.IntegerField(default=0)
    codes = pw.TextField(default="")
    actor = pw.CharField()
    note = pw.TextField(default="")

    class Meta:
        table_name = "notice_log"


class ParcelProblem(SyncedModel):
    """A parcel in the problem queue until it is re-assigned or handed back to the courier."""

    parcel_gid = pw.CharField()
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


class ParcelHandoff(SyncedModel):
    """A parcel handed back to a courier: who took it, when, why, and which staff member gave it."""

    parcel_gid = pw.CharField()
    courier_name = pw.CharField()
    reason = pw.CharField()
    note = pw.TextField(default="")
    at = pw.DateTimeField()
    staff = pw.CharField()

    class Meta:
        table_name = "parcel_handoff"
