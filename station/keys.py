"""Key pairs a station or office holds: Ed25519 to sign, X25519 to receive encrypted bundles.

All primitives come from `cryptography`; nothing here is home-made.
"""
import base64
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class KeyPairs:
    sign_private: bytes
    sign_public: bytes
    box_private: bytes
    box_public: bytes


def new_key_pairs() -> KeyPairs:
    # Imported here: opening a station only reads its keys, and `cryptography` costs ~10 ms at GUI start.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

    _RAW = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    return KeyPairs(sign.private_bytes(*_RAW), sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
                    box.private_bytes(*_RAW), box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """Short, readable key fingerprint staff can compare over the phone."""
    digest = hashlib.sha256(sign_public + box_public).hexdigest()[:20].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 20, 4))
