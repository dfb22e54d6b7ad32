"""Peewee models for the counter's tables (migration m002_counter)."""
import peewee as pw

from db.models import BaseModel, Delegate, Parcel, Resident, SyncedModel, utcnow


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


class Prealert(SyncedModel):
    """A tracking number expected for a resident (an assisted order), linked when the parcel arrives."""

    tracking_no = pw.CharField(index=True)
    resident = pw.ForeignKeyField(Resident, column_name="resident_gid")
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)
    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid", null=True)
    linked_at = pw.DateTimeField(null=True)


COUNTER_MODELS = [ShelfSlot, Handout, Prealert]
