"""This data directory's own facts: who it is (station or office), key/value facts, shared settings."""
import peewee as pw

from db.models.base import BaseModel, utcnow


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


class Meta(BaseModel):
    """Small key/value facts about this database (audit head, sync checkpoints)."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class Setting(BaseModel):
    """Station-wide settings (rules every counter PC shares); values are JSON."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()
