"""The Qt shim keeps the interpreter alive under PySide6 6.12.0's reference leak on Python < 3.12."""
import sys

from ui.qt import MENDED, QObject, Signal


class _Pinger(QObject):
    ping = Signal(object)


def test_many_void_calls_and_signals_do_not_abort_the_interpreter(qapp):
    pinger, seen = _Pinger(), []
    pinger.ping.connect(seen.append)
    for i in range(200_000):  # before the fix, a few thousand of these aborted the process
        pinger.setObjectName("p")
        pinger.ping.emit(i)
    assert len(seen) == 200_000
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
    if sys.version_info >= (3, 12):
        assert MENDED == []
