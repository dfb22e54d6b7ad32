"""Private keys at rest: never in the database file.

The station's (or office's) signing and encryption keys live in the platform's key store (Windows Credential
Manager, macOS Keychain, Secret Service) through `keyring` where one is usable, else in a key file readable by
the user only (`DATA/keys/private.key`, mode 0600). The database keeps the public keys and says which store
holds the private ones (`meta.key_store`), so a copied database file alone can sign neither bundles nor
slips. Moving a station to a new PC: `station keys export --out F --passphrase P` on the old one, copy the
backup and F, `station keys import F --passphrase P` on the new one (which also starts a new sync generation).

Env STATION_KEYSTORE=file|keyring chooses the store (tests and installers use `file`).
"""
import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from db.models import Meta, StationRecord, database
from station.errors import Refused

SERVICE = "VillageStation"
STORE_KEY = "key_store"  # "file" or "keyring:<entry>"
KEY_FILE = Path("keys") / "private.key"
_cache: dict[str, "PrivateKeys"] = {}
_opened: list[Path] = []  # the data directory opened last (an office on PostgreSQL has no database file)


@dataclass(frozen=True)
class PrivateKeys:
    sign: bytes
    box: bytes


def data_dir() -> Path:
    return _opened[-1] if _opened else Path(database.database).parent


def use_folder(folder: Path) -> None:
    """The data directory whose key file belongs to the database just opened."""
    _opened[:] = [Path(folder)]


def _keyring():
    """The platform key store, or None where there is none usable (no backend, or STATION_KEYSTORE=file)."""
    if os.environ.get("STATION_KEYSTORE", "") == "file":
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return keyring
    except Exception:  # noqa: BLE001 — a broken key store backend means: use the key file
        return None


def _encode(keys: PrivateKeys, code: str) -> str:
    return json.dumps({"code": code, "sign": base64.b64encode(keys.sign).decode(),
                       "box": base64.b64encode(keys.box).decode()})


def _decode(text: str) -> PrivateKeys:
    item = json.loads(text)
    return PrivateKeys(base64.b64decode(item["sign"]), base64.b64decode(item["box"]))


def save(keys: PrivateKeys, code: str, folder: Path | None = None) -> str:
    """Put the keys in the key store (or key file); returns where, as kept in meta.key_store."""
    folder = folder or data_dir()
    use_folder(folder)
    ring = _keyring()
    if ring is not None:
        entry = f"{code}/{os.urandom(6).hex()}"
        ring.set_password(SERVICE, entry, _encode(keys, code))
        where = f"keyring:{entry}"
    else:
        _write_key_file(folder / KEY_FILE, _encode(keys, code))
        where = "file"
    Meta.replace(key=STORE_KEY, value=where).execute()
    _cache[str(folder)] = keys
    return where


def _write_key_file(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def where() -> str:
    row = Meta.get_or_none(Meta.key == STORE_KEY)
    return row.value if row else ""


def describe(folder: Path | None = None) -> str:
    """Where the private keys are, for people: the key file's path, or the system key store."""
    place = where()
    if place.startswith("keyring:"):
        return "keyring"
    return str((folder or data_dir()) / KEY_FILE) if place == "file" else ""


def private_keys() -> PrivateKeys:
    """This data directory's private keys; refuses (one clear line) when they are not on this PC."""
    folder = str(data_dir())
    if folder in _cache:
        return _cache[folder]
    keys = _load(where(), Path(folder))
    if keys is None:
        raise Refused("This station's private keys are not on this PC (they are never in the database file). "
                      "Import them with: station keys import FILE --passphrase PASSPHRASE", why="keys_missing")
    _cache[folder] = keys
    return keys


def _load(place: str, folder: Path) -> PrivateKeys | None:
    try:
        if place.startswith("keyring:"):
            ring = _keyring()
            text = ring.get_password(SERVICE, place.split(":", 1)[1]) if ring else None
        elif place == "file":
            text = (folder / KEY_FILE).read_text("utf-8")
        else:
            return None
        return _decode(text) if text else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def forget_cache() -> None:
    _cache.clear()


def move_out_of_database(folder: Path) -> None:
    """A database made before keys left it: move its private keys to the store and blank them in the file
    (secure_delete, so the old bytes do not linger in free pages)."""
    record = StationRecord.select(StationRecord.code, StationRecord.sign_private, StationRecord.box_private).first()
    if record is None or not bytes(record.sign_private or b""):
        return
    sqlite = isinstance(database.obj, SqliteDatabase)
    if sqlite:
        database.execute_sql("PRAGMA secure_delete = ON")
    with database.atomic("IMMEDIATE"):
        save(PrivateKeys(bytes(record.sign_private), bytes(record.box_private)), record.code, folder)
        StationRecord.update(sign_private=b"", box_private=b"").where(StationRecord.code == record.code).execute()
    if sqlite:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def signing_key() -> bytes:
    return private_keys().sign


def box_key() -> bytes:
    return private_keys().box
