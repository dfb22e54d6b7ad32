"""Scan kinds of the counter: pickup codes and phone numbers, names or pinyin initials (handout),
tracking numbers (intake).

A tracking number without a resident returns `needs_resident` so the counter can ask; the CLI turns
that into a clear error asking for --phone or --name. With a receiver given, a handout lookup that
finds exactly one resident hands their waiting parcels out at once (the CLI's `--receiver`).
"""
import re

from station.context import Ctx
from station.errors import InvalidInput
from station.i18n import ntr, tr
from station.parcels.carriers import looks_like_tracking
from station.parcels.handout import hand_out, is_pickup_code, waiting_for
from station.parcels.intake import STORED, intake
from station.scan import ScanKind, ScanResult, register

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{1,10}$")
_INITIALS = re.compile(r"^[A-Za-z]{2,6}$")  # pinyin initials of a name: "wxy" for 王秀英


def _handle_intake(ctx: Ctx, text: str, phone: str | None = None, name: str | None = None,
                   resident_gid: str | None = None, **_ignored) -> ScanResult:
    result = intake(ctx, text, phone=phone, name=name, resident_gid=resident_gid)
    if result.outcome == STORED:
        p = result.parcel
        message = tr("Scan", "{name}: shelf {shelf}, code {code}").format(name=p.resident_name, shelf=p.shelf,
                                                                          code=p.pickup_code)
    else:
        message = tr("Scan", "{carrier} {tracking}: who is it for?").format(carrier=result.carrier_name,
                                                                            tracking=result.tracking)
    return ScanResult("tracking", message, {"intake": result})


def _handle_lookup(ctx: Ctx, text: str, receiver: str | None = None, relation: str | None = None,
                   **_ignored) -> ScanResult:
    lookup = waiting_for(ctx, text)
    if receiver is not None:
        if len(lookup.matches) != 1:
            raise InvalidInput("{n} residents match {query}; scan their pickup code instead.", why="ambiguous_resident",
                               n=len(lookup.matches), query=text)
        parcels = [p.gid for p in lookup.matches[0].parcels]
        done = hand_out(ctx, parcels, receiver, relation or "本人")
        message = ntr("Scan", "Handed out 1 parcel to {receiver}.", "Handed out {count} parcels to {receiver}.",
                      len(done.parcels), receiver=done.receiver_name)
        return ScanResult("handout", message, {"handout": done})
    count = sum(len(m.parcels) for m in lookup.matches)
    message = ntr("Scan", "1 waiting parcel for {query}", "{count} waiting parcels for {query}", count, query=text)
    return ScanResult("lookup", message, {"lookup": lookup})


def _is_phone(text: str) -> bool:
    return bool(_MOBILE.match(text)) or (text.isdigit() and len(text) == 4)


register(ScanKind("pickup_code", 10, is_pickup_code, _handle_lookup))
register(ScanKind("resident_phone", 40, _is_phone, _handle_lookup))
register(ScanKind("tracking", 50, lambda text: not text.startswith("VS1.") and looks_like_tracking(text),
                  _handle_intake))
register(ScanKind("resident_name", 90, lambda text: bool(_NAME.match(text)), _handle_lookup))
register(ScanKind("resident_initials", 95, lambda text: bool(_INITIALS.match(text)), _handle_lookup))
