"""Run by test_counter_sound.py in a process of its own (its audio server chosen by the environment):
open a real station's counter, scan TEXT as a scanner would, wait for the answer's sound to finish, and
print what the counter played as JSON. `python -m tests.ui.counter.scan_and_listen DATA_DIR TEXT`"""
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STATION_KEYSTORE"] = "file"


def main(data_dir: str, text: str) -> dict:
    from PySide6.QtTest import QTest

    from ui import ops
    from ui.app import open_session, prepare, qt_app
    from ui.main_window import MainWindow
    from ui.qt import Qt, QtCore

    app = qt_app()
    session = open_session(Path(data_dir))
    prepare(app, session)
    window = MainWindow(session)
    window.show()
    page = window.show_page("counter")
    started = time.monotonic()
    QTest.keyClicks(page.scan, text)
    QTest.keyClick(page.scan, Qt.Key.Key_Return)
    ops.wait_idle()
    answered = time.monotonic() - started
    effects = list(page.sounds._effects.values())
    deadline = QtCore.QDeadlineTimer(5000)
    while not deadline.hasExpired() and any(effect.isPlaying() for effect in effects):
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return {"played": page.sounds.played, "silent_reason": page.sounds.silent_reason,
            "seconds_to_answer": round(answered, 3)}


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:3]), ensure_ascii=False), flush=True)
