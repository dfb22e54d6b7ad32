"""station demo: a realistic demo station (made first when the data directory is empty)."""
import sys
import time

from station.i18n import tr
from station.parcels import STATUS_NAMES
from station.paths import DB_FILE
from ui.cli.framework import Invocation, Output, command


def register(subparsers) -> None:
    demo = command(subparsers, "demo", run_demo, "fill a realistic demo station (fast at 1,000,000 parcels)")
    demo.add_argument("--residents", type=int, default=600, help="how many residents (default 600)")
    demo.add_argument("--parcels", type=int, default=6000, help="how many parcels (default 6000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: the same seed makes the same data (default 1)")


def run_demo(inv: Invocation) -> Output:
    from station.demo import fill_demo, make_demo_station  # here, not at import: `station gui` parses all commands

    a = inv.args
    report = _progress_printer(a.parcels, quiet=getattr(a, "json", False))
    started = time.perf_counter()
    if (inv.data_dir / DB_FILE).exists():
        counts = fill_demo(inv.ctx(), a.residents, a.parcels, a.seed, report)
        made = False
    else:
        counts = make_demo_station(inv.data_dir, a.residents, a.parcels, a.seed, report)
        made = True
    seconds = round(time.perf_counter() - started, 2)
    data = {**counts.to_dict(), "seconds": seconds, "made_station": made, "data": str(inv.data_dir)}
    lines = []
    if made:
        lines.append(tr("Cli", "Made the demo station DEMO-001 in {path}; sign in as zhanzhang (PIN 1234), "
                               "xiaowang (2345) or laoli (3456).").format(path=inv.data_dir))
    lines.append(tr("Cli", "Demo data made in {seconds} s. Village groups: {groups}; households: {households}; "
                           "residents: {residents}; delegates: {delegates}; parcels: {parcels}.").format(
        groups=counts.groups, households=counts.households, residents=counts.residents,
        delegates=counts.delegates, parcels=counts.parcels, seconds=seconds))
    lines.append(tr("Cli", "Parcels by status: {statuses}").format(
        statuses=", ".join(f"{tr(*STATUS_NAMES[status])} {n}" for status, n in counts.by_status.items())))
    return Output(data, "\n".join(lines))


def _progress_printer(total: int, quiet: bool):
    """Progress on stderr (stdout stays clean for --json), at most every tenth."""
    if quiet or total < 100_000:
        return None
    step = max(total // 10, 1)
    state = {"next": step}

    def report(done: int, _total: int) -> None:
        if done >= state["next"] or done == total:
            print(tr("Cli", "… parcels: {done} of {total}").format(done=done, total=total), file=sys.stderr,
                  flush=True)
            state["next"] = done + step

    return report
