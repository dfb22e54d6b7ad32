"""What each page adds to startup, run by bench/startup.py in a child process on the same database.

For every page of ui.pages.PAGES in nav order: the import time of its widget module (a module shared
with an earlier page is counted there), the time building it takes on the GUI thread, the time its first
refresh() holds the GUI thread, and the time until the work it started (ui.ops) is done.
Run: python bench/page_costs.py DATA_DIR
"""
import importlib
import os
import sys
import time
from pathlib import Path


def main(data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import ops, pages
    from ui.app import open_session, prepare, qt_app

    app = qt_app(offscreen=True)
    session = open_session(data_dir)
    prepare(app, session)
    print(f"{'page':14}{'import ms':>11}{'build ms':>10}{'refresh ms':>12}{'until idle ms':>15}")
    for spec in pages.PAGES:
        started = time.perf_counter()
        if spec.widget:
            importlib.import_module(spec.widget.split(":")[0])
        imported = time.perf_counter() - started
        started = time.perf_counter()
        page = spec.factory(session)
        built = time.perf_counter() - started
        started = time.perf_counter()
        page.refresh()
        refreshed = time.perf_counter() - started
        ops.wait_idle()
        app.processEvents()
        idle = time.perf_counter() - started
        print(f"{spec.key:14}{imported * 1000:11.1f}{built * 1000:10.1f}{refreshed * 1000:12.1f}{idle * 1000:15.1f}")
        page.deleteLater()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main(Path(sys.argv[1])))
