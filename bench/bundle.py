"""Bundle benchmark: the one-folder bundle's size against its target, and start → main window first exposed
from the bundle beside the same from the venv, interleaved in one run, on the same demo station.

    python bench/bundle.py [--bundle dist/station] [--parcels 100000] [--runs 5]

Build the bundle first (installer/build). The demo database is made once into /tmp by the venv's
`station demo` (bench/startup.py's build_demo, reused across runs). The bundle runs as on a counter PC:
no Python on PATH, no PYTHONPATH. Targets (issue 14): size ≤ 150 MB; bundle/venv start ≤ 1.1×.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "installer"))

from bundle_size import TARGET_MB, folder_size  # noqa: E402

from bench.startup import _env as venv_env  # noqa: E402
from bench.startup import build_demo  # noqa: E402

RATIO_TARGET = 1.1


def bundle_env() -> dict:
    empty = Path(tempfile.mkdtemp(prefix="no-python-"))
    return {"HOME": os.environ.get("HOME", str(empty)), "PATH": str(empty), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", "STATION_BENCH_SHOWN": "1"}


def first_expose(command: list[str], env: dict) -> float:
    """Seconds from just before Popen to the child's `shown <unix time>` line."""
    started = time.time()
    proc = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    shown = [line for line in proc.stdout.splitlines() if line.startswith("shown ")]
    if proc.returncode != 0 or not shown:
        raise SystemExit(f"no `shown` line (exit {proc.returncode}) from {command[0]}: {proc.stderr[-400:]}")
    return float(shown[-1].split()[1]) - started


def report_size(bundle: Path) -> None:
    size_mb = folder_size(bundle) / 1e6
    verdict = "ok" if size_mb <= TARGET_MB else "OVER"
    print(f"bundle size: {size_mb:.1f} MB  (target ≤ {TARGET_MB} MB: {verdict})")
    internal = bundle / "_internal"
    parts = {path.name: folder_size(path) if path.is_dir() else path.stat().st_size
             for path in internal.iterdir() if not path.is_symlink()}
    largest = sorted(parts.items(), key=lambda item: -item[1])[:5]
    print("  largest parts: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in largest))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "station")
    parser.add_argument("--parcels", type=int, default=100_000)
    parser.add_argument("--residents", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = args.bundle / ("station.exe" if os.name == "nt" else "station")
    if not exe.is_file():
        raise SystemExit(f"no bundle at {args.bundle}: run installer/build first")
    report_size(args.bundle)
    data = build_demo(args.parcels, args.residents)
    commands = {"venv": ([sys.executable, "-m", "station", "gui", "--data", str(data)], venv_env()),
                "bundle": ([str(exe), "gui", "--data", str(data)], bundle_env())}
    for command, env in commands.values():
        first_expose(command, env)  # warm the page cache and the bytecode caches; not counted
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (command, env) in commands.items():
            times[name].append(first_expose(command, env) * 1000)
    print(f"\nstart → main window first exposed, {args.parcels} parcels, {args.runs} interleaved runs each")
    print(f"{'':8}{'median ms':>11}{'min ms':>9}{'max ms':>9}")
    for name, runs in times.items():
        print(f"{name:8}{statistics.median(runs):11.0f}{min(runs):9.0f}{max(runs):9.0f}")
    ratio = statistics.median(times["bundle"]) / statistics.median(times["venv"])
    print(f"ratio bundle/venv (median): {ratio:.2f}×  (target ≤ {RATIO_TARGET}×: "
          f"{'ok' if ratio <= RATIO_TARGET else 'OVER'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
