"""Rights cases: the working-day calendar (as data), cases, their timeline, legal clocks with pause intervals
and history, the evidence vault's metadata and custody log.

The calendar is seeded here from `chinese-calendar` for the years it carries (2004–2026 in 1.11); later years
arrive as data (`station calendar import`, or the town office's return bundle), never with a new release.
Cases, timeline, clocks and evidence metadata sync (track_changes); the calendar is local reference data.
The station's own merchant flags are the orders area's `merchant_flag` (m007_orders); cases read them, never copy them.
"""
from db.changes import track_changes

SCHEMA = """
CREATE TABLE calendar_year (year INTEGER PRIMARY KEY, source TEXT NOT NULL, imported_at DATETIME NOT NULL);
CREATE TABLE calendar_day (day DATE PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '');
CREATE TABLE rights_case (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, number TEXT NOT NULL UNIQUE,
    resident_gid TEXT REFERENCES resident (gid), complainant TEXT NOT NULL DEFAULT '',
    merchant TEXT NOT NULL, platform TEXT NOT NULL DEFAULT '', category TEXT NOT NULL,
    amount_claimed INTEGER NOT NULL DEFAULT 0, summary TEXT NOT NULL, wants TEXT NOT NULL DEFAULT '',
    source_kind TEXT NOT NULL DEFAULT '', source_ref TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open', opened_on DATE NOT NULL, opened_at DATETIME NOT NULL,
    opened_by TEXT NOT NULL DEFAULT '', accepted_on DATE, closed_on DATE, outcome TEXT NOT NULL DEFAULT '',
    amount_recovered INTEGER NOT NULL DEFAULT 0, next_step TEXT NOT NULL DEFAULT '', satisfaction INTEGER,
    timely INTEGER, merged_into TEXT REFERENCES rights_case (gid), escalated_at DATETIME);
CREATE INDEX rights_case_state ON rights_case (state, opened_on);
CREATE INDEX rights_case_merchant ON rights_case (merchant);
CREATE INDEX rights_case_resident ON rights_case (resident_gid);
CREATE INDEX rights_case_merged_into ON rights_case (merged_into) WHERE merged_into IS NOT NULL;
CREATE TABLE case_entry (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, case_gid TEXT NOT NULL REFERENCES rights_case (gid),
    action TEXT NOT NULL, day DATE NOT NULL, at DATETIME NOT NULL, actor TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '');
CREATE INDEX case_entry_case ON case_entry (case_gid, day);
CREATE TABLE case_clock (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, case_gid TEXT NOT NULL REFERENCES rights_case (gid),
    kind TEXT NOT NULL, days INTEGER NOT NULL, start DATE NOT NULL, due DATE,
    provisional INTEGER NOT NULL DEFAULT 0, missing_year INTEGER, state TEXT NOT NULL DEFAULT 'running',
    stopped_on DATE, reminded_on DATE);
CREATE INDEX case_clock_due ON case_clock (state, due);
CREATE INDEX case_clock_case ON case_clock (case_gid);
CREATE TABLE case_clock_change (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, clock_gid TEXT NOT NULL REFERENCES case_clock (gid),
    at DATETIME NOT NULL, event TEXT NOT NULL, due DATE, provisional INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '');
CREATE INDEX case_clock_change_clock ON case_clock_change (clock_gid, at);
CREATE TABLE case_pause (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, case_gid TEXT NOT NULL REFERENCES rights_case (gid),
    paused_on DATE NOT NULL, resumed_on DATE);
CREATE INDEX case_pause_case ON case_pause (case_gid);
CREATE TABLE case_evidence (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, case_gid TEXT NOT NULL REFERENCES rights_case (gid),
    sha256 TEXT NOT NULL, size INTEGER NOT NULL, kind TEXT NOT NULL, file_name TEXT NOT NULL,
    added_at DATETIME NOT NULL, added_by TEXT NOT NULL DEFAULT '');
CREATE INDEX case_evidence_case ON case_evidence (case_gid);
CREATE TABLE evidence_custody (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, evidence_gid TEXT NOT NULL REFERENCES case_evidence (gid),
    action TEXT NOT NULL, at DATETIME NOT NULL, actor TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '');
CREATE INDEX evidence_custody_evidence ON evidence_custody (evidence_gid, at);
"""

SYNCED = ("rights_case", "case_entry", "case_clock", "case_clock_change", "case_pause", "case_evidence",
          "evidence_custody")
SEED_YEARS = range(2004, 2027)  # what chinese-calendar 1.11 carries; it raises for 2027
# The library names days in English; the table keeps the names the State Council's notice uses.
CHINESE_NAMES = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
                 "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
                 "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利70周年纪念日"}


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    for table in SYNCED:
        track_changes(db, table)
    seed_calendar(db)


def seed_calendar(db) -> None:
    """Holidays and make-up workdays 调休 from chinese-calendar, only for the years it knows."""
    import chinese_calendar

    def name(english: object) -> str:
        return CHINESE_NAMES.get(str(english), str(english))

    rows = [(day.isoformat(), "holiday", name(n)) for day, n in chinese_calendar.holidays.items()
            if day.year in SEED_YEARS]
    rows += [(day.isoformat(), "workday", name(n) + "调休") for day, n in chinese_calendar.workdays.items()
             if day.year in SEED_YEARS and day.weekday() >= 5]
    for row in rows:
        db.execute_sql("INSERT OR REPLACE INTO calendar_day (day, kind, name) VALUES (?, ?, ?)", row)
    for year in SEED_YEARS:
        db.execute_sql("INSERT INTO calendar_year (year, source, imported_at) VALUES (?, ?, datetime('now'))",
                       (year, "chinese-calendar 1.11"))
