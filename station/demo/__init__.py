"""A realistic demo station: a village's residents and a year of parcels, made in seconds.

`station gui` makes one on first run so there is something to look at; `station demo` fills one for
trying things out and for benchmarks. The data goes through the app's own schema (the migrated file,
its triggers included) with executemany in one transaction, the next chunk of rows being generated
in a helper thread meanwhile, so a million parcels take well under a minute on two cores and a failure
leaves the station as it was. It never mixes with real data: a station that already
has residents or parcels is refused.
"""
import calendar
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from db.connection import close_database
from db.models import database
from station import audit
from station.accounts import add_account
from station.audit_actions import DEMO_FILL
from station.context import Ctx
from station.demo.cases import fill_cases
from station.demo.extras import HANDOFF_COLUMNS, PROBLEM_COLUMNS, enrol_volunteer, handoff_rows, problem_rows
from station.demo.orders import fill_orders
from station.demo.parcel_rows import COLUMNS as PARCEL_COLUMNS
from station.demo.parcel_rows import ParcelMaker
from station.demo.people import VillageMaker
from station.demo.rows import Stamps, prefetched
from station.errors import InvalidInput, Refused
from station.identity import init_station
from station.paths import DB_FILE
from station.permissions import Perm, Role
from station.residents.pinyin import name_initials, name_pinyin
from station.service import service

DEMO_CODE = "DEMO-001"
DEMO_NAME = "演示村站"
# (user name, display name, role, PIN): printed in the README and on the sign-in screen of a demo.
DEMO_ACCOUNTS = (
    ("zhanzhang", "张站长", Role.ADMIN, "1234"),
    ("xiaowang", "小王", Role.STAFF, "2345"),
    ("laoli", "老李", Role.VOLUNTEER, "3456"),
)
MAX_RESIDENTS = 200_000
MAX_PARCELS = 10_000_000
CHUNK = 10_000
PICKUP_SERIAL_KEY = "pickup_serial"  # the counter's code allocator continues after the demo's last serial

Progress = Callable[[int, int], object]


@dataclass
class DemoCounts:
    groups: int = 0
    households: int = 0
    residents: int = 0
    delegates: int = 0
    parcels: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    orders: dict[str, int] = field(default_factory=dict)  # rows per table of the orders area
    cases: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def make_demo_station(data_dir: Path, residents: int = 600, parcels: int = 6000, seed: int = 1,
                      progress: Progress | None = None) -> DemoCounts:
    """Make the demo station (code DEMO-001, three accounts) in an empty `data_dir` and fill it."""
    _check_sizes(residents, parcels)
    ctx = init_station(data_dir, DEMO_CODE, DEMO_NAME)
    try:
        for username, display, role, pin in DEMO_ACCOUNTS:
            add_account(ctx, username, display, role, pin)
        counts = fill_demo(ctx, residents, parcels, seed, progress)
        first_group = database.connection().execute("SELECT gid FROM village_group ORDER BY sort LIMIT 1").fetchone()
        enrol_volunteer(ctx, first_group[0] if first_group else None, seed)
        return counts
    except BaseException:
        close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{data_dir / DB_FILE}{suffix}").unlink(missing_ok=True)
        raise


@service(Perm.DEMO)
def fill_demo(ctx: Ctx, residents: int = 600, parcels: int = 6000, seed: int = 1,
              progress: Progress | None = None) -> DemoCounts:
    """Fill an empty station with a village and a year of parcels; the same seed gives the same data."""
    _check_sizes(residents, parcels)
    conn = database.connection()
    if conn.execute("SELECT kind FROM station").fetchone()[0] != "station":
        raise Refused("Demo data goes into a station, not into a town office.", why="office_directory")
    if conn.execute("SELECT EXISTS (SELECT 1 FROM resident) OR EXISTS (SELECT 1 FROM parcel)").fetchone()[0]:
        raise Refused("This station already has residents or parcels; demo data is only put into an empty "
                      "station. Use a new data directory.", why="station_not_empty")
    started = time.perf_counter()
    rng = random.Random(seed)
    now_s = calendar.timegm(ctx.now().timetuple())  # ctx.now() is naive UTC, as stored
    stamps = Stamps()
    village = VillageMaker(rng, ctx.station_code, stamps, now_s - 420 * 86_400).make(residents)
    counts = DemoCounts(len(village.groups), len(village.households), len(village.residents),
                        len(village.delegates))
    _insert(conn, "village_group", ("gid", "owner", "name", "sort"), village.groups)
    _insert(conn, "household", ("gid", "owner", "group_gid", "address", "created_at"), village.households)
    _insert(conn, "resident", RESIDENT_COLUMNS, [(*row, name_initials(row[2]), name_pinyin(row[2]))
                                                  for row in village.residents])
    _insert(conn, "delegate", ("gid", "owner", "resident_gid", "name", "phone", "relation"), village.delegates)
    maker = ParcelMaker(rng, ctx.station_code, village.people, now_s, stamps)
    with _indexes_rebuilt_after(conn, "parcel"):
        for chunk in prefetched(maker.chunks(parcels, CHUNK)):
            _insert(conn, "parcel", PARCEL_COLUMNS, chunk)
            counts.parcels += len(chunk)
            if progress is not None:
                progress(counts.parcels, parcels)
    _insert(conn, "parcel_problem", PROBLEM_COLUMNS, problem_rows(rng, ctx.station_code, maker.problems))
    _insert(conn, "parcel_handoff", HANDOFF_COLUMNS, handoff_rows(rng, ctx.station_code, maker.returns))
    counts.orders = fill_orders(conn, rng, ctx.station_code, now_s, stamps)
    counts.cases = fill_cases(ctx, rng)
    counts.by_status = {status.value: n for status, n in maker.counts.items() if n}
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (PICKUP_SERIAL_KEY, str(maker.last_serial)))
    counts.seconds = round(time.perf_counter() - started, 2)
    audit.record(ctx, DEMO_FILL, "station", ctx.station_code, None,
                 {"seed": seed, **{k: v for k, v in counts.to_dict().items() if k != "seconds"}})
    return counts


RESIDENT_COLUMNS = ("gid", "owner", "name", "phone", "phone_tail", "household_gid", "group_gid", "care_elderly",
                    "care_mobility", "care_vision", "care_hearing", "care_alone", "care_notes", "created_at",
                    "name_initials", "name_pinyin")


def _check_sizes(residents: int, parcels: int) -> None:
    if not 1 <= residents <= MAX_RESIDENTS:
        raise InvalidInput("The number of residents must be between 1 and {most}.",
                           why="resident_count", most=MAX_RESIDENTS)
    if not 0 <= parcels <= MAX_PARCELS:
        raise InvalidInput("The number of parcels must be between 0 and {most}.", why="parcel_count", most=MAX_PARCELS)


def _insert(conn, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    marks = ", ".join("?" * len(columns))
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


class _indexes_rebuilt_after:  # noqa: N801 (used as a context manager)
    """Drop a table's secondary indexes for a bulk load and build them again from their own SQL.

    Building an index once from sorted data is several times faster than updating it per row; the
    schema afterwards is exactly what the migrations made (the SQL comes from sqlite_master).
    """

    def __init__(self, conn, table: str) -> None:
        self.conn = conn
        self.table = table
        self.indexes: list[tuple[str, str]] = []

    def __enter__(self) -> "_indexes_rebuilt_after":
        self.indexes = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (self.table,)).fetchall()
        for name, _sql in self.indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:  # on failure the transaction rolls back, indexes included
            for _name, sql in self.indexes:
                self.conn.execute(sql)
