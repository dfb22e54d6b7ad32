"""The town office half of sync: enrolled stations, bundles received, backlog, quarantine, records, what goes back."""
import peewee as pw

from db.models.base import BaseModel, utcnow


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

    class Meta:
        indexes = ((("station", "seq_to"), False),)


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
        indexes = ((("entity", "station"), False),)


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
