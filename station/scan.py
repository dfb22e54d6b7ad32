"""One router decides what a scan is: the counter's scan field and `station scan` both use it.

Feature modules register a kind (tracking number, pickup code, delivery slip …) with a matcher and a
handler; the first kind (by priority) whose matcher accepts the text handles it.
"""
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from station.context import Ctx
from station.errors import InvalidInput

# Modules that register scan kinds when imported. Append yours.
HANDLER_MODULES: list[str] = [
    "station.parcels.scanning",
    "station.delivery.scanning",
]


@dataclass(frozen=True)
class ScanKind:
    name: str
    priority: int
    matches: Callable[[str], bool]
    handle: Callable[..., "ScanResult"]


@dataclass
class ScanResult:
    kind: str
    message: str
    data: dict[str, Any] = field(default_factory=dict)


_KINDS: dict[str, ScanKind] = {}


def register(kind: ScanKind) -> None:
    _KINDS[kind.name] = kind


def _load() -> list[ScanKind]:
    for module in HANDLER_MODULES:
        importlib.import_module(module)
    return sorted(_KINDS.values(), key=lambda k: k.priority)


def normalize(text: str) -> str:
    """Scanners add stray whitespace and control characters; hand typing adds lowercase."""
    return "".join(ch for ch in (text or "") if ch.isprintable()).strip()


def classify(text: str) -> str | None:
    text = normalize(text)
    return next((k.name for k in _load() if k.matches(text)), None)


def route(ctx: Ctx, text: str, **options: Any) -> ScanResult:
    text = normalize(text)
    if not text:
        raise InvalidInput("The scan was empty.", why="empty_scan")
    for kind in _load():
        if kind.matches(text):
            return kind.handle(ctx, text, **options)
    raise InvalidInput("Not recognised: {scanned} is not a tracking number, pickup code or delivery slip.",
                       why="unrecognised_scan",
                       scanned=text[:40])
