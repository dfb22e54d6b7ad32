"""The station's sync checkpoints (kept in `meta`) and its trusted office."""
import datetime as dt
import json
from pathlib import Path

from db.models import Meta, Outbox, TrustedOffice
from station import audit
from station.audit_actions import SYNC_OFFICE_KEY
from station.context import Ctx
from station.errors import InvalidInput
from station.identity import CARD_FORMAT
from station.keys import fingerprint, unb64
from station.permissions import Perm
from station.service import service
from station.sync.errors import BundleRefused

ACKED_KEY = "sync_acked_seq"
LAST_SYNCED_KEY = "sync_last_synced_at"


def meta_value(key: str, default: str = "") -> str:
    row = Meta.get_or_none(Meta.key == key)
    return row.value if row else default


def set_meta(key: str, value: str) -> None:
    Meta.replace(key=key, value=value).execute()


def acked_seq() -> int:
    return int(meta_value(ACKED_KEY, "0"))


def newest_seq() -> int:
    row = Outbox.select(Outbox.seq).order_by(Outbox.seq.desc()).first()
    return row.seq if row else 0


def trusted_office() -> TrustedOffice:
    office = TrustedOffice.select().first()
    if office is None:
        raise BundleRefused("no_office_key")
    return office


def read_card(path: Path, kind: str) -> dict:
    """A station or office enrolment card file, checked field by field."""
    if not Path(path).is_file():
        raise InvalidInput("There is no file at {file}.", why="file_missing", file=str(path))
    try:
        card = json.loads(Path(path).read_text("utf-8"))
        ok = isinstance(card, dict) and card.get("format") == CARD_FORMAT
        keys = (unb64(card["sign_public"]), unb64(card["box_public"])) if ok else (b"", b"")
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise InvalidInput("{file} is not an enrolment card.", why="not_an_enrolment_card", file=str(path)) from None
    if not ok or len(keys[0]) != 32 or len(keys[1]) != 32 or not isinstance(card.get("code"), str):
        raise InvalidInput("{file} is not an enrolment card.", why="not_an_enrolment_card", file=str(path))
    if card.get("kind") != kind and kind == "office":
        raise InvalidInput("{file} is a station's enrolment card; the town office's key file is needed here.",
                           why="office_key_expected",
                           file=str(path))
    if card.get("kind") != kind:
        raise InvalidInput("{file} is the town office's key file; a station's enrolment card is needed here.",
                           why="enrolment_card_expected",
                           file=str(path))
    return {"code": card["code"], "name": str(card.get("name", "")), "sign_public": keys[0],
            "box_public": keys[1], "fingerprint": fingerprint(*keys)}


@service(Perm.SYNC)
def trust_office(ctx: Ctx, card_path: Path) -> dict:
    """Trust the town office whose key file this is (replacing an earlier one)."""
    card = read_card(card_path, "office")
    before = TrustedOffice.select().first()
    TrustedOffice.delete().execute()
    TrustedOffice.create(code=card["code"], name=card["name"], sign_public=card["sign_public"],
                         box_public=card["box_public"], fingerprint=card["fingerprint"], trusted_at=ctx.now())
    audit.record(ctx, SYNC_OFFICE_KEY, "sync_office", card["code"],
                 {"code": before.code, "fingerprint": before.fingerprint} if before else None,
                 {"code": card["code"], "fingerprint": card["fingerprint"]})
    return {"code": card["code"], "name": card["name"], "fingerprint": card["fingerprint"]}


def last_synced_at() -> dt.datetime | None:
    text = meta_value(LAST_SYNCED_KEY)
    return dt.datetime.fromisoformat(text) if text else None
