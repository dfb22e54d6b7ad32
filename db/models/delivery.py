"""Doorstep delivery: volunteers, runs, stops (slips), the parcels on them, volunteer hours."""
import peewee as pw

from db.models.base import SyncedModel, utcnow
from db.models.parcels import Parcel
from db.models.residents import Resident, VillageGroup


class Volunteer(SyncedModel):
    name = pw.CharField()
    phone = pw.CharField(default="")
    account = pw.CharField(default="")  # username of the volunteer's sign-in account, if any
    group = pw.ForeignKeyField(VillageGroup, column_name="group_gid", null=True)
    availability = pw.CharField(default="")  # comma-separated slots: mon_am, mon_pm … sun_pm
    notes = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=utcnow)


class DeliveryRun(SyncedModel):
    code = pw.CharField(unique=True)
    group = pw.ForeignKeyField(VillageGroup, column_name="group_gid", null=True)
    volunteer = pw.ForeignKeyField(Volunteer, column_name="volunteer_gid", null=True, backref="runs")
    status = pw.CharField(default="planned")
    created_at = pw.DateTimeField(default=utcnow)
    created_by = pw.CharField(default="")
    started_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)


class DeliveryStop(SyncedModel):
    """One slip: one resident's parcels on one run."""

    run = pw.ForeignKeyField(DeliveryRun, column_name="run_gid", backref="stops")
    resident = pw.ForeignKeyField(Resident, column_name="resident_gid")
    position = pw.IntegerField()
    slip_code = pw.CharField(unique=True)
    outcome = pw.CharField(default="")
    delegate_name = pw.CharField(default="")
    outcome_at = pw.DateTimeField(null=True)
    outcome_by = pw.CharField(default="")


class DeliveryItem(SyncedModel):
    stop = pw.ForeignKeyField(DeliveryStop, column_name="stop_gid", backref="items")
    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid")


class VolunteerHours(SyncedModel):
    volunteer = pw.ForeignKeyField(Volunteer, column_name="volunteer_gid", backref="hours")
    run = pw.ForeignKeyField(DeliveryRun, column_name="run_gid", null=True)
    day = pw.DateField()
    minutes = pw.IntegerField()
    source = pw.CharField(default="run")  # run | entered
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)
