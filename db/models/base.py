"""The database proxy and the two base models every table model derives from.

Migrations own the schema; models mirror it (tests/db/test_models_match_schema.py fails on any drift).
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
