"""Parcel list benchmark on a 1,000,000-parcel demo station, beside raw sqlite3 on the same file.

    python bench/parcel_list.py --data DIR [--rounds 40]     (DIR: a `station demo --parcels 1000000` station)

Measures what staff wait for in the list (offscreen Qt, the real model, the real ops worker):
  open      first page after a filter change (status, village group, carrier, date range) until the rows
            are in the model
  scroll    each further page as the view scrolls (keyset pagination), 30 pages deep
  search    search-as-you-type: one debounced query per typed prefix (names, phone tails, codes, tracking)
  gui       time the GUI thread spends inserting a landed page into the model (what could stutter a frame)
and the same keyset page with plain sqlite3 (no join, no objects) as the floor.
"""
import argparse
import os
import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def line(label: str, values: list[float], floor: float | None = None) -> None:
    ratio = f"  x{pct(values, 0.5) / floor:6.1f} raw" if floor else ""
    print(f"{label:<28} n={len(values):4d}  p50 {pct(values, 0.5):8.2f} ms  p95 {pct(values, 0.95):8.2f} ms  "
          f"max {max(values):8.2f} ms{ratio}", flush=True)


class Timed:
    """Wraps the model so each landed page records its round trip and its GUI-thread insert time."""

    def __init__(self, model) -> None:
        self.model, self.gui, self.started = model, [], 0.0
        original = model._landed

        def landed(generation, page):
            start = time.perf_counter()
            original(generation, page)
            self.gui.append((time.perf_counter() - start) * 1000)

        model._landed = landed

    def run(self, action) -> float:
        """Time `action` until its page has landed, waiting in a real Qt event loop as the GUI does (a Python
        polling loop would hold the GIL against the worker and measure itself)."""
        from ui.qt import QtCore

        loop = QtCore.QEventLoop()
        done = lambda loading: loading or loop.quit()  # noqa: E731
        self.model.loading_changed.connect(done)
        QtCore.QTimer.singleShot(30_000, loop.quit)
        start = time.perf_counter()
        action()
        if self.model.loading:
            loop.exec()
        elapsed = (time.perf_counter() - start) * 1000
        self.model.loading_changed.disconnect(done)
        return elapsed


def raw_pages(db: Path, rounds: int) -> list[float]:
    conn = sqlite3.connect(str(db))
    times, after = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        if after is None:
            rows = conn.execute("SELECT gid, arrived_at FROM parcel ORDER BY arrived_at DESC, gid DESC LIMIT 200"
                                ).fetchall()
        else:
            rows = conn.execute("SELECT gid, arrived_at FROM parcel WHERE arrived_at <= ? AND (arrived_at < ? OR "
                                "gid < ?) ORDER BY arrived_at DESC, gid DESC LIMIT 200",
                                (after[1], after[1], after[0])).fetchall()
        times.append((time.perf_counter() - start) * 1000)
        after = rows[-1]
    return times


def prefixes(db: Path, rng: random.Random, n: int) -> list[str]:
    conn = sqlite3.connect(str(db))
    names = [r[0] for r in conn.execute("SELECT name FROM resident ORDER BY random() LIMIT ?", (n,))]
    tails = [r[0] for r in conn.execute("SELECT phone_tail FROM resident ORDER BY random() LIMIT ?", (n,))]
    codes = [r[0] for r in conn.execute("SELECT pickup_code FROM parcel WHERE status = 'waiting' LIMIT ?", (n,))]
    tracks = [r[0] for r in conn.execute("SELECT tracking_no FROM parcel WHERE rowid % 9973 = 0 LIMIT ?", (n,))]
    typed = []
    for name, tail, code, track in zip(names, tails, codes, tracks, strict=False):
        typed += [name[:k] for k in range(1, len(name) + 1)] + [tail] + [code[:k] for k in (3, 5, len(code))]
        typed += [track[:k] for k in (4, 8, len(track))]
    rng.shuffle(typed)
    return typed[:n * 4]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=40)
    args = ap.parse_args()
    from station.i18n import set_language
    from ui.app import open_session, prepare, qt_app
    from ui.parcels.parcel_list import ParcelListWidget

    app = qt_app(offscreen=True)
    session = open_session(args.data)
    set_language("zh_CN")
    prepare(app, session, False)
    widget = ParcelListWidget(session)
    widget.resize(1366, 700)
    widget.show()
    timed = Timed(widget.model)
    count = sqlite3.connect(str(args.data / "station.db")).execute("SELECT count(*) FROM parcel").fetchone()[0]
    print(f"parcel list on {count:,} parcels ({args.data})", flush=True)
    raw = raw_pages(args.data / "station.db", 30)
    line("raw sqlite3 keyset page", raw)
    floor = pct(raw, 0.5)
    opened = [timed.run(widget.start)]
    combos = [(widget.status, i) for i in range(widget.status.count())]
    combos += [(widget.carrier, i) for i in range(widget.carrier.count())]
    combos += [(widget.dates, i) for i in range(4)]
    rng = random.Random(3)
    for _ in range(args.rounds):
        combo, index = rng.choice([(c, i) for c, i in combos if c.currentIndex() != i])
        opened.append(timed.run(lambda c=combo, i=index: c.setCurrentIndex(i)))
    for combo in (widget.status, widget.carrier, widget.dates):
        combo.setCurrentIndex(0)
    groups = [timed.run(lambda i=i: widget.group.setCurrentIndex(i)) for i in range(1, widget.group.count())]
    widget.group.setCurrentIndex(0)
    scroll = [timed.run(widget.model.fetchMore) for _ in range(30)]
    max_rows = widget.model.rowCount()
    typed = prefixes(args.data / "station.db", random.Random(7), args.rounds)
    search = []
    for text in typed:
        widget.search.setText(text)
        search.append(timed.run(widget.apply_filter))
    line("open (filter change)", opened, floor)
    line("open (village group)", groups, floor)
    line("scroll (next page)", scroll, floor)
    line("search per keystroke", search, floor)
    line("gui thread per page", timed.gui)
    paint = []
    for _ in range(20):
        start = time.perf_counter()
        widget.table.viewport().repaint()
        paint.append((time.perf_counter() - start) * 1000)
    line("repaint of the table", paint)
    print(f"largest model while scrolling: {max_rows} rows of {count:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
