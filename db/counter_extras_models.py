"""Peewee models for the counter extras (migration m003): notice log, problem parcels, courier handoffs."""
import peewee as pw

from db.models import BaseModel, SyncedModel


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


class ParcelReminder(BaseModel):
    """The reminder columns m003 adds to `parcel`, with the few parcel fields the reminder rules read.

    A second model over the same table, so the core Parcel model stays as the core defines it."""

    gid = pw.CharField(primary_key=True)
    status = pw.CharField()
    resident_gid = pw.CharField(null=True)
    pickup_code = pw.CharField()
    tracking_no = pw.CharField()
    arrived_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    reminded_at = pw.DateTimeField(null=True)
    reminder_count = pw.IntegerField(default=0)
    return_due_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "parcel"
