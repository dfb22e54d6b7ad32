"""The guide's pictures: an example station, the real Counter page driven to each task's moment, grabbed.

The counter is driven through the calls its scan field makes (`_handle` for a scan, `_move` for ↑ ↓,
`_cancel` for Esc), so each picture is exactly what staff see after those keys.
"""
from pathlib import Path

from station.accounts import authenticate
from station.identity import init_station
from station.parcels.intake import intake
from station.residents import add_resident, add_village_group
from station.residents.delegates import add_delegate
from ui import ops
from ui.app import open_session, prepare, qt_app
from ui.guide import GUIDE_PIN, GUIDE_USER
from ui.qt import QtGui
from ui.screenshot import offscreen_quiet, parse_size


def example_station(data_dir: Path) -> dict:
    """A few residents whose parcels show every task: a delegate, two of one name, a parcel on a run."""
    from station.delivery.runs import plan_run
    from station.delivery.stops import run_sheet

    ctx = init_station(data_dir, "GUIDE-01", "示范村站", GUIDE_USER, GUIDE_PIN)
    g1, g3 = add_village_group(ctx, "一组")["gid"], add_village_group(ctx, "三组")["gid"]
    liu = add_resident(ctx, "刘桂英", "13800001234", g1, care_elderly=True)
    add_delegate(ctx, liu.gid, "刘小军", relation="孙子")
    wang1 = add_resident(ctx, "王秀英", "13800005678", g1)
    wang2 = add_resident(ctx, "王秀英", "13900002468", g3)
    li = add_resident(ctx, "李大山", "13700001357", g1, care_mobility=True)
    add_resident(ctx, "陈建国", "13600002222", g3)
    codes = {"liu": intake(ctx, "SF1234567890123", resident_gid=liu.gid).parcel.pickup_code}
    intake(ctx, "YT1234567890123", resident_gid=liu.gid)
    intake(ctx, "JT1234567890123", resident_gid=wang1.gid)
    intake(ctx, "ZTO123456789012", resident_gid=wang2.gid)
    away = intake(ctx, "DPK123456789012", resident_gid=li.gid).parcel
    run = plan_run(ctx, parcel_gids=[away.gid])
    codes["slip"] = run_sheet(ctx, run["code"]).slips[0].payload
    return codes


def take_shots(data_dir: Path, out_dir: Path, lang: str | None, large_text: bool, size: str) -> dict[str, Path]:
    """One PNG per task key (ui.guide.TASKS), written to `out_dir`."""
    from ui.main_window import MainWindow

    width, height = parse_size(size)
    codes = example_station(data_dir)
    app = qt_app(offscreen=True)
    session = open_session(data_dir, lang)
    session.sign_in(authenticate(session.ctx, GUIDE_USER, GUIDE_PIN))
    prepare(app, session, large_text)
    out_dir.mkdir(parents=True, exist_ok=True)
    with offscreen_quiet():
        window = MainWindow(session)
        window.resize(width, height)
        window.show()
        page = window.show_page("counter")
        page.open_prints = False
        page.sounds.enabled = False
        shots = _drive(window, page, codes, out_dir)
        window.close()
        ops.wait_idle()
    return shots


def _drive(window, page, codes: dict, out_dir: Path) -> dict[str, Path]:
    def settle() -> None:
        ops.wait_idle()
        app = qt_app()
        for _ in range(3):
            app.processEvents()

    def scan(text: str) -> None:
        page._handle(text)
        settle()

    def grab(key: str) -> Path:
        settle()
        path = out_dir / f"{key}.png"
        _grab(window, page).save(str(path))
        return path

    shots = {}
    scan("STO123456789012")
    scan("5678")
    shots["intake"] = grab("intake")
    scan(codes["liu"])
    page._move(1)  # ↓: the registered delegate
    shots["handout"] = grab("handout")
    page._cancel()
    scan("王秀英")
    shots["same_name"] = grab("same_name")
    page._cancel()
    scan(codes["slip"])
    shots["slip"] = grab("slip")
    page.dialog.reject()
    settle()
    window.switch_user()
    shots["switch_user"] = grab("switch_user")
    window.sign_in_dialog.reject()
    settle()
    scan(codes["liu"])
    page._confirm()  # Enter: handed out to the resident
    shots["print"] = grab("print")
    return shots


def _grab(window, page) -> QtGui.QImage:
    """The window with an open dialog (the counter's or the sign-in one) painted centred over it."""
    image = window.grab().toImage()
    dialog = page.dialog or getattr(window, "sign_in_dialog", None)
    if dialog is not None and dialog.isVisible():
        shot = dialog.grab()
        painter = QtGui.QPainter(image)
        painter.fillRect(image.rect(), QtGui.QColor(0, 0, 0, 90))
        painter.drawPixmap((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2, shot)
        painter.end()
    return image
