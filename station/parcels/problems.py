"""The problem-parcel queue: damaged (with a photo), unknown addressee, misaddressed or refused parcels.

Each stays in the queue until it is re-assigned to a resident (new pickup code and shelf slot) or handed
back to the courier (a handoff record). A photo is copied into the data directory under its SHA-256,
so the evidence cannot be swapped later without it showing.
"""
import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

from db.models import Parcel, ParcelProblem, Resident
from station import audit
from station.audit_actions import PARCEL_PROBLEM, PARCEL_REASSIGN
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.files import write_atomically
from station.i18n import N_
from station.ids import new_gid
from station.parcels import ParcelStatus
from station.parcels.carriers import carrier_of, check_tracking
from station.parcels.codes import allocate_slot
from station.parcels.returns import Handoff, check_courier, find_parcel, hand_back
from station.parcels.views import status_name
from station.permissions import Perm
from station.service import service

KINDS = {
    "damaged": N_("Problems", "Damaged"),
    "unknown_addressee": N_("Problems", "Unknown addressee"),
    "misaddressed": N_("Problems", "Misaddressed"),
    "refused": N_("Problems", "Refused"),
    "cod_unexpected": N_("Problems", "Cash on delivery nobody ordered"),
}
PHOTO_TYPES = {b"\xff\xd8\xff": ".jpg", b"\x89PNG\r\n\x1a\n": ".png"}
MAX_PHOTO_BYTES = 20 * 1024 * 1024
REPORTABLE = (ParcelStatus.WAITING, ParcelStatus.OUT_FOR_DELIVERY)


@dataclass(frozen=True)
class Problem:
    gid: str
    parcel_gid: str
    tracking_no: str
    carrier: str
    kind: str
    note: str
    photo_path: str
    photo_sha256: str
    reported_at: str
    reported_by: str
    resident_name: str
    resolved_at: str | None
    resolution: str

    def to_dict(self) -> dict:
        return asdict(self)


def _view(row: ParcelProblem, parcel: Parcel | None = None) -> Problem:
    parcel = parcel or Parcel.get_by_id(row.parcel_gid)
    resident = Resident.get_or_none(Resident.gid == parcel.resident_gid) if parcel.resident_gid else None
    return Problem(row.gid, parcel.gid, parcel.tracking_no, parcel.carrier, row.kind, row.note, row.photo_path,
                   row.photo_sha256, str(row.reported_at), row.reported_by, resident.name if resident else "",
                   str(row.resolved_at) if row.resolved_at else None, row.resolution)


def _check_note(note: str) -> str:
    note = (note or "").strip()
    if len(note) > 500:
        raise InvalidInput("A note is at most 500 characters.", why="note_too_long")
    return note


def _read_photo(photo: Path | str | None) -> tuple[bytes, str] | None:
    if not photo:
        return None
    path = Path(photo)
    if not path.is_file():
        raise InvalidInput("No photo file at {path}.", why="photo_missing", path=str(path))
    if path.stat().st_size > MAX_PHOTO_BYTES:
        raise InvalidInput("The photo {path} is larger than 20 MB.", why="photo_too_large", path=str(path))
    data = path.read_bytes()
    suffix = next((ext for magic, ext in PHOTO_TYPES.items() if data.startswith(magic)), None)
    if suffix is None:
        raise InvalidInput("{path} is not a JPEG or PNG photo.", why="photo_format", path=str(path))
    return data, suffix


def _keep_photo(ctx: Ctx, photo: tuple[bytes, str] | None) -> tuple[str, str]:
    """Copy the photo into the data directory, named by its SHA-256; returns (relative path, digest)."""
    if photo is None:
        return "", ""
    data, suffix = photo
    digest = hashlib.sha256(data).hexdigest()
    relative = Path("photos") / "problems" / f"{digest}{suffix}"
    target = ctx.data_dir / relative
    if not target.exists():
        write_atomically(target, data)
    return relative.as_posix(), digest


def _new_parcel(ctx: Ctx, tracking: str) -> Parcel:
    """A parcel the station never took in (the courier left one with no known addressee)."""
    tracking = check_tracking(tracking)
    now = ctx.now()
    return Parcel.create(gid=new_gid(), owner=ctx.station_code, tracking_no=tracking,
                         carrier=carrier_of(tracking).code,
                         status=ParcelStatus.WAITING, arrived_at=now, updated_at=now)


@service(Perm.PARCEL_PROBLEMS)
def report_problem(ctx: Ctx, tracking: str, kind: str, note: str = "", photo: Path | str | None = None) -> Problem:
    """Put a parcel into the problem queue; a tracking number the station has not seen is taken in as one."""
    if kind not in KINDS:
        raise InvalidInput("Unknown problem {kind}; use one of: {kinds}.",
                           why="problem_kind", kind=kind, kinds=", ".join(KINDS))
    note = _check_note(note)
    picture = _read_photo(photo)
    if kind == "damaged" and picture is None:
        raise InvalidInput("A damaged parcel needs a photo of the damage.", why="photo_required")
    try:
        parcel = find_parcel(tracking)
    except NotFound:
        parcel = _new_parcel(ctx, tracking)
    if parcel.status not in REPORTABLE:
        raise Refused("Parcel {tracking} (status: {status}): only parcels still at the station can be reported.",
                      why="parcel_not_at_station",
                      tracking=parcel.tracking_no, status=status_name(parcel.status))
    photo_path, digest = _keep_photo(ctx, picture)
    now = ctx.now()
    row = ParcelProblem.create(gid=new_gid(), owner=ctx.station_code, parcel_gid=parcel.gid, kind=kind, note=note,
                               photo_path=photo_path, photo_sha256=digest, status_before=parcel.status,
                               reported_at=now, reported_by=ctx.actor.username)
    Parcel.update(status=ParcelStatus.PROBLEM, updated_at=now).where(Parcel.gid == parcel.gid).execute()
    audit.record(ctx, PARCEL_PROBLEM, "parcel", parcel.gid, {"status": parcel.status},
                 {"status": ParcelStatus.PROBLEM, "kind": kind, "note": note, "photo_sha256": digest})
    return _view(row, Parcel.get_by_id(parcel.gid))


def _open_problem(ref: str) -> tuple[ParcelProblem, Parcel]:
    row = ParcelProblem.get_or_none(ParcelProblem.gid == ref)
    parcel = Parcel.get_by_id(row.parcel_gid) if row else find_parcel(ref)
    row = row or (ParcelProblem.select().where(ParcelProblem.parcel_gid == parcel.gid,
                                               ParcelProblem.resolved_at.is_null()).first())
    if row is None or row.resolved_at is not None or parcel.status != ParcelStatus.PROBLEM:
        raise Refused("Parcel {tracking} is not in the problem queue.",
                      why="not_a_problem", tracking=parcel.tracking_no)
    return row, parcel


def _not_cod_held(row: ParcelProblem, parcel: Parcel) -> None:
    """A cash-on-delivery parcel nobody ordered leaves the queue only by its charge being paid or refused
    (station cod pay|refuse): re-assigning or returning it here would leave the charge open."""
    if row.kind == "cod_unexpected":
        raise Refused("Parcel {tracking} is held for an amount on collection nobody ordered: record the payment "
                      "or the refusal (Orders page, cash on delivery) first.",
                      why="cod_held", tracking=parcel.tracking_no)


@service(Perm.PARCEL_PROBLEMS)
def reassign_problem(ctx: Ctx, ref: str, resident_gid: str, note: str = "") -> dict:
    """Resolve by giving the parcel to a (the right) resident: a new pickup code and shelf slot, waiting again."""
    row, parcel = _open_problem(ref)
    _not_cod_held(row, parcel)
    resident = Resident.get_or_none(Resident.gid == (resident_gid or ""))
    if resident is None:
        raise NotFound("No such resident.", why="resident")
    note = _check_note(note)
    shelf, code = allocate_slot(resident.gid)
    now = ctx.now()
    before = {"status": parcel.status, "resident": parcel.resident_gid, "pickup_code": parcel.pickup_code}
    Parcel.update(status=ParcelStatus.WAITING, resident=resident.gid, pickup_code=code, shelf=shelf,
                  updated_at=now).where(Parcel.gid == parcel.gid).execute()
    Parcel.update(reminded_at=None, reminder_count=0, return_due_at=None).where(
        Parcel.gid == parcel.gid).execute()
    ParcelProblem.update(resolved_at=now, resolved_by=ctx.actor.username, resolution="reassigned",
                         resolution_note=note).where(ParcelProblem.gid == row.gid).execute()
    after = {"status": ParcelStatus.WAITING, "resident": resident.gid, "pickup_code": code, "shelf": shelf}
    audit.record(ctx, PARCEL_REASSIGN, "parcel", parcel.gid, before, after)
    return {"parcel_gid": parcel.gid, "tracking_no": parcel.tracking_no, "resident": resident.name,
            "pickup_code": code, "shelf": shelf}


@service(Perm.PARCEL_PROBLEMS)
def return_problem(ctx: Ctx, ref: str, courier_name: str, note: str = "") -> Handoff:
    """Resolve by handing the parcel back to the courier."""
    courier_name = check_courier(courier_name)
    row, parcel = _open_problem(ref)
    _not_cod_held(row, parcel)
    return hand_back(ctx, parcel, courier_name, "problem", _check_note(note))


@service(Perm.VIEW, write=False)
def open_problems(ctx: Ctx, limit: int = 500) -> list[Problem]:
    rows = (ParcelProblem.select().where(ParcelProblem.resolved_at.is_null())
            .order_by(ParcelProblem.reported_at, ParcelProblem.gid).limit(limit))
    return [_view(r) for r in rows]


def photo_file(ctx: Ctx, problem: Problem) -> Path | None:
    return ctx.data_dir / problem.photo_path if problem.photo_path else None
