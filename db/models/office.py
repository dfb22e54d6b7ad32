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
    max_bundle = pw.IntegerField(default=0)  # bytes; 0 = the receiver's default limit
    generation = pw.CharField(default="")  # the station's sync generation the office holds (new after a restore)


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
    via = pw.CharField(default="")  # file | push

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
    figures = pw.TextField(null=True)  # JSON of what this record added to office_figure

    class Meta:
        primary_key = pw.CompositeKey("station", "entity", "gid")  # no other index: each costs the import (m015)


class OfficeFigure(BaseModel):
    """One aggregated value: day (station time) × station × measure × dimension (a merchant, a platform or '')."""

    day = pw.DateField()
    station = pw.CharField()
    measure = pw.CharField()
    dim = pw.CharField(default="")
    value = pw.FloatField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("station", "day", "measure", "dim")  # a bundle's figures together (m013)


# Measures read over all time, for the town at once (waiting now, legal clocks due, cases with evidence per
# merchant): each has a partial index of its own rows, which a reading names as a literal (m015). The names are the
# measures' (station.office.measures, station.office.catalog); a test checks the readings use these indexes.
STANDING_MEASURES = ("parcels_waiting", "case_clock_due", "cases_with_evidence")
for _measure in STANDING_MEASURES:
    OfficeFigure.add_index(OfficeFigure.index(OfficeFigure.station, OfficeFigure.day, name=f"office_figure_{_measure}",
                                              where=pw.SQL(f"measure = '{_measure}'")))


class OfficeWatch(BaseModel):
    gid = pw.CharField(primary_key=True)
    name = pw.CharField()
    phone = pw.CharField(default="")
    reason = pw.CharField(default="")
    updated_at = pw.DateTimeField(default=utcnow)
    platform = pw.CharField(default="")
    status = pw.CharField(default="accepted")  # proposed | accepted | appealed | removed
    cases = pw.IntegerField(default=0)


class OfficeWatchEvent(BaseModel):
    """The watch list's history: proposed, accepted, appealed, removed — each with a reason and who decided."""

    id = pw.AutoField()
    watch_gid = pw.CharField()
    at = pw.DateTimeField(default=utcnow)
    action = pw.CharField()
    reason = pw.CharField(default="")
    actor = pw.CharField(default="")

    class Meta:
        indexes = ((("watch_gid", "at"), False),)


class OfficeCalendar(BaseModel):
    """The working-day calendar the office sends to its stations: holidays and make-up workdays (调休)."""

    day = pw.DateField(primary_key=True)
    kind = pw.CharField()  # holiday | workday
    name = pw.CharField(default="")


class OfficeNotice(BaseModel):
    gid = pw.CharField(primary_key=True)
    title = pw.CharField()
    body = pw.TextField()
    created_at = pw.DateTimeField(default=utcnow)


class OfficeWarning(BaseModel):
    """Something the office noticed about a station: its audit chain rewritten or cut, a restore replaced it."""

    station = pw.CharField()
    at = pw.DateTimeField(default=utcnow)
    kind = pw.CharField()
    first_seq = pw.IntegerField(null=True)
    last_seq = pw.IntegerField(null=True)
    message = pw.TextField()
    params = pw.TextField(default="{}")

    class Meta:
        table_name = "office_warning"
        indexes = ((("station", "at"), False),)
