"""`station gui`: make a demo station on first run, sign in, show the main window."""
import os
import time
from pathlib import Path

from station.context import NOBODY
from station.paths import DB_FILE
from ui.app import open_session, prepare, qt_app
from ui.qt import QtCore

# bench/startup sets this: skip sign-in, print the time the main window is first exposed, then quit.
BENCH_ENV = "STATION_BENCH_SHOWN"


# Set with BENCH_ENV (tests): the window as first exposed is also saved to this PNG, its title printed.
SHOT_ENV = "STATION_SHOWN_PNG"


def run(data_dir: Path, lang: str | None = None, practice: bool = False, reset: bool = False) -> int:
    """`reset` (with `practice`) wipes the practice station first, to start again from fresh demo data."""
    if practice:  # its own directory beside the real one: the real station is not opened at all
        from station.practice import make_practice

        data_dir = make_practice(data_dir, fresh=reset)
    if not (data_dir / DB_FILE).exists():
        from station.demo import make_demo_station

        print(f"No station in {data_dir}: making a demo station …", flush=True)
        make_demo_station(data_dir)
    app = qt_app()
    session = open_session(data_dir, lang, NOBODY)  # nobody until the sign-in dialog says who
    prepare(app, session)
    from ui.main_window import MainWindow

    bench = bool(os.environ.get(BENCH_ENV))
    if bench:
        bench_sign_in(session)
    elif not sign_in_at_start(session):
        return 0
    window = MainWindow(session)
    window.resize(1366, 768)
    if bench:
        watch_first_expose(window)
    else:  # after the window is on screen: APScheduler's import and the first jobs do not delay it
        QtCore.QTimer.singleShot(0, lambda: _start_scheduler(app, session))
    window.show()
    code = app.exec()
    if getattr(window, "start_practice_again", False):  # the practice banner's "Start again", confirmed
        from ui.practice import start_again

        start_again(data_dir, lang)
    return code


def sign_in_at_start(session) -> bool:
    """Ask who is at the counter. Returns False when the dialog was closed (the app then quits), or when the
    database has no account at all (made before accounts were required): then the way in is said on stderr."""
    import sys

    from station.accounts import has_accounts
    from station.i18n import tr

    if not has_accounts():
        print(tr("SignIn", "This station has no account yet. Add its first administrator with: station account "
                           "add NAME --role admin --new-pin PIN"), file=sys.stderr)
        return False
    from ui.login.dialog import SignInDialog

    return SignInDialog(session).exec() == SignInDialog.DialogCode.Accepted


def bench_sign_in(session) -> None:
    """bench/startup signs in from the environment (STATION_USER / STATION_PIN); otherwise nobody is."""
    user, pin = os.environ.get("STATION_USER"), os.environ.get("STATION_PIN")
    if user and pin:
        from station.accounts import authenticate
        from station.errors import StationError

        try:
            session.sign_in(authenticate(session.ctx, user, pin))
        except StationError:
            pass


def _start_scheduler(app, session) -> None:
    """Daily backups (and later jobs) run in the background scheduler while the window is open."""
    from station import scheduling

    scheduler = scheduling.start(session.ctx)
    app.aboutToQuit.connect(lambda: scheduler.shutdown(wait=False))


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
            if os.environ.get(SHOT_ENV):
                window = self.parent()
                window.grab().save(os.environ[SHOT_ENV])
                print(f"title {window.windowTitle()}", flush=True)
            QtCore.QTimer.singleShot(0, QtCore.QCoreApplication.quit)
        return False
