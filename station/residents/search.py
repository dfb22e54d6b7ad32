"""The one rule for finding residents by what someone typed or scanned, used by every face of the station.

The counter, intake, handout, the Residents page and the CLI all ask `clause(text)`:
  11 digits           that mobile number            (spaces, dashes and +86 are ignored)
  4 digits            that phone tail (last 4 digits)
  other digits        phone numbers containing them
  latin letters       pinyin initials ("wxy" → 王秀英): exactly these initials, else initials starting with them
  anything else       that name exactly; else names starting with it; else names containing it ("秀英")
The closest level anyone matches wins, so "王秀英" at the counter offers only the 王秀英s, while "王" on the
Residents page lists every 王. Exact and prefix levels are index lookups and ranges (no LIKE); partial phone
digits and the "containing" level scan the resident table (thousands of rows, not the parcels).
"""
from db.models import database
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.permissions import Perm
from station.phones import clean_phone
from station.residents.records import CARE_FLAGS, ResidentView, rows_where, show_phones
from station.service import service

_HIGH = "\U0010ffff"
MAX_PAGE = 500


def _best(column: str, value: str, contains: bool) -> tuple[str, tuple]:
    """The closest level of match anyone has: exact, else starting with the value, else (names) containing it."""
    levels = [(f"r.{column} = ?", (value,)), (f"r.{column} >= ? AND r.{column} < ?", (value, value + _HIGH))]
    if contains:
        levels.append((f"instr(r.{column}, ?) > 0", (value,)))
    for where, params in levels[:-1]:
        if database.execute_sql(f"SELECT 1 FROM resident r WHERE {where} LIMIT 1", params).fetchone():
            return where, params
    return levels[-1]


def clause(text: str) -> tuple[str, tuple]:
    """The WHERE clause (on `r`, the resident) and its parameters for a typed or scanned text."""
    text = (text or "").strip()
    if not text:
        return "1", ()
    digits = clean_phone(text)
    if digits.isdigit():
        if len(digits) == 11:
            return "r.phone = ?", (digits,)
        if len(digits) == 4:
            return "r.phone_tail = ?", (digits,)
        return "instr(r.phone, ?) > 0", (digits,)
    if text.isascii() and text.isalpha():
        return _best("name_initials", text.lower(), contains=False)
    return _best("name", text, contains=True)


def matching(ctx: Ctx, text: str, limit: int = 50) -> list[ResidentView]:
    """Residents for a non-empty text, inside the caller's service (intake, handout)."""
    if not (text or "").strip():
        raise InvalidInput("Type a name, a phone number or its last 4 digits.", why="resident_query")
    where, params = clause(text)
    return rows_where(where, params, show_phones(ctx), limit)


@service(Perm.VIEW, write=False)
def find_residents(ctx: Ctx, query: str, limit: int = 50) -> list[ResidentView]:
    """By phone, phone tail, pinyin initials or name (same-name residents all come back)."""
    return matching(ctx, query, limit)


@service(Perm.VIEW, write=False)
def list_residents(ctx: Ctx, text: str = "", group_gid: str | None = None, care_only: bool = False,
                   offset: int = 0, limit: int = 100) -> list[ResidentView]:
    """A page of residents (everyone when nothing is typed), for lists that load lazily."""
    where, params = clause(text)
    if group_gid:
        where, params = f"{where} AND r.group_gid = ?", (*params, group_gid)
    if care_only:
        where += " AND (" + " OR ".join(f"r.{flag}" for flag in CARE_FLAGS) + ")"
    return rows_where(where, params, show_phones(ctx), max(1, min(limit, MAX_PAGE)), max(0, offset))


@service(Perm.VIEW, write=False)
def one_resident(ctx: Ctx, key: str) -> ResidentView:
    """The resident a command names by ID or by full phone number (which must belong to one resident only)."""
    key = (key or "").strip()
    found = rows_where("r.gid = ?", (key,), show_phones(ctx), limit=1)
    digits = clean_phone(key)
    if not found and digits.isdigit() and len(digits) == 11:
        found = rows_where("r.phone = ?", (digits,), show_phones(ctx), limit=10)
    if not found:
        raise NotFound("No resident has the ID or phone number {key}.", why="resident", key=key)
    if len(found) > 1:
        raise Refused("{count} residents share the phone number {phone}; name one by its ID.", why="shared_phone",
                      count=len(found), phone=key)
    return found[0]
