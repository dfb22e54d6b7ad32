"""The Qt binding in use does not leak references to None/True (PySide6 6.12.0 on Python 3.11 did,
and the interpreter aborted after a few thousand calls)."""
import sys

from ui.qt import QObject, Signal


class _Pinger(QObject):
    ping = Signal(object)


def test_many_void_calls_and_signals_keep_singleton_counts(qapp):
    pinger, seen = _Pinger(), []
    pinger.ping.connect(seen.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(20_000):
        pinger.setObjectName("p")
        pinger.ping.emit(i)
    assert len(seen) == 20_000
    assert sys.getrefcount(None) >= none_before - 100
    assert sys.getrefcount(True) >= true_before - 100
