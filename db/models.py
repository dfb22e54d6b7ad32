"""Peewee models over the schema the migrations build. Migrations own the schema; models mirror it.

Records that sync use `gid` (a ULID) as their primary key and carry `owner`, the code of the one
station (or office) that may write them, so sync never meets a conflict.
"""
import datetime as dt

import peewee as pw

database = pw.DatabaseProxy()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class SyncedModel(BaseModel):
    gid = pw.CharField(primary_key=True, max_length=26)
    owner = pw.CharField()


class StationRecord(BaseModel):
    """The one row describing this data directory: a station or the town office."""

    code = pw.CharField(primary_key=True)
    name = pw.CharField()
    kind = pw.CharField(default="station")
    created_at = pw.DateTimeField(default=utcnow)
    sign_private = pw.BlobField()
    sign_public = pw.BlobField()
    box_private = pw.BlobField()
    box_public = pw.BlobField()

    class Meta:
        table_name = "station"


class Account(BaseModel):
    username = pw.CharField(unique=True)
    display_name = pw.CharField()
    role = pw.CharField()
    secret_hash = pw.CharField()
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=utcnow)


class AuditEntry(BaseModel):
    seq = pw.AutoField()
    at = pw.DateTimeField()
    actor = pw.CharField()
    action = pw.CharField()
    entity = pw.CharField()
    entity_id = pw.CharField()
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)
    prev_hash = pw.CharField()
    hash = pw.CharField()

    class Meta:
        table_name = "audit"


class Meta(BaseModel):
    """Small key/value facts about this database (audit head, sync checkpoints)."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class Setting(BaseModel):
    """Station-wide settings (rules every counter PC shares); values are JSON."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class Outbox(BaseModel):
    seq = pw.AutoField()
    entity = pw.CharField()
    gid = pw.CharField()
    op = pw.CharField()


class VillageGroup(SyncedModel):
    name = pw.CharField()
    sort = pw.IntegerField(default=0)


class Household(SyncedModel):
    group = pw.ForeignKeyField(VillageGroup, column_name="group_gid", backref="households")
    address = pw.CharField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class Resident(SyncedModel):
    name = pw.CharField(index=True)
    phone = pw.CharField(default="")
    phone_tail = pw.CharField(default="", index=True)
    household = pw.ForeignKeyField(Household, column_name="household_gid", null=True, backref="members")
    group = pw.ForeignKeyField(VillageGroup, column_name="group_gid", null=True, backref="residents")
    care_elderly = pw.BooleanField(default=False)
    care_mobility = pw.BooleanField(default=False)
    care_vision = pw.BooleanField(default=False)
    care_hearing = pw.BooleanField(default=False)
    care_alone = pw.BooleanField(default=False)
    care_notes = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class Delegate(SyncedModel):
    """Someone a resident allows to collect parcels for them or to be told about them."""

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", backref="delegates")
    name = pw.CharField()
    phone = pw.CharField(default="")
    relation = pw.CharField(default="")


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


CORE_MODELS = [StationRecord, Account, AuditEntry, Meta, Setting, Outbox, VillageGroup, Household, Resident,
               Delegate, Parcel]
