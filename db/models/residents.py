"""Residents, their households and village groups, and the delegates they name."""
import peewee as pw

from db.models.base import SyncedModel, utcnow


class VillageGroup(SyncedModel):
    name = pw.CharField()
    sort = pw.IntegerField(default=0)


class Household(SyncedModel):
    group = pw.ForeignKeyField(VillageGroup, column_name="group_gid", backref="households", index=False)
    address = pw.CharField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class Resident(SyncedModel):
    name = pw.CharField(index=True)
    name_initials = pw.CharField(default="", index=True)  # pinyin initials, kept by station.residents
    name_pinyin = pw.CharField(default="")  # full pinyin: the list order (m014)
    phone = pw.CharField(default="", index=True)
    phone_tail = pw.CharField(default="", index=True)
    household = pw.ForeignKeyField(Household, column_name="household_gid", null=True, backref="members",
                                   index=False)
    group = pw.ForeignKeyField(VillageGroup, column_name="group_gid", null=True, backref="residents")
    care_elderly = pw.BooleanField(default=False)
    care_mobility = pw.BooleanField(default=False)
    care_vision = pw.BooleanField(default=False)
    care_hearing = pw.BooleanField(default=False)
    care_alone = pw.BooleanField(default=False)
    care_notes = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("name_pinyin", "name"), False),)


class Delegate(SyncedModel):
    """Someone a resident allows to collect parcels for them or to be told about them."""

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", backref="delegates")
    name = pw.CharField()
    phone = pw.CharField(default="")
    relation = pw.CharField(default="")
    may_collect = pw.BooleanField(default=True)
    be_told = pw.BooleanField(default=False)
