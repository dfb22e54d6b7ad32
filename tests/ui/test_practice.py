"""Practice mode: a demo station beside the real one; work there leaves the real database byte for byte."""
import hashlib
import json
import sqlite3

import pytest

from db.connection import close_database
from station.identity import init_station
from station.parcels.intake import intake
from station.practice import is_practice, make_practice, practice_dir
from station.residents import add_resident
from tests.conftest import ROOT
from tests.ui.test_counter import key, scan
from ui import ops
from ui.app import open_session, prepare
from ui.gui_main import BENCH_ENV, SHOT_ENV
from ui.main_window import MainWindow
from ui.qt import Qt, QtGui

BANNER_PURPLE = QtGui.QColor("#4A148C")


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


def _counts(directory) -> tuple[int, int]:
    with sqlite3.connect(directory / "station.db") as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("resident", "parcel"))


@pytest.fixture
def shown_only(tmp_path, monkeypatch):
    """The GUI process quits once its main window is first exposed (signed in as the demo station's
    administrator, as bench/startup does), after saving that window to a PNG and printing its title."""
    shot = tmp_path / "shown.png"
    monkeypatch.chdir(ROOT)  # `python -m station` runs this tree's code
    for name, value in {BENCH_ENV: "1", SHOT_ENV: str(shot), "STATION_USER": "zhanzhang", "STATION_PIN": "1234",
                        "QT_QPA_PLATFORM": "offscreen"}.items():
        monkeypatch.setenv(name, value)
    return shot


def _banner_rows(png) -> int:
    """How many pixel rows at the top of the window are the practice banner's purple."""
    image = QtGui.QImage(str(png))
    assert not image.isNull() and image.width() >= 1000
    rows = 0
    while rows < image.height() and image.pixelColor(3, rows) == BANNER_PURPLE:  # left of the words
        rows += 1
    return rows


@pytest.mark.slow
def test_the_practice_window_really_opens_in_a_process_of_its_own(real, shown_only, capfd):
    """The command F9 runs (ui.practice.launch_practice), for real: demo data beside the real station, the
    banner on the window, the real station's files byte for byte as they were."""
    from ui.practice import launch_practice

    before = _fingerprint(real)
    process = launch_practice(real, "zh_CN")
    assert process.wait(timeout=300) == 0
    out = capfd.readouterr().out
    assert "title 【练习】" in out, out
    practice = practice_dir(real)
    assert is_practice(practice) and practice.parent == real.parent
    assert _counts(practice) == (120, 800)  # station.practice.RESIDENTS, PARCELS
    assert _banner_rows(shown_only) >= 20  # a band of banner purple across the top of the window
    assert _fingerprint(real) == before


@pytest.mark.slow
def test_start_again_asks_in_words_then_a_fresh_practice_station_opens(real, shown_only, qtbot, qapp, capfd):
    from ui.practice import start_again

    before = _fingerprint(real)
    practice = make_practice(real)
    win = MainWindow(open_session(practice))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    scan(qtbot, win.show_page("counter"), "SF9999999999999")  # practice work: a parcel taken in …
    scan(qtbot, win.pages["counter"], "13600001357")
    key(qtbot, win.pages["counter"], Qt.Key.Key_Escape)
    qtbot.mouseClick(win.practice_reset, Qt.MouseButton.LeftButton)
    box = win.practice_reset_box
    qtbot.waitExposed(box)
    assert "重新开始练习" in box.text() and "真实村站的数据不会受到任何影响" in box.informativeText()
    keep, wipe = (next(b for b in box.buttons() if b.text() == text) for text in ("继续练习", "清空并重新开始"))
    assert box.defaultButton() is keep
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc keeps practising
    qtbot.waitUntil(lambda: not box.isVisible())
    assert win.isVisible() and not win.start_practice_again
    qtbot.mouseClick(win.practice_reset, Qt.MouseButton.LeftButton)
    box = win.practice_reset_box
    qtbot.waitExposed(box)
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == wipe.text()), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.isVisible())
    assert win.start_practice_again
    ops.wait_idle()
    process = start_again(practice, "zh_CN")  # what `station gui --practice` does once its window closed
    assert process.wait(timeout=300) == 0
    assert "title 【练习】" in capfd.readouterr().out
    assert is_practice(practice) and _counts(practice) == (120, 800)  # the parcel taken in is gone
    assert _fingerprint(real) == before
    assert not list(real.parent.glob("*.deleting-*"))


@pytest.mark.slow
def test_station_gui_practice_reset_starts_again_from_the_command_line(real, shown_only, cli):
    practice = make_practice(real)
    (practice / "notes.txt").write_text("made while practising")
    close_database()
    before = _fingerprint(real)
    code, out, err = cli("gui", "--practice", "--reset", "--data", real, signed_in=False,
                         env={"STATION_USER": "zhanzhang", "STATION_PIN": "1234"})
    assert code == 0, err
    assert "title 【练习】" in out
    assert not (practice / "notes.txt").exists() and _counts(practice) == (120, 800)
    assert _fingerprint(real) == before


def test_reset_without_practice_is_refused_and_changes_nothing(real, cli):
    before = _fingerprint(real)
    code, _out, err = cli("gui", "--reset", "--data", real)
    assert code == 1 and "--practice" in err and len(err.strip().splitlines()) == 1
    assert _fingerprint(real) == before and not practice_dir(real).exists()


def test_starting_again_never_deletes_a_folder_that_is_not_a_practice_station(tmp_path):
    from station.errors import Refused
    from station.practice import wipe_practice

    taken = tmp_path / "station-practice"
    taken.mkdir()
    (taken / "station.db").write_text("someone's real station")
    with pytest.raises(Refused):
        wipe_practice(tmp_path / "station")
    assert (taken / "station.db").read_text() == "someone's real station"


def test_starting_again_clears_what_an_earlier_start_again_left_half_deleted(tmp_path):
    from station.practice import wipe_practice

    left = tmp_path / "station-practice.deleting-4242"
    (left / "keys").mkdir(parents=True)
    (left / "keys" / "held.key").write_text("a file Windows kept open last time")
    other = tmp_path / "station-practice.deleting-notes"  # not a name start-again makes: left alone
    other.mkdir()
    wipe_practice(tmp_path / "station")
    assert not left.exists() and other.exists()
