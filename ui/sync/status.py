"""Keeps the status bar's "last synced …, N changes waiting" current: every minute and after any change."""
from station.sync.status import status_text, sync_status
from ui.ops import Op
from ui.qt import QTimer

REFRESH_MS = 60_000


def attach_sync_status(status_bar, session) -> None:
    def refresh(_what: str = "") -> None:
        # parent: a result arriving after this bar was replaced (language switch) or closed is dropped by Op
        if session.station_kind == "office":
            from station.office.inbox import status_line

            Op(lambda: status_line(session.ctx), parent=status_bar).success(status_bar.set_sync_text).failure(
                lambda _e: None).run()
            return
        Op(lambda: sync_status(session.ctx), parent=status_bar).success(show).failure(lambda _e: None).run()

    def show(status) -> None:
        status_bar.set_sync_text(status_text(status))

    timer = QTimer(status_bar, interval=REFRESH_MS, timeout=refresh)
    timer.start()
    session.changed.connect(refresh)
    refresh()
