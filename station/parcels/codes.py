"""Shelf slots and pickup codes: short, speakable, unique among parcels on the shelf.

A code reads shelf-layer-serial (3-2-1045): the first two parts send staff to the right place, the
4-digit serial tells parcels apart. Serials run 1000-9999 station-wide and wrap, skipping a code
still held by a parcel that has not left the station.

Raw SQL where a query runs on every intake (bench/counter.py "intake", ~0.8 ms p50): as peewee queries they
would add ~0.1 ms each (bench/query_cost.py). Laying out new shelves (rare) goes through the model.
"""
from db.models import ShelfSlot, database
from station.options import SHELF_COUNT, SHELF_LAYERS, read_setting

SERIAL_KEY = "pickup_serial"
FIRST_SERIAL, LAST_SERIAL = 1000, 9999
OPEN_SQL = "('waiting', 'out_for_delivery', 'problem')"


def code_key(code: str) -> tuple:
    """Sorts pickup codes as staff read them: 2-1-1000 before 10-1-1000 (numbers, not text)."""
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("-")) + (code,)


def _ensure_layout(shelves: int, layers: int) -> None:
    found = database.execute_sql(
        "SELECT count(*) FROM shelf_slot WHERE shelf BETWEEN 1 AND ? AND layer BETWEEN 1 AND ?",
        (shelves, layers)).fetchone()[0]
    if found == shelves * layers:
        return
    for shelf in range(1, shelves + 1):
        for layer in range(1, layers + 1):
            label = f"{shelf}-{layer}"
            ShelfSlot.insert(label=label).on_conflict_ignore().execute()
            ShelfSlot.update(shelf=shelf, layer=layer).where(ShelfSlot.label == label).execute()


def _slot_for(resident_gid: str | None, shelves: int, layers: int) -> str:
    """The resident's current slot (a family's parcels stay together), else the emptiest one."""
    if resident_gid:
        row = database.execute_sql(
            "SELECT p.shelf FROM parcel p JOIN shelf_slot s ON s.label = p.shelf WHERE p.resident_gid = ? "
            "AND p.status = 'waiting' AND s.shelf BETWEEN 1 AND ? AND s.layer BETWEEN 1 AND ? LIMIT 1",
            (resident_gid, shelves, layers)).fetchone()
        if row:
            return row[0]
    _ensure_layout(shelves, layers)
    return database.execute_sql(
        "SELECT label FROM shelf_slot WHERE shelf BETWEEN 1 AND ? AND layer BETWEEN 1 AND ? "
        "ORDER BY waiting, shelf, layer LIMIT 1", (shelves, layers)).fetchone()[0]


def _next_code(slot: str) -> str:
    """The next free serial on the station-wide counter, as a code no open parcel holds."""
    row = database.execute_sql("SELECT value FROM meta WHERE key = ?", (SERIAL_KEY,)).fetchone()
    last = int(row[0]) if row else FIRST_SERIAL - 1
    span = LAST_SERIAL - FIRST_SERIAL + 1
    for step in range(1, span + 1):
        serial = FIRST_SERIAL + (last - FIRST_SERIAL + step) % span
        code = f"{slot}-{serial}"
        taken = database.execute_sql(
            f"SELECT 1 FROM parcel WHERE pickup_code = ? AND status IN {OPEN_SQL} LIMIT 1", (code,)).fetchone()
        if not taken:
            database.execute_sql("REPLACE INTO meta (key, value) VALUES (?, ?)", (SERIAL_KEY, str(serial)))
            return code
    raise RuntimeError(f"every pickup code on slot {slot} is held by a parcel")


def allocate_slot(resident_gid: str | None = None) -> tuple[str, str]:
    """(shelf, pickup_code) for a parcel arriving now. Call inside a service transaction."""
    shelves, layers = read_setting(SHELF_COUNT.key), read_setting(SHELF_LAYERS.key)
    slot = _slot_for(resident_gid, shelves, layers)
    return slot, _next_code(slot)
