"""The station half of sync: the outbox, the trusted office, bundles written and applied, what came back."""
import peewee as pw

from db.models.base import BaseModel, utcnow


class Outbox(BaseModel):
    seq = pw.AutoField()
    entity = pw.CharField()
    gid = pw.CharField()
    op = pw.CharField()


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
    at = pw.DateTimeField(default=utcnow, index=True)
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
