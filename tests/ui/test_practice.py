"""Practice mode: a demo station beside the real one; work there leaves the real database byte for byte."""
import hashlib
import json

import pytest

from db.connection import close_database
from station.identity import init_station
from station.parcels.intake import intake
from station.practice import is_practice, make_practice, practice_dir
from station.residents import add_resident
from tests.ui.test_counter import key, scan
from ui import ops
from ui.app import open_session, prepare
from ui.main_window import MainWindow
from ui.qt import Qt


def _fingerprint(directory) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture
def real(tmp_path):
    real_dir = tmp_path / "station"
    ctx = init_station(real_dir, "CN-REAL-01", "真实村站", "zhang", "1234")
    wang = add_resident(ctx, "王秀英", "13800001234")
    intake(ctx, "SF1234567890123", resident_gid=wang.gid)
    close_database()
    return real_dir


@pytest.mark.slow
def test_practice_work_leaves_the_real_station_unchanged(real, qtbot, qapp, cli):
    before = _fingerprint(real)
    practice = make_practice(real)
    assert practice == practice_dir(real) and practice.parent == real.parent and is_practice(practice)
    session = open_session(practice)
    prepare(qapp, session)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    assert win.practice_banner.isVisible() and "练习" in win.practice_banner.text()
    assert win.windowTitle().startswith("【练习】")
    page = win.show_page("counter")
    scan(qtbot, page, "SF9999999999999")  # intake on the practice station …
    scan(qtbot, page, "13600001357")
    assert page.dialog is not None
    key(qtbot, page, Qt.Key.Key_Escape)
    for number in range(2, 6):  # … and other pages: the banner stays on screen
        qtbot.keyClick(page.scan, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)
        ops.wait_idle()
        assert win.practice_banner.isVisible()
    win.close()
    ops.wait_idle()
    close_database()
    code, out, _err = cli("--data", practice, "--json", "sync", "export", "--out", real.parent / "out",
                          env={"STATION_USER": "zhanzhang", "STATION_PIN": "1234"})
    assert code == 1 and json.loads(out)["error"]["code"] == "refused.practice"
    assert _fingerprint(real) == before  # the real station's database, byte for byte
    assert not (real.parent / "out").exists()


def test_sign_in_dialog_offers_practice_and_starts_it_apart(ctx, data_dir, qtbot, qapp, monkeypatch):
    from ui import practice
    from ui.login.dialog import SignInDialog

    started = []
    monkeypatch.setattr(practice.subprocess, "Popen", lambda args, **_kw: started.append(args))
    dialog = SignInDialog(open_session(data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_F9)
    args = started[0]
    assert args[args.index("gui") + 1] == "--practice"
    assert args[args.index("--data") + 1] == str(data_dir)  # the real one: the child finds practice beside it


def test_practice_directory_refuses_a_foreign_folder(tmp_path):
    (tmp_path / "station-practice").mkdir()
    (tmp_path / "station-practice" / "mine.txt").write_text("x")
    from station.errors import Refused

    with pytest.raises(Refused):
        make_practice(tmp_path / "station")
