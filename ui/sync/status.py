"""Keeps the status bar's "last synced …, N changes waiting" current: every minute and after any change."""
from station.sync.status import status_text, sync_status
from ui.ops import Op
from ui.qt import QTimer

REFRESH_MS = 60_000


def attach_sync_status(status_bar, session) -> None:
    def refresh(_what: str = "") -> None:
        Op(lambda: sync_status(session.ctx)).success(show).failure(lambda _e: None).run()

    def show(status) -> None:
        try:
            status_bar.set_sync_text(status_text(status))
        except RuntimeError:  # the window closed while the op ran
            pass

    timer = QTimer(status_bar, interval=REFRESH_MS, timeout=refresh)
    timer.start()
    session.changed.connect(refresh)
    refresh()
