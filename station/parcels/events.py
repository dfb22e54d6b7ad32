"""What the counter tells other areas: a parcel was stored, handed out (or the handout undone), delivered.

Listeners (assisted orders today) register themselves; their modules are listed in LISTENER_MODULES so the
counter never imports them, and each listener runs inside the counter's own transaction, so the counter's
change and what follows from it land together or not at all.
"""
import importlib
from collections.abc import Callable

from station.context import Ctx

LISTENER_MODULES: list[str] = ["station.orders.counter_hooks"]
STORED, COLLECTED, UNCOLLECTED = "stored", "collected", "uncollected"

Listener = Callable[..., object]
_LISTENERS: dict[str, list[Listener]] = {}
_loaded = False


def listen(event: str, listener: Listener) -> None:
    _LISTENERS.setdefault(event, []).append(listener)


def emit(ctx: Ctx, event: str, **facts) -> list:
    """Call every listener of `event`; returns what they returned (None left out)."""
    global _loaded
    if not _loaded:
        for module in LISTENER_MODULES:
            importlib.import_module(module)
        _loaded = True
    answers = [listener(ctx, **facts) for listener in _LISTENERS.get(event, [])]
    return [a for a in answers if a is not None]
