"""The evidence vault: each file stored once under its SHA-256 in the data directory, read-only, never changed.

The case lists each item's hash, size, kind, time added and who added it; a custody log records who added,
viewed, verified and exported it. The hash is checked again on every read and export, and an altered or
missing file is named (file name and hash), never passed on.
"""
import hashlib
import os
import stat
from pathlib import Path

from db.models import CaseEvidence, EvidenceCustody, RightsCase
from station import audit
from station.audit_actions import CASE_ESCALATE, CASE_EVIDENCE
from station.cases.lookup import add_entry, family, find_case, open_case
from station.clock import station_today
from station.context import Ctx
from station.errors import FileProblem, InvalidInput, NotFound, Refused
from station.files import write_atomically
from station.ids import new_gid
from station.permissions import Perm
from station.service import service

KINDS = ("photo", "screenshot", "chat", "receipt", "recording", "other")
_BY_SUFFIX = {".jpg": "photo", ".jpeg": "photo", ".png": "photo", ".gif": "photo", ".webp": "photo",
              ".heic": "photo", ".txt": "chat", ".html": "chat", ".json": "chat", ".csv": "chat",
              ".pdf": "receipt", ".mp3": "recording", ".m4a": "recording", ".amr": "recording",
              ".wav": "recording", ".mp4": "recording"}
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
MAX_BYTES = 200 * 1024 * 1024


def vault_path(data_dir: Path, sha256: str) -> Path:
    return Path(data_dir) / "evidence" / sha256[:2] / sha256


def _store(data_dir: Path, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    path = vault_path(data_dir, digest)
    if not path.exists() or _digest(path) != digest:
        if path.exists():
            path.chmod(stat.S_IWUSR | stat.S_IRUSR)
        write_atomically(path, data)
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return digest


def _digest(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except FileNotFoundError:
        return None


def check(data_dir: Path, item: CaseEvidence) -> str:
    """ok | missing | altered."""
    return check_file(data_dir, item.sha256)


def check_file(data_dir: Path, sha256: str) -> str:
    found = _digest(vault_path(data_dir, sha256))
    return "ok" if found == sha256 else ("missing" if found is None else "altered")


def custody(ctx: Ctx, item: CaseEvidence, action: str, note: str = "") -> None:
    EvidenceCustody.create(gid=new_gid(), owner=ctx.station_code, evidence=item.gid, action=action, at=ctx.now(),
                           actor=ctx.actor.username, note=note)


def refuse_problem(item: CaseEvidence, problem: str) -> Refused:
    if problem == "missing":
        return Refused("Evidence {name} ({sha}) is missing from the vault.", why="evidence_missing",
                       name=item.file_name, sha=item.sha256[:12])
    return Refused("Evidence {name} ({sha}) was altered: its SHA-256 no longer matches.", why="evidence_altered",
                   name=item.file_name, sha=item.sha256[:12])


def _read(path: Path) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FileProblem(exc) from None
    if len(data) > MAX_BYTES:
        raise InvalidInput("{name} is larger than 200 MB.", why="too_large", name=Path(path).name)
    return data


@service(Perm.CASES)
def add_evidence(ctx: Ctx, ref: str, paths: list[Path], kind: str | None = None) -> list[dict]:
    case = open_case(ref)
    if kind is not None and kind not in KINDS:
        raise InvalidInput("Kind must be one of: {choices}.", why="evidence_kind", choices=", ".join(KINDS))
    added = []
    for path in map(Path, paths):
        data = _read(path)
        digest = _store(ctx.data_dir, data)
        item = CaseEvidence.create(gid=new_gid(), owner=ctx.station_code, case=case.gid, sha256=digest,
                                   size=len(data), kind=kind or _BY_SUFFIX.get(path.suffix.lower(), "other"),
                                   file_name=path.name, added_at=ctx.now(), added_by=ctx.actor.username)
        custody(ctx, item, "added")
        add_entry(ctx, case, "evidence", station_today(ctx.now()), f"{path.name} {digest[:12]}")
        audit.record(ctx, CASE_EVIDENCE, "case_evidence", item.gid, None,
                     {"case": case.number, "file": path.name, "sha256": digest, "size": len(data)})
        added.append(evidence_view(item))
    return added


def evidence_view(item: CaseEvidence, status: str | None = None) -> dict:
    view = {"gid": item.gid, "file_name": item.file_name, "kind": item.kind, "sha256": item.sha256,
            "size": item.size, "added_at": str(item.added_at), "added_by": item.added_by}
    return view if status is None else {**view, "status": status}


def case_items(case: RightsCase) -> list[CaseEvidence]:
    """Evidence of the case and of every case merged into it."""
    gids = [c.gid for c in family(case)]
    return list(CaseEvidence.select().where(CaseEvidence.case.in_(gids)).order_by(CaseEvidence.added_at,
                                                                                  CaseEvidence.gid))


@service(Perm.CASES)
def verify_case(ctx: Ctx, ref: str) -> dict:
    """Re-hash every item; the result names each missing or altered file."""
    case = find_case(ref)
    items = []
    for item in case_items(case):
        status = check(ctx.data_dir, item)
        custody(ctx, item, "verified", status)
        items.append(evidence_view(item, status))
    problems = [i for i in items if i["status"] != "ok"]
    return {"number": case.number, "ok": not problems, "items": items, "problems": problems}


@service(Perm.CASES)
def read_evidence(ctx: Ctx, evidence_gid: str) -> bytes:
    """An item's bytes, after checking its hash; the viewing is logged."""
    item = CaseEvidence.get_or_none(CaseEvidence.gid == evidence_gid)
    if item is None:
        raise NotFound("No evidence item {gid}.", why="evidence", gid=evidence_gid)
    problem = check(ctx.data_dir, item)
    if problem != "ok":
        raise refuse_problem(item, problem)
    custody(ctx, item, "viewed")
    return vault_path(ctx.data_dir, item.sha256).read_bytes()


def checked_bytes(ctx: Ctx, item: CaseEvidence, action: str = "exported") -> bytes:
    """For exports (dossier, escalation): read once, hash what was read, refuse if it differs; logged."""
    path = vault_path(ctx.data_dir, item.sha256)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise refuse_problem(item, "missing") from None
    if hashlib.sha256(data).hexdigest() != item.sha256:
        raise refuse_problem(item, "altered")
    custody(ctx, item, action)
    return data


def custody_log(item_gid: str) -> list[dict]:
    rows = EvidenceCustody.select().where(EvidenceCustody.evidence == item_gid).order_by(EvidenceCustody.at)
    return [{"action": r.action, "at": str(r.at), "actor": r.actor, "note": r.note} for r in rows]


def is_image(item: CaseEvidence) -> bool:
    return os.path.splitext(item.file_name)[1].lower() in IMAGE_SUFFIXES


@service(Perm.CASES)
def escalate_case(ctx: Ctx, ref: str, note: str = "") -> dict:
    """Staff hand a case to the town office: from now on its evidence files may travel (checked first)."""
    case = open_case(ref)
    items = case_items(case)
    for item in items:
        checked_bytes(ctx, item, "escalated")
    RightsCase.update(escalated_at=ctx.now()).where(RightsCase.gid == case.gid).execute()
    add_entry(ctx, case, "escalated", station_today(ctx.now()), note)
    audit.record(ctx, CASE_ESCALATE, "rights_case", case.gid, None, {"evidence": len(items)})
    return {"number": case.number, "evidence": len(items)}


def escalated_files(data_dir: Path) -> list[tuple[str, Path]]:
    """(sha256, vault path) of every evidence file of an escalated case: what a bundle to the office may carry.
    Only these files ever leave the station; the receiver checks each against its hash."""
    rows = (CaseEvidence.select(CaseEvidence.sha256).join(RightsCase)
            .where(RightsCase.escalated_at.is_null(False)).distinct().tuples())
    return [(sha, vault_path(data_dir, sha)) for (sha,) in rows]
