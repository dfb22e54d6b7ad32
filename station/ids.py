"""Global, time-sortable ids (ULID layout) for every record that syncs.

A 48-bit millisecond timestamp then 80 random bits, in Crockford base32: ids sort by creation time
and two stations never collide, so the office can store rows from many stations side by side.
"""
import os
import time

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_last = [0]  # the last id this process made: ids made within one millisecond still sort in the order made


def new_gid(at_ms: int | None = None) -> str:
    ms = time.time_ns() // 1_000_000 if at_ms is None else at_ms
    value = (ms << 80) | int.from_bytes(os.urandom(10), "big")
    if at_ms is None and value >> 80 == _last[0] >> 80 and value <= _last[0]:
        value = _last[0] + 1  # ULID's monotonic rule: same millisecond, next number
    if at_ms is None:
        _last[0] = value
    return _encode(value)


def _encode(value: int) -> str:
    chars = []
    for _ in range(26):
        chars.append(_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def gid_time_ms(gid: str) -> int:
    value = 0
    for ch in gid[:10]:
        value = value * 32 + _ALPHABET.index(ch)
    return value  # the first 10 characters are the 48-bit millisecond timestamp (2 leading zero bits)
