"""Moving a station (or office) to a new PC: its private keys, exported under a passphrase and imported again.

The export file holds both private keys as encrypted PKCS#8 (`cryptography`'s best available encryption,
keyed from the passphrase), with the station's code and key fingerprint in clear so the wrong file is
refused before the passphrase is tried. Importing checks that the keys belong to this database's public keys,
stores them in this PC's key store and starts a new sync generation: the office then follows the new PC's
history, whatever the old PC sent after the copy was made.
"""
import json
from pathlib import Path

from station import audit, keystore
from station.audit_actions import KEYS_IMPORT
from station.context import Ctx
from station.errors import InvalidInput, Refused
from station.files import write_atomically
from station.identity import this_station
from station.keys import fingerprint
from station.permissions import Perm
from station.service import service

FORMAT = "village-station-keys/1"
MIN_PASSPHRASE = 8


def _check_passphrase(passphrase: str) -> bytes:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise InvalidInput("The passphrase needs at least {n} characters.", why="weak_passphrase", n=MIN_PASSPHRASE)
    return passphrase.encode("utf-8")


@service(Perm.BACKUP, write=False)
def export_keys(ctx: Ctx, out: Path, passphrase: str) -> dict:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding, PrivateFormat

    secret = _check_passphrase(passphrase)
    keys, record = keystore.private_keys(), this_station()
    pem = {name: key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(secret)).decode()
           for name, key in (("sign", Ed25519PrivateKey.from_private_bytes(keys.sign)),
                             ("box", X25519PrivateKey.from_private_bytes(keys.box)))}
    fp = fingerprint(bytes(record.sign_public), bytes(record.box_public))
    document = {"format": FORMAT, "code": record.code, "kind": record.kind, "fingerprint": fp, **pem}
    write_atomically(Path(out), json.dumps(document, indent=2).encode("utf-8"))
    return {"out": str(out), "code": record.code, "fingerprint": fp}


def _read(path: Path) -> dict:
    try:
        document = json.loads(Path(path).read_text("utf-8"))
        ok = isinstance(document, dict) and document.get("format") == FORMAT
    except (ValueError, UnicodeDecodeError):
        ok = False
    if not ok:
        raise InvalidInput("{file} is not a Village Station key export.", why="not_keys", file=str(path))
    return document


def _decrypt(document: dict, secret: bytes) -> keystore.PrivateKeys:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, load_pem_private_key

    raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    try:
        sign, box = (load_pem_private_key(str(document[n]).encode(), secret) for n in ("sign", "box"))
        return keystore.PrivateKeys(sign.private_bytes(*raw), box.private_bytes(*raw))
    except (ValueError, TypeError, KeyError):
        raise Refused("The passphrase is wrong or the key file is damaged; nothing was changed.",
                      why="bad_passphrase") from None


@service(Perm.BACKUP)
def import_keys(ctx: Ctx, path: Path, passphrase: str) -> dict:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    document, record = _read(path), this_station()
    if document.get("code") != record.code:
        raise Refused("These are the keys of {theirs}, not of this station {ours}; nothing was changed.",
                      why="other_station", theirs=str(document.get("code")), ours=record.code)
    keys = _decrypt(document, _check_passphrase(passphrase))
    raw = (Encoding.Raw, PublicFormat.Raw)
    publics = (Ed25519PrivateKey.from_private_bytes(keys.sign).public_key().public_bytes(*raw),
               X25519PrivateKey.from_private_bytes(keys.box).public_key().public_bytes(*raw))
    if publics != (bytes(record.sign_public), bytes(record.box_public)):
        raise Refused("These keys do not match this station's public keys; nothing was changed.", why="keys_differ")
    where = keystore.save(keys, record.code, ctx.data_dir)
    from station.sync.anchor import start_generation

    generation = start_generation() if record.kind == "station" else ""
    audit.record(ctx, KEYS_IMPORT, "station", record.code, None, {"store": where.split(":")[0],
                                                                   "generation": generation})
    return {"code": record.code, "store": keystore.describe(ctx.data_dir), "generation": generation}
