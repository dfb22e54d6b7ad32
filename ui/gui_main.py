"""`station gui`: make a demo station on first run, sign in, show the main window."""
import os
import time
from pathlib import Path

from station.paths import DB_FILE
from ui.app import open_session, prepare, qt_app
from ui.qt import QtCore

# bench/startup sets this: skip sign-in, print the time the main window is first exposed, then quit.
BENCH_ENV = "STATION_BENCH_SHOWN"


def run(data_dir: Path, lang: str | None = None) -> int:
    if not (data_dir / DB_FILE).exists():
        from station.demo import make_demo_station

        print(f"No station in {data_dir}: making a demo station …", flush=True)
        make_demo_station(data_dir)
    app = qt_app()
    session = open_session(data_dir, lang)
    prepare(app, session)
    from ui.main_window import MainWindow

    window = MainWindow(session)
    window.resize(1366, 768)
    if os.environ.get(BENCH_ENV):
        watch_first_expose(window)
    window.show()
    return app.exec()


def watch_first_expose(window) -> QtCore.QObject:
    """Print `shown <unix time>` when the window is first exposed, then quit (bench/startup.py).

    Expose events go to the platform window (QWindow), not to the QWidget, so the probe sits on
    windowHandle(); winId() makes that handle exist before show()."""
    window.winId()
    probe = _ExposedProbe(window)
    window.windowHandle().installEventFilter(probe)
    return probe


class _ExposedProbe(QtCore.QObject):
    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.fired = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if not self.fired and event.type() == QtCore.QEvent.Type.Expose and obj.isExposed():
            self.fired = True
            print(f"shown {time.time():.6f}", flush=True)
            QtCore.QTimer.singleShot(0, QtCore.QCoreApplication.quit)
        return False
