"""Rights cases: the working-day calendar, cases, timeline, legal clocks, evidence (merchant flags: orders.py)."""
import peewee as pw

from db.models.base import BaseModel, SyncedModel, utcnow
from db.models.residents import Resident


class CalendarYear(BaseModel):
    """A year whose holidays and make-up workdays are known; a year without a row is counted provisionally."""

    year = pw.IntegerField(primary_key=True)
    source = pw.CharField()
    imported_at = pw.DateTimeField(default=utcnow)


class CalendarDay(BaseModel):
    """An exception to the weekend rule: a public holiday or a make-up workday (调休)."""

    day = pw.DateField(primary_key=True)
    kind = pw.CharField()  # holiday | workday
    name = pw.CharField(default="")


class RightsCase(SyncedModel):
    number = pw.CharField(unique=True)
    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", null=True)
    complainant = pw.CharField(default="")
    merchant = pw.CharField(index=True)
    platform = pw.CharField(default="")
    category = pw.CharField()
    amount_claimed = pw.IntegerField(default=0)  # fen
    summary = pw.TextField()
    wants = pw.TextField(default="")
    source_kind = pw.CharField(default="")
    source_ref = pw.CharField(default="")
    state = pw.CharField(default="open")
    opened_on = pw.DateField()
    opened_at = pw.DateTimeField()
    opened_by = pw.CharField(default="")
    accepted_on = pw.DateField(null=True)
    closed_on = pw.DateField(null=True)
    outcome = pw.CharField(default="")
    amount_recovered = pw.IntegerField(default=0)  # fen
    next_step = pw.CharField(default="")
    satisfaction = pw.IntegerField(null=True)
    timely = pw.BooleanField(null=True)
    merged_into = pw.ForeignKeyField("self", column_name="merged_into", null=True, field="gid", index=False)
    escalated_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "rights_case"
        indexes = ((("state", "opened_on"), False),)


# Only merged duplicates carry `merged_into`: a partial index finds a survivor's duplicates and costs others nothing.
RightsCase.add_index(RightsCase.index(RightsCase.merged_into, where=RightsCase.merged_into.is_null(False)))


class CaseEntry(SyncedModel):
    """One action on a case's timeline (merchant contacted, 12315 filed, mediation session, note …)."""

    case = pw.ForeignKeyField(RightsCase, column_name="case_gid", backref="entries", index=False)
    action = pw.CharField()
    day = pw.DateField()
    at = pw.DateTimeField()
    actor = pw.CharField(default="")
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("case", "day"), False),)


class CaseClock(SyncedModel):
    """A legal deadline in working days; `due` is recomputed from `start`, the calendar and the pauses."""

    case = pw.ForeignKeyField(RightsCase, column_name="case_gid", backref="clocks", index=True)
    kind = pw.CharField()
    days = pw.IntegerField()
    start = pw.DateField()
    due = pw.DateField(null=True)
    provisional = pw.BooleanField(default=False)
    missing_year = pw.IntegerField(null=True)
    state = pw.CharField(default="running")  # running | paused | stopped
    stopped_on = pw.DateField(null=True)
    reminded_on = pw.DateField(null=True)

    class Meta:
        indexes = ((("state", "due"), False),)


class CaseClockChange(SyncedModel):
    """The clock's history: started, paused, resumed, recomputed (calendar), stopped — with the due it then had."""

    clock = pw.ForeignKeyField(CaseClock, column_name="clock_gid", backref="changes", index=False)
    at = pw.DateTimeField()
    event = pw.CharField()
    due = pw.DateField(null=True)
    provisional = pw.BooleanField(default=False)
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("clock", "at"), False),)


class CasePause(SyncedModel):
    """A pause of every clock of a case: days after `paused_on` up to and including `resumed_on` do not count."""

    case = pw.ForeignKeyField(RightsCase, column_name="case_gid", backref="pauses", index=True)
    paused_on = pw.DateField()
    resumed_on = pw.DateField(null=True)


class CaseEvidence(SyncedModel):
    """An evidence item's metadata; the file itself is in the vault under its SHA-256 (files never sync)."""

    case = pw.ForeignKeyField(RightsCase, column_name="case_gid", backref="evidence", index=True)
    sha256 = pw.CharField()
    size = pw.IntegerField()
    kind = pw.CharField()
    file_name = pw.CharField()
    added_at = pw.DateTimeField()
    added_by = pw.CharField(default="")


class EvidenceCustody(SyncedModel):
    """Who added, viewed, verified or exported an evidence item, and when."""

    evidence = pw.ForeignKeyField(CaseEvidence, column_name="evidence_gid", backref="custody", index=False)
    action = pw.CharField()
    at = pw.DateTimeField()
    actor = pw.CharField(default="")
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("evidence", "at"), False),)

