"""What a slip's QR code carries: `VS1.<slip id>.<tag>` and nothing personal.

The tag is a truncated HMAC-SHA256 over the prefix and slip id, keyed with a key derived (HKDF-SHA256)
from the station's signing private key, so only this station can make a valid slip and any changed
character is caught. Both primitives come from the standard library / `cryptography`.
"""
import base64
import hashlib
import hmac
import re
from functools import lru_cache

from station.errors import Refused
from station.keystore import signing_key

PREFIX = "VS1."
TAG_BYTES = 10  # 80 bits: forging one needs ~2^80 tries at the counter
_PAYLOAD = re.compile(r"^VS1\.([0-9A-HJKMNP-TV-Z]{26})\.([A-Z2-7]{16})$")


@lru_cache(maxsize=4)
def _derive(sign_private: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes  # on first slip, not at GUI start
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"village-station/delivery-slip-tag/v1").derive(sign_private)


def slip_key() -> bytes:
    return _derive(signing_key())


def tag_for(key: bytes, slip_id: str) -> str:
    digest = hmac.new(key, (PREFIX + slip_id).encode("ascii"), hashlib.sha256).digest()[:TAG_BYTES]
    return base64.b32encode(digest).decode("ascii")


def make_payload(key: bytes, slip_id: str) -> str:
    return f"{PREFIX}{slip_id}.{tag_for(key, slip_id)}"


def looks_like_slip(text: str) -> bool:
    return text[:4].upper() == PREFIX


def verify_payload(key: bytes, text: str) -> str:
    """The slip id of an authentic payload; Refused for anything forged, altered or malformed."""
    match = _PAYLOAD.match(text.strip().upper())
    if match is None:
        raise Refused("This delivery slip code is damaged or not from this station; nothing was recorded.",
                      why="slip_not_genuine")
    slip_id, tag = match.groups()
    if not hmac.compare_digest(tag, tag_for(key, slip_id)):
        raise Refused("This delivery slip code is damaged or not from this station; nothing was recorded.",
                      why="slip_not_genuine")
    return slip_id
