"""A station bundle's records read for the office without a table: verified, decrypted, split, checked and measured.

This is the part of an import that a second process can do for the files ahead (station.sync.prefetch, through
prepare()); station.sync.office_import checks the bundle against what the office holds and writes.
"""
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from station.office.figures import Block, measure_block
from station.sync import hooks
from station.sync.container import OpenedBundle, file_sha256, line_blocks, open_bundle, plaintext, verify
from station.sync.errors import BundleRefused

_ENTITY = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
BLOCK_ROWS = 20_000  # rows applied at once: memory stays small (a row is a few hundred bytes)


def record_blocks(bundle: OpenedBundle, station: str, box_private: bytes, counts: Counter):
    """Lists of (station, entity, gid, version, deleted, body) rows, one list per decrypted chunk.

    Whole chunks are split and checked at once (this is the import's hot loop); a malformed line refuses
    the bundle."""
    known: set[str] = set()
    for block in line_blocks(plaintext(bundle, box_private), bundle.name):
        try:
            parts = [line.split("\t", 4) for line in block]
            rows = [(station, e, g, int(v), False, b) if op == "u" else (station, e, g, int(v), True, None)
                    for e, g, v, op, b in parts]
        except ValueError:
            raise BundleRefused("tampered", file=bundle.name) from None
        entities = Counter(p[0] for p in parts)
        if not {p[3] for p in parts} <= {"u", "d"} or any(not _ENTITY.match(e) for e in entities.keys() - known):
            raise BundleRefused("tampered", file=bundle.name)
        known |= entities.keys()
        counts.update(entities)
        yield rows


def _bigger(blocks):
    """Decrypted chunks (a few hundred rows each) joined into blocks of about BLOCK_ROWS rows: fewer, larger
    upserts (on PostgreSQL each is a round trip)."""
    held: list[tuple] = []
    for rows in blocks:
        held += rows
        if len(held) >= BLOCK_ROWS:
            yield held
            held = []
    if held:
        yield held


class Part(NamedTuple):
    """A block of a bundle's records, ready to write: split and measured (no table read), its audit lines and the
    rows the areas take (hooks.OFFICE_ENTITIES) set apart."""

    block: Block
    audit: list[tuple[int, str]]
    hooked: dict[str, list[tuple]]


class Prepared(NamedTuple):
    """A whole bundle's Parts, made ahead (station.sync.prefetch) from the file whose SHA-256 is `sha256`."""

    sha256: str
    counts: Counter
    parts: list[Part]


def record_parts(bundle: OpenedBundle, station: str, box_private: bytes, counts: Counter) -> Iterator[Part]:
    """The bundle's records as Parts, decrypted and measured a block at a time (memory stays small)."""
    for rows in _bigger(record_blocks(bundle, station, box_private, counts)):
        audit_lines = [(r[3], r[5]) for r in rows if r[1] == "audit" and r[5] is not None]
        hooked = {entity: [r for r in rows if r[1] == entity] for entity in hooks.OFFICE_ENTITIES}
        kept = [r for r in rows if r[1] != "audit" and r[1] not in hooks.OFFICE_ENTITIES]
        yield Part(measure_block(station, kept), audit_lines, hooked)


PREPARE_LIMIT = 256 << 20  # bytes: a bigger file streams through this process a block at a time instead


def prepare(path: Path, keys: dict[str, bytes], box_private: bytes) -> Prepared | None:
    """Everything of a file's import that needs no table, for another process to do: verified (nothing unsigned is
    decrypted), decrypted, split and measured. None for anything but a good bundle of an enrolled station, whose
    import then finds and says what is wrong."""
    try:
        if path.stat().st_size > PREPARE_LIMIT:
            return None
        sha = file_sha256(path)
        bundle = open_bundle(path)
        code = bundle.get("from")
        if code not in keys or bundle.get("kind") != "station":
            return None
        verify(bundle, keys[code])
        counts: Counter = Counter()
        parts = list(record_parts(bundle, code, box_private, counts))
        return Prepared(sha, counts, parts) if file_sha256(path) == sha else None
    except (BundleRefused, OSError):
        return None
