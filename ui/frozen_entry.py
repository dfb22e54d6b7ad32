"""Frozen entry point of the bundle's executables.

`station` is the console command (the CLI, and the GUI when no command is given). On Windows the same
program is also built as the windowed `VillageStation.exe` that the shortcuts start: always the GUI, and
with no console its stdout/stderr are None, so they go to the null device instead of failing on write.
"""
import multiprocessing
import os
import sys
from pathlib import Path

from ui.cli.main import main


def arguments() -> list[str]:
    if Path(sys.executable).stem.lower() == "villagestation":
        return ["gui", *sys.argv[1:]]
    return sys.argv[1:]


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the office import's helper process (station.sync.prefetch) starts here
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # open for the whole process
    sys.exit(main(arguments()))
