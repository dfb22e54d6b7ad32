"""The baseline for bench/startup.py: PySide6 + peewee and nothing of ours but the pragmas.

Opens the same database file with peewee (same pragmas as the app), shows an empty QMainWindow at
the app's size and prints `shown <unix time>` when it is first exposed, then quits.
Run: python bench/bare_window.py DB_FILE
"""
import sys
import time

import peewee
from PySide6 import QtCore, QtWidgets

# As db/connection.py; bench/startup.py checks they stay equal.
PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal", "cache_size": -32_000,
           "busy_timeout": 10_000, "wal_autocheckpoint": 4000}


class Probe(QtCore.QObject):
    fired = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if not self.fired and event.type() == QtCore.QEvent.Type.Expose and obj.isExposed():
            self.fired = True
            print(f"shown {time.time():.6f}", flush=True)
            QtCore.QTimer.singleShot(0, QtCore.QCoreApplication.quit)
        return False


def main(db_file: str) -> int:
    db = peewee.SqliteDatabase(db_file, pragmas=PRAGMAS)
    db.connect()
    app = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QtWidgets.QLabel("bare window"))
    window.resize(1366, 768)
    window.winId()
    probe = Probe()
    window.windowHandle().installEventFilter(probe)
    window.show()
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
