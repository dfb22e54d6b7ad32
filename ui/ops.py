"""Every piece of database and file work the GUI does runs here, off the GUI thread.

Modelled on Anki's CollectionOp: `Op(fn).success(cb).failure(cb).run()`. One worker thread runs the
ops in order (so all SQLite writes go through one place); callbacks come back on the GUI thread.
Long work takes a `Progress` to report and to notice a cancel.
"""
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from station.errors import StationError, describe_os_error
from station.i18n import tr
from ui import messages
from ui.qt import QObject, QtCore, QtWidgets, Signal, is_alive

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user cancelled a long operation; nothing half-done was kept."""


class Progress:
    def __init__(self, op: "Op") -> None:
        self._op = op
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> None:
        _bridge().progressed.emit(self._op, done, total, text)
        if self.cancelled:
            raise Cancelled()


class _Bridge(QObject):
    """The one QObject the worker emits through; it lives on the GUI thread.

    Ops themselves are plain Python objects: the worker may drop the last reference to one, and a
    QObject destroyed on the worker thread deadlocks PySide (its destructor disconnects signals under
    Qt's connection lock and then waits for the GIL the GUI thread holds while connecting)."""

    finished = Signal(object, object, object)  # op, result, error
    progressed = Signal(object, int, int, str)  # op, done, total, text


_bridges: list[_Bridge] = []


def _bridge() -> _Bridge:
    if not _bridges:
        bridge = _Bridge()
        bridge.finished.connect(lambda op, result, error: op._finish(result, error))
        bridge.progressed.connect(lambda op, done, total, text: op._progressed(done, total, text))
        _bridges.append(bridge)
    return _bridges[0]


_live: set["Op"] = set()  # ops in flight, kept alive until their callback has run


class Op:
    def __init__(self, fn: Callable[..., Any], *, parent: QtWidgets.QWidget | None = None,
                 progress_label: str = "") -> None:
        self._fn = fn
        self._parent = parent
        self._progress_label = progress_label
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._dialog: QtWidgets.QProgressDialog | None = None

    def success(self, cb: Callable[[Any], None]) -> "Op":
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> "Op":
        self._on_failure = cb
        return self

    def run(self) -> "Op":
        _bridge()  # made on the GUI thread, before the worker needs it
        _live.add(self)
        progress = Progress(self) if self._progress_label else None
        if progress is not None:
            self._show_progress(progress)
        _worker().submit(self, progress)
        return self

    def _call(self, progress: Progress | None) -> Any:
        return self._fn(progress) if progress is not None else self._fn()

    def _show_progress(self, progress: Progress) -> None:
        dialog = QtWidgets.QProgressDialog(self._progress_label, tr("Ops", "Cancel"), 0, 0, self._parent)
        dialog.setMinimumDuration(400)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.canceled.connect(lambda: setattr(progress, "cancelled", True))
        self._dialog = dialog

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        _live.discard(self)
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
        parent, on_success, on_failure = self._parent, self._on_success, self._on_failure
        # Drop every Qt reference here, on the GUI thread, before the worker lets go of this op.
        self._parent = self._dialog = self._on_success = self._on_failure = None
        if parent is not None and not is_alive(parent):
            if error is not None:
                show_error(error)
            return  # the widget that asked is gone (e.g. pages rebuilt for a new language): nothing to update
        if error is None:
            if on_success:
                on_success(result)
        elif on_failure:
            on_failure(error)
        else:
            show_error(error)


def show_error(error: BaseException) -> None:
    """One clear message, chosen by the exception's type (never by matching its text)."""
    if isinstance(error, StationError):
        messages.bridge().error(error.message())
    elif isinstance(error, OSError):
        messages.bridge().error(describe_os_error(error))
    elif isinstance(error, Cancelled):
        messages.bridge().info(tr("Ops", "Cancelled; nothing was changed."))
    else:
        log.error("unexpected error in operation", exc_info=error)
        messages.bridge().error(tr("Ops", "Something went wrong: {error}").format(error=error))


class _Worker:
    """One daemon thread taking ops from a queue, in order."""

    def __init__(self) -> None:
        self._queue: queue.Queue = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self._pending = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._loop, name="station-db", daemon=True).start()

    def submit(self, op: Op, progress: Progress | None) -> None:
        with self._lock:
            self._pending += 1
            self._idle.clear()
        self._queue.put((op, progress))

    def _loop(self) -> None:
        while True:
            op, progress = self._queue.get()
            result, error = None, None
            try:
                result = op._call(progress)
            except BaseException as exc:  # reported to the GUI thread, never lost
                error = exc
            try:
                _bridge().finished.emit(op, result, error)
            except RuntimeError:  # the application is shutting down and took the bridge with it
                pass
            del op, progress, result, error
            with self._lock:
                self._pending -= 1
                if self._pending == 0:
                    self._idle.set()

    def busy(self) -> bool:
        return not self._idle.is_set()


_workers: list[_Worker] = []


def _worker() -> _Worker:
    if not _workers:
        _workers.append(_Worker())
    return _workers[0]


def wait_idle(timeout_s: float = 30.0) -> None:
    """Process events until every op has finished and its callback has run (tests, screenshots).

    Waits on the ops still in flight (`_live`, left only when the callback starts), not merely on an
    idle worker: a finished op's result may still be on its way to the GUI thread, and a callback may
    start a new op."""
    deadline = QtCore.QDeadlineTimer(int(timeout_s * 1000))
    app = QtCore.QCoreApplication.instance()
    while not deadline.hasExpired():
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not _live and not _worker().busy():
            app.processEvents()
            if not _live and not _worker().busy():
                return
    raise TimeoutError("operations still running")
