"""The hash-chained audit log."""
import peewee as pw

from db.models.base import BaseModel


class AuditEntry(BaseModel):
    seq = pw.AutoField()
    at = pw.DateTimeField()
    actor = pw.CharField()
    action = pw.CharField()
    entity = pw.CharField()
    entity_id = pw.CharField(index=True)  # a resident's timeline finds their record changes
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)
    prev_hash = pw.CharField()
    hash = pw.CharField()

    class Meta:
        table_name = "audit"
