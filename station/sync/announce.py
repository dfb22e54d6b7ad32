"""The push handshake: a station announces a bundle (signed) before it sends a single payload byte.

POST /announce carries {station, office, bundle_id, size, sha256, signature}; the signature is the station's
Ed25519 key over those fields, so the office refuses an unknown station, a forged announcement or a bundle over
that station's size limit while the request is a few hundred bytes. The reply is a one-time token for
PUT /bundle/TOKEN, which must then carry exactly the announced bytes.
"""
import secrets
import threading
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from db.models import OfficeStation
from station.context import Ctx
from station.errors import InvalidInput, Refused
from station.identity import this_station
from station.keys import b64, unb64
from station.permissions import Perm
from station.service import service

PREFIX = b"VS-ANNOUNCE-1"
FIELDS = ("station", "office", "bundle_id", "size", "sha256")
DEFAULT_LIMIT = 256 << 20  # bytes per bundle when the station has no limit of its own
TOKEN_TTL_S = 600
MAX_OPEN_PER_STATION = 4


def _signed_bytes(fields: dict) -> bytes:
    return b"|".join([PREFIX] + [str(fields[k]).encode("utf-8") for k in FIELDS])


def make_announcement(station: str, office: str, bundle_id: str, size: int, sha256: str,
                      sign_private: bytes) -> dict:
    fields = {"station": station, "office": office, "bundle_id": bundle_id, "size": size, "sha256": sha256}
    signature = Ed25519PrivateKey.from_private_bytes(sign_private).sign(_signed_bytes(fields))
    return {**fields, "signature": b64(signature)}


@dataclass(frozen=True)
class Announced:
    station: str
    bundle_id: str
    size: int
    sha256: str
    expires: float


def _well_formed(message: object) -> dict:
    if not isinstance(message, dict) or not all(isinstance(message.get(k), str) for k in
                                                 ("station", "office", "bundle_id", "sha256", "signature")):
        raise InvalidInput("The announcement is not well formed.", why="bad_announcement")
    if not isinstance(message.get("size"), int) or isinstance(message.get("size"), bool) or message["size"] < 1:
        raise InvalidInput("The announcement is not well formed.", why="bad_announcement")
    if len(message["sha256"]) != 64 or len(message["bundle_id"]) > 64:
        raise InvalidInput("The announcement is not well formed.", why="bad_announcement")
    return message


@service(Perm.OFFICE, write=False)
def check_announcement(ctx: Ctx, message: object) -> Announced:
    """Refuse what no enrolled station signed for this office, or what is over the station's limit."""
    message = _well_formed(message)
    station = OfficeStation.get_or_none(OfficeStation.code == message["station"])
    if station is None:
        raise Refused("Station {station} is not enrolled here.", why="unknown_station", station=message["station"])
    try:
        Ed25519PublicKey.from_public_bytes(bytes(station.sign_public)).verify(unb64(message["signature"]),
                                                                              _signed_bytes(message))
    except (InvalidSignature, ValueError):
        raise Refused("The announcement from {station} is not signed by its key.", why="bad_signature",
                      station=station.code) from None
    if message["office"] != this_station().code:
        raise Refused("The bundle was made for {office}, not for this office.", why="wrong_office",
                      office=message["office"])
    limit = station.max_bundle or DEFAULT_LIMIT
    if message["size"] > limit:
        raise Refused("The bundle ({size} bytes) is over the limit for {station} ({limit} bytes).",
                      why="too_large", size=message["size"], station=station.code, limit=limit)
    return Announced(station.code, message["bundle_id"], message["size"], message["sha256"],
                     time.monotonic() + TOKEN_TTL_S)


class Tokens:
    """One-time upload tokens, kept in the receiver's memory (a restart only costs the station a new announce;
    why that is harmless: station/office/early_refusal.py)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[str, Announced] = {}

    def issue(self, announced: Announced) -> str:
        with self._lock:
            self._expire()
            mine = [t for t, a in self._open.items() if a.station == announced.station]
            for stale in mine[:max(0, len(mine) - MAX_OPEN_PER_STATION + 1)]:
                del self._open[stale]
            token = secrets.token_urlsafe(24)
            self._open[token] = announced
            return token

    def is_open(self, token: str, size: int) -> bool:
        """The token is open and `size` is what it announced (checked before an upload's body is read)."""
        with self._lock:
            self._expire()
            announced = self._open.get(token)
            return announced is not None and announced.size == size

    def take(self, token: str) -> Announced | None:
        with self._lock:
            self._expire()
            return self._open.pop(token, None)

    def _expire(self) -> None:
        now = time.monotonic()
        for token in [t for t, a in self._open.items() if a.expires < now]:
            del self._open[token]
