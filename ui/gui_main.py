"""`station gui`: make a demo station on first run, sign in, show the main window."""
from pathlib import Path

from station.paths import DB_FILE
from ui.app import open_session, prepare, qt_app


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
    window.show()
    return app.exec()
