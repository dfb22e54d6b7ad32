"""Peewee models over the sync tables of m006 (station half and office half)."""
import peewee as pw

from db.models import BaseModel, utcnow


class TrustedOffice(BaseModel):
    """The town office this station sends to: its keys came from `station office-key import`."""

    code = pw.CharField(primary_key=True)
    name = pw.CharField()
    sign_public = pw.BlobField()
    box_public = pw.BlobField()
    fingerprint = pw.CharField()
    trusted_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "sync_office"


class SyncBundle(BaseModel):
    """One bundle this station wrote (direction out) or one return bundle it applied (direction in)."""

    bundle_id = pw.CharField(primary_key=True)
    direction = pw.CharField()
    peer = pw.CharField()
    at = pw.DateTimeField(default=utcnow)
    seq_from = pw.IntegerField()
    seq_to = pw.IntegerField()
    records = pw.IntegerField()
    ack = pw.IntegerField(null=True)
    file = pw.CharField(default="")
    sha256 = pw.CharField(default="")
    via = pw.CharField(default="")


class SyncNotice(BaseModel):
    gid = pw.CharField(primary_key=True)
    office = pw.CharField()
    title = pw.CharField()
    body = pw.TextField()
    created_at = pw.DateTimeField()
    received_at = pw.DateTimeField(default=utcnow)


class SyncWatch(BaseModel):
    """A merchant the office warns about (the watch list every station receives)."""

    gid = pw.CharField(primary_key=True)
    office = pw.CharField()
    name = pw.CharField()
    phone = pw.CharField(default="")
    reason = pw.CharField(default="")
    updated_at = pw.DateTimeField(default=utcnow)


class OfficeStation(BaseModel):
    code = pw.CharField(primary_key=True)
    name = pw.CharField()
    sign_public = pw.BlobField()
    box_public = pw.BlobField()
    fingerprint = pw.CharField()
    enrolled_at = pw.DateTimeField(default=utcnow)
    applied_to = pw.IntegerField(default=0)
    last_bundle_at = pw.DateTimeField(null=True)


class OfficeBundle(BaseModel):
    bundle_id = pw.CharField(primary_key=True)
    station = pw.CharField()
    sha256 = pw.CharField()
    seq_from = pw.IntegerField()
    seq_to = pw.IntegerField()
    records = pw.IntegerField()
    schema = pw.IntegerField()
    outcome = pw.CharField()
    received_at = pw.DateTimeField(default=utcnow)


class OfficeBacklog(BaseModel):
    """A verified bundle held back because an earlier range has not arrived yet."""

    bundle_id = pw.CharField(primary_key=True)
    station = pw.CharField()
    sha256 = pw.CharField()
    seq_from = pw.IntegerField()
    seq_to = pw.IntegerField()
    path = pw.CharField()
    received_at = pw.DateTimeField(default=utcnow)


class OfficeQuarantine(BaseModel):
    sha256 = pw.CharField(primary_key=True)
    file_name = pw.CharField()
    path = pw.CharField()
    reason = pw.CharField()
    message = pw.TextField()
    station = pw.CharField(default="")
    bundle_id = pw.CharField(default="")
    at = pw.DateTimeField(default=utcnow)


class OfficeRecord(BaseModel):
    """A station's record as the office last received it (body is the row as JSON; deleted = tombstone)."""

    station = pw.CharField()
    entity = pw.CharField()
    gid = pw.CharField()
    version = pw.IntegerField()
    deleted = pw.BooleanField(default=False)
    body = pw.TextField(null=True)

    class Meta:
        primary_key = pw.CompositeKey("station", "entity", "gid")


class OfficeWatch(BaseModel):
    gid = pw.CharField(primary_key=True)
    name = pw.CharField()
    phone = pw.CharField(default="")
    reason = pw.CharField(default="")
    updated_at = pw.DateTimeField(default=utcnow)


class OfficeNotice(BaseModel):
    gid = pw.CharField(primary_key=True)
    title = pw.CharField()
    body = pw.TextField()
    created_at = pw.DateTimeField(default=utcnow)
