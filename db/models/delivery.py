"""Doorstep delivery: volunteers, runs, stops (slips), the parcels on them, volunteer hours."""
import peewee as pw

from db.models.base import SyncedModel, utcnow
from db.models.parcels import Parcel
from db.models.residents import Resident, VillageGroup


class Volunteer(SyncedModel):
    name = pw.CharField()
    phone = pw.CharField(default="")
    account = pw.CharField(default="", index=True)  # username of the volunteer's sign-in account, if any
    group = pw.ForeignKeyField(VillageGroup, column_name="group_gid", null=True, index=False)
    availability = pw.CharField(default="")  # comma-separated slots: mon_am, mon_pm … sun_pm
    notes = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=utcnow)


class DeliveryRun(SyncedModel):
    code = pw.CharField(unique=True)
    group = pw.ForeignKeyField(VillageGroup, column_name="group_gid", null=True, index=False)
    volunteer = pw.ForeignKeyField(Volunteer, column_name="volunteer_gid", null=True, backref="runs", index=False)
    status = pw.CharField(default="planned")
    created_at = pw.DateTimeField(default=utcnow)
    created_by = pw.CharField(default="")
    started_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("status", "created_at"), False),)


class DeliveryStop(SyncedModel):
    """One slip: one resident's parcels on one run."""

    run = pw.ForeignKeyField(DeliveryRun, column_name="run_gid", backref="stops", index=False)
    resident = pw.ForeignKeyField(Resident, column_name="resident_gid")
    position = pw.IntegerField()
    slip_code = pw.CharField(unique=True)
    outcome = pw.CharField(default="")
    delegate_name = pw.CharField(default="")
    outcome_at = pw.DateTimeField(null=True)
    outcome_by = pw.CharField(default="")
    outcome_note = pw.TextField(default="")  # what the volunteer found at the door (当面验货)

    class Meta:
        indexes = ((("run_gid", "position"), False),)


class DeliveryItem(SyncedModel):
    stop = pw.ForeignKeyField(DeliveryStop, column_name="stop_gid", backref="items")
    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid")


class VolunteerHours(SyncedModel):
    volunteer = pw.ForeignKeyField(Volunteer, column_name="volunteer_gid", backref="hours", index=False)
    run = pw.ForeignKeyField(DeliveryRun, column_name="run_gid", null=True, index=False)
    day = pw.DateField()
    minutes = pw.IntegerField()
    source = pw.CharField(default="run")  # run | entered
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("volunteer_gid", "day"), False),)
