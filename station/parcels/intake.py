"""Intake: a scanned tracking number becomes a parcel on the shelf with a pickup code.

The resident is found by the residents' one search rule (full phone, phone tail, name, pinyin initials).
When several match, nothing is stored and
the candidates come back for the counter to choose from; with a full phone and a name nobody has,
the resident is added on the spot. A pre-registered tracking number (pre-alert) brings its resident.
"""
from dataclasses import asdict, dataclass, field

from db.models import Prealert, Resident, database
from station import audit
from station.audit_actions import PARCEL_INTAKE, PARCEL_PREALERT
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.ids import new_gid
from station.parcels import ParcelStatus, events
from station.parcels.carriers import carrier_of, check_tracking
from station.parcels.codes import allocate_slot
from station.parcels.views import PARCEL_SQL, ParcelView, parcel_view, stamp
from station.permissions import Perm
from station.phones import check_mobile, clean_phone, is_phone_tail
from station.residents.records import ResidentView, by_gid
from station.residents.registry import add_resident
from station.residents.search import matching
from station.service import service

STORED, CHOOSE, NO_MATCH, NEED_RESIDENT = "stored", "choose", "no_match", "need_resident"


@dataclass
class IntakeResult:
    """What happened: `stored` (parcel set), or why not yet (`choose`, `no_match`, `need_resident`)."""

    outcome: str
    tracking: str
    carrier: str
    carrier_name: str
    parcel: ParcelView | None = None
    candidates: list[ResidentView] = field(default_factory=list)
    prealert_note: str | None = None
    new_resident: bool = False
    cod: dict | None = None  # an amount due on collection: expected, or held with a warning

    def to_dict(self) -> dict:
        return asdict(self)


def _open_parcel(tracking: str):
    # Raw, like every query on the intake path (bench/counter.py "intake"; peewee +0.1 ms each, bench/query_cost.py).
    return database.execute_sql(
        "SELECT pickup_code, shelf, status FROM parcel WHERE tracking_no = ? "
        "AND status IN ('waiting', 'out_for_delivery', 'problem') LIMIT 1", (tracking,)).fetchone()


def refuse_if_open(tracking: str) -> None:
    row = _open_parcel(tracking)
    if row is None:
        return
    code, shelf, status = row
    if status == ParcelStatus.WAITING:
        raise Refused("{tracking} is already on shelf {shelf}, code {code}.",
                      why="already_here", tracking=tracking, shelf=shelf,
                      code=code)
    if status == ParcelStatus.OUT_FOR_DELIVERY:
        raise Refused("{tracking} is already here and out for delivery (code {code}).",
                      why="already_here", tracking=tracking,
                      code=code)
    raise Refused("{tracking} is already here, in the problem queue.", why="already_here", tracking=tracking)


def _matches(ctx: Ctx, phone: str | None, name: str | None) -> list[ResidentView]:
    """The resident a phone (tail or full) or a name points at, by the residents' one search rule."""
    phone, name = clean_phone(phone or ""), (name or "").strip()
    if phone:
        if not (is_phone_tail(phone) or phone.isdigit() and len(phone) == 11):
            raise InvalidInput("Type the last 4 digits or the whole 11-digit phone number.", why="phone_tail")
        found = matching(ctx, check_mobile(phone) if len(phone) == 11 else phone)
        return [r for r in found if r.name == name] if name and len(found) > 1 else found
    if name.isdigit():
        raise InvalidInput("Type the last 4 digits or the whole 11-digit phone number.", why="phone_tail")
    return matching(ctx, name)


def _resident(ctx: Ctx, phone, name, resident_gid, prealert) -> tuple[list[ResidentView], bool]:
    """([the resident] or candidates, whether it was added now)."""
    if resident_gid:
        found = by_gid(ctx, resident_gid)
        if found is None:
            raise NotFound("That resident no longer exists.", why="resident")
        return [found], False
    if not phone and not (name or "").strip():
        return ([r] if prealert and (r := by_gid(ctx, prealert[1])) else []), False
    found = _matches(ctx, phone, name)
    full_phone = clean_phone(phone or "")
    if not found and len(full_phone) == 11 and (name or "").strip():
        return [add_resident(ctx, name, full_phone)], True
    return found, False


def _prealert(tracking: str):
    """(gid, resident_gid, note) of the unlinked pre-alert for this number, if any (raw: on every intake)."""
    return database.execute_sql("SELECT gid, resident_gid, note FROM prealert WHERE tracking_no = ? "
                                "AND parcel_gid IS NULL LIMIT 1", (tracking,)).fetchone()


@service(Perm.PARCEL_INTAKE)
def intake(ctx: Ctx, tracking: str, phone: str | None = None, name: str | None = None,
           resident_gid: str | None = None, cod_fen: int = 0) -> IntakeResult:
    """`cod_fen`: an amount the courier wants paid on collection (到付 / 代收货款), checked by the COD guard."""
    number = check_tracking(tracking)
    carrier = carrier_of(number)
    result = IntakeResult(NEED_RESIDENT, number, carrier.code, carrier.name)
    refuse_if_open(number)
    prealert = _prealert(number)
    result.prealert_note = prealert[2] if prealert else None
    found, added = _resident(ctx, phone, name, resident_gid, prealert)
    if len(found) != 1:
        no_one = NO_MATCH if (phone or name) else NEED_RESIDENT
        result.outcome, result.candidates = (CHOOSE, found) if found else (no_one, [])
        return result
    resident = found[0]
    result.parcel, result.cod = _store(ctx, number, carrier.code, resident.gid, prealert, cod_fen)
    result.outcome, result.new_resident = STORED, added
    return result


def _store(ctx: Ctx, number: str, carrier: str, resident_gid: str, prealert, cod_fen: int = 0
           ) -> tuple[ParcelView, dict | None]:
    shelf, code = allocate_slot(resident_gid)
    gid, now = new_gid(), stamp(ctx.now())
    # Raw writes and read-back: the intake's own cost in bench/counter.py (peewee +0.1 ms each, bench/query_cost.py).
    database.execute_sql(
        "INSERT INTO parcel (gid, owner, tracking_no, carrier, resident_gid, pickup_code, shelf, status, arrived_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)",
        (gid, ctx.station_code, number, carrier, resident_gid, code, shelf, now, now))
    if prealert is not None:
        database.execute_sql("UPDATE prealert SET parcel_gid = ?, linked_at = ? WHERE gid = ?", (gid, now, prealert[0]))
    told = events.emit(ctx, events.STORED, parcel_gid=gid, resident_gid=resident_gid,
                       prealert_gid=prealert[0] if prealert else None, cod_fen=cod_fen)
    followed = {key: value for answer in told for key, value in answer.get("audit", {}).items()}
    audit.record(ctx, PARCEL_INTAKE, "parcel", gid, None,
                 {"tracking": number, "carrier": carrier, "resident": resident_gid, "code": code, "shelf": shelf,
                  "prealert": prealert[0] if prealert else None, **followed})
    cod = next((answer["cod"] for answer in told if "cod" in answer), None)
    return parcel_view(database.execute_sql(f"{PARCEL_SQL} WHERE p.gid = ?", (gid,)).fetchone()), cod


@service(Perm.PARCEL_INTAKE)
def register_prealert(ctx: Ctx, tracking: str, resident_gid: str, note: str = "") -> dict:
    """Expect `tracking` for a resident (an assisted order): intake will recognise and link it."""
    number = check_tracking(tracking)
    if Resident.get_or_none(Resident.gid == resident_gid) is None:
        raise NotFound("That resident no longer exists.", why="resident")
    if _prealert(number) is not None:
        raise Refused("{tracking} is already expected.", why="already_expected", tracking=number)
    alert = Prealert.create(gid=new_gid(), owner=ctx.station_code, tracking_no=number, resident=resident_gid,
                            note=(note or "").strip()[:200], created_at=ctx.now())
    audit.record(ctx, PARCEL_PREALERT, "prealert", alert.gid, None,
                 {"tracking": number, "resident": resident_gid, "note": alert.note})
    return {"gid": alert.gid, "tracking": number, "resident_gid": resident_gid, "note": alert.note}


@service(Perm.PARCEL_INTAKE)
def intake_for_new_resident(ctx: Ctx, tracking: str, name: str, phone: str, group_gid: str | None = None,
                            **details) -> IntakeResult:
    """A resident nobody knew yet and their parcel, in one transaction: both are stored, or neither."""
    resident = add_resident(ctx, name, phone, group_gid, **details)
    result = intake(ctx, tracking, resident_gid=resident.gid)
    result.new_resident = True
    return result
