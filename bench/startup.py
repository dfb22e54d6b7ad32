"""Startup benchmark: process start → main window first exposed, on a 1,000,000-parcel demo station,
beside a bare PySide6 window that opens the same database (bench/bare_window.py), in one run.

    python bench/startup.py [--parcels 1000000] [--runs 5] [--clean]

The demo database is built once into /tmp (and reused; --clean deletes it) with `station demo`; then app
and bare runs alternate. Each child prints `shown <unix time>`; the time counts from just before
Popen. Peak memory is the child's own max RSS from wait4. Targets: app ≤ 2.0× bare, ≤ 150 MB.
"""
import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RATIO_TARGET = 2.0
RSS_TARGET_MB = 150


def build_demo(parcels: int, residents: int) -> Path:
    data = Path(tempfile.gettempdir()) / f"station-bench-startup-{parcels}-{residents}"
    db_file = data / "station.db"
    if db_file.exists() and _parcel_count(db_file) == parcels:
        print(f"reusing {data} ({parcels} parcels)")
        return data
    shutil.rmtree(data, ignore_errors=True)
    command = [sys.executable, "-m", "station", "demo", "--data", str(data), "--parcels", str(parcels),
               "--residents", str(residents), "--lang", "en"]
    print("building:", " ".join(command[1:]), flush=True)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, env=_env(), stderr=subprocess.DEVNULL)
    print(f"built {parcels} parcels in {time.perf_counter() - started:.1f} s "
          f"({db_file.stat().st_size / 1e6:.0f} MB)", flush=True)
    return data


def _parcel_count(db_file: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM parcel").fetchone()[0]
    except sqlite3.Error:
        return -1


def _env() -> dict:
    # Signed in as the demo station's admin, so the window shows (and loads) what staff see after sign-in.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATION_BENCH_SHOWN": "1", "STATION_USER": "zhanzhang",
           "STATION_PIN": "1234"}
    # An installed app starts from compiled bytecode (pip and dpkg write the .pyc files); a shell with
    # PYTHONDONTWRITEBYTECODE would make every run compile our ~150 modules again and time the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def measure(command: list[str]) -> tuple[float, float]:
    """(seconds from just before Popen to the child's `shown` stamp, the child's peak RSS in MB)."""
    started = time.time()
    proc = subprocess.Popen(command, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    shown = None
    for line in proc.stdout:
        if line.startswith("shown "):
            shown = float(line.split()[1])
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if shown is None or proc.returncode != 0:
        raise SystemExit(f"no `shown` line (exit {proc.returncode}) from: {' '.join(command)}")
    return shown - started, usage.ru_maxrss / 1024


def import_profile(command: list[str]) -> dict[str, float]:
    """Milliseconds of import time (self) per top-level package, from one run under -X importtime."""
    proc = subprocess.run([command[0], "-X", "importtime", *command[1:]], cwd=ROOT, env=_env(), text=True,
                          capture_output=True)
    totals: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            self_us, _cumulative, name = line.removeprefix("import time:").split("|")
            package = name.strip().split(".")[0]
            totals[package] = totals.get(package, 0.0) + int(self_us) / 1000
    return totals


def report_imports(app: list[str], bare: list[str], top: int = 10) -> None:
    """What the app imports beyond the bare window: where to look when startup grows."""
    extra = import_profile(app)
    for package in import_profile(bare):
        extra.pop(package, None)
    print(f"\nimports the bare window does not need (self time under -X importtime, top {top}):")
    for package, ms in sorted(extra.items(), key=lambda item: -item[1])[:top]:
        print(f"  {package:28}{ms:8.1f} ms")
    print(f"  {'all of them':28}{sum(extra.values()):8.1f} ms")


def report_pages(data: Path) -> None:
    """Per page: import, construction and first refresh on this database (bench/page_costs.py)."""
    print("\nwhat each page costs (the main window builds the first page at start, the others on first use):")
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "page_costs.py"), str(data)], cwd=ROOT,
                          env=_env(), text=True, capture_output=True)
    print(proc.stdout.rstrip() if proc.returncode == 0 else f"page_costs failed: {proc.stderr.strip()[-400:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=1_000_000)
    parser.add_argument("--residents", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clean", action="store_true", help="delete the cached demo database afterwards")
    args = parser.parse_args()
    _check_same_pragmas()
    data = build_demo(args.parcels, args.residents)
    app = [sys.executable, "-m", "station", "gui", "--data", str(data)]
    bare = [sys.executable, str(ROOT / "bench" / "bare_window.py"), str(data / "station.db")]
    measure(app), measure(bare)  # warm the page cache and Python's bytecode caches; not counted
    results: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for _ in range(args.runs):
        results["app"].append(measure(app))
        results["bare"].append(measure(bare))
    report(results, args.parcels)
    report_imports(app, bare)
    report_pages(data)
    if args.clean:
        shutil.rmtree(data, ignore_errors=True)
    return 0


def report(results: dict[str, list[tuple[float, float]]], parcels: int) -> None:
    print(f"\nstartup to first expose, {parcels} parcels, {len(results['app'])} interleaved runs each")
    print(f"{'':6}{'median ms':>11}{'min ms':>9}{'peak RSS MB':>13}")
    figures = {}
    for name, runs in results.items():
        times = [t * 1000 for t, _ in runs]
        rss = max(r for _, r in runs)
        figures[name] = statistics.median(times)
        print(f"{name:6}{statistics.median(times):11.0f}{min(times):9.0f}{rss:13.0f}")
    ratio = figures["app"] / figures["bare"]
    app_rss = max(r for _, r in results["app"])
    verdict = "ok" if ratio <= RATIO_TARGET else "OVER"
    print(f"ratio app/bare (median): {ratio:.2f}×  (target ≤ {RATIO_TARGET}×: {verdict})")
    print(f"app peak RSS: {app_rss:.0f} MB  (target ≤ {RSS_TARGET_MB} MB: "
          f"{'ok' if app_rss <= RSS_TARGET_MB else 'OVER'})")


def _check_same_pragmas() -> None:
    from bench.bare_window import PRAGMAS as BARE
    from db.connection import PRAGMAS as APP

    if BARE != APP:
        raise SystemExit(f"bench/bare_window.py pragmas {BARE} differ from the app's {APP}")


if __name__ == "__main__":
    raise SystemExit(main())
