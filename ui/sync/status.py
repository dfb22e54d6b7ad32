"""Keeps the status bar's "last synced …, N changes waiting" current: every minute and after any change."""
from station.sync.status import status_text, sync_status
from ui.ops import Op
from ui.qt import QTimer

REFRESH_MS = 60_000


def attach_sync_status(status_bar, session) -> None:
    def refresh(_what: str = "") -> None:
        # parent: a result arriving after this bar was replaced (language switch) or closed is dropped by Op
        Op(lambda: sync_status(session.ctx), parent=status_bar).success(show).failure(lambda _e: None).run()

    def show(status) -> None:
        status_bar.set_sync_text(status_text(status))

    timer = QTimer(status_bar, interval=REFRESH_MS, timeout=refresh)
    timer.start()
    session.changed.connect(refresh)
    refresh()
