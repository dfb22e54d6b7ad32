"""Work on the next few items in a second process while this one writes the current one.

An office imports a folder of bundles one at a time, and each bundle is two kinds of work: decrypting, splitting
and measuring its records (Python, no table) and writing them (mostly SQLite or PostgreSQL). On one core those
add up; here the second process does the first kind for the files ahead while this one writes, and this one takes
a prepared result, or does the work itself when the result is not there.

Items are taken in order from a shared counter. This process claims the item it has reached if the helper has not
(so the helper's start-up, a fraction of a second, costs no waiting), and the helper stays at most `ahead` items
in front (memory stays bounded). The helper only ever returns a result or None: anything that goes wrong there
(a bad file, a crash) means this process does that item itself and says what is wrong the usual way.
"""
import multiprocessing
import queue
import sys
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager

POLL_S = 0.002  # the helper's wait for this process to move on, when it is `ahead` items in front
GONE_S = 0.5  # how often a wait for a result checks that the helper is still alive


def _work(fn: Callable, items: list, claim, position, ahead: int, results) -> None:
    """The helper's loop: claim the next item within reach, prepare it, send (index, result or None)."""
    while True:
        with claim.get_lock():
            index = claim.value
            if index >= len(items):
                return
            within = index < position.value + ahead
            if within:
                claim.value = index + 1
        if not within:
            time.sleep(POLL_S)
            continue
        try:
            found = fn(items[index])
        except Exception:  # noqa: BLE001 — any failure: this process does the item itself
            found = None
        results.put((index, found))


@contextmanager
def _no_main_module() -> Iterator[None]:
    """Start the helper without the program's main module: spawn would run that file again in the helper, and a
    script without the `if __name__ == "__main__"` guard would start its whole work over there. The helper needs
    only this module and `fn`'s. (A frozen program passes through multiprocessing.freeze_support() instead.)"""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class Ahead:
    def __init__(self, fn: Callable, items: list, ahead: int) -> None:
        context = multiprocessing.get_context("spawn")  # safe beside threads (the GUI's), and as on Windows
        self._count = len(items)
        self._claim = context.Value("q", 0)
        self._position = context.Value("q", 0)
        self._results = context.Queue()
        self._process = context.Process(target=_work, daemon=True, name="prefetch",
                                        args=(fn, items, self._claim, self._position, ahead, self._results))
        with _no_main_module():
            self._process.start()
        self._gone = False

    def take(self, index: int):
        """The helper's result for item `index`, or None: then do it here (the helper never will)."""
        with self._claim.get_lock():
            self._position.value = index
            if self._claim.value <= index:
                self._claim.value = index + 1
                return None
        return self._wait(index)

    def _wait(self, index: int):
        """The helper claims and sends in order, and every claim before `index` was taken: its next is `index`."""
        while not self._gone:
            try:
                found, value = self._results.get(timeout=GONE_S)
            except queue.Empty:
                self._gone = not self._process.is_alive()
                continue
            if found == index:
                return value
        return None

    def close(self) -> None:
        with self._claim.get_lock():
            self._claim.value = self._count  # nothing more is claimed
        self._process.terminate()  # it holds nothing but what it reads
        self._process.join()
        self._results.close()
        self._results.join_thread()


@contextmanager
def ahead(fn: Callable, items: list, at_least: int = 4, ahead: int = 2) -> Iterator[Callable[[int], object]]:
    """`take(index)` for items 0, 1, 2 … in order: `fn(items[index])` done by the helper, or None. With fewer than
    `at_least` items no helper is started (its start-up would cost more than it saves) and take() is always None.
    `fn` and the items are sent to the helper, so they must be picklable (a module-level function)."""
    if len(items) < at_least:
        yield lambda index: None
        return
    helper = Ahead(fn, items, ahead)
    try:
        yield helper.take
    finally:
        helper.close()
