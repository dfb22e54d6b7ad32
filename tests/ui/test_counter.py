"""The Counter page with the real services: scanner bursts and keyboard alone."""
import pytest

from db.models import Delegate
from station.ids import new_gid
from station.parcels.intake import intake
from station.parcels.views import parcels_where
from station.residents import add_resident, add_village_group
from ui import ops
from ui.app import open_session, prepare
from ui.main_window import MainWindow
from ui.qt import Qt, QtCore, QtGui, QtWidgets


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def station(ctx):
    g1, g3 = add_village_group(ctx, "一组"), add_village_group(ctx, "三组")
    wang1 = add_resident(ctx, "王秀英", "13800001234", g1["gid"], care_elderly=True)
    wang2 = add_resident(ctx, "王秀英", "13900005678", g3["gid"])
    li = add_resident(ctx, "李建国", "13700002468", g1["gid"])
    Delegate.create(gid=new_gid(), owner=ctx.station_code, resident=wang1.gid, name="王小明", relation="孙子")
    return {"ctx": ctx, "wang1": wang1, "wang2": wang2, "li": li}


@pytest.fixture
def window(station, data_dir, qtbot, qapp):
    session = open_session(data_dir)
    prepare(qapp, session)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    page = win.show_page("counter")
    page.scan.clock = Clock()
    return win


def type_text(qtbot, widget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks knows only ASCII; Chinese comes typed too)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            QtWidgets.QApplication.sendEvent(widget, QtGui.QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def scan(qtbot, page, text: str) -> None:
    """A keyboard-wedge scanner: the characters, then Enter, into whatever has focus."""
    target = QtWidgets.QApplication.focusWidget() or page.scan
    if text:
        type_text(qtbot, target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    ops.wait_idle()


def key(qtbot, page, k) -> None:
    qtbot.keyClick(QtWidgets.QApplication.focusWidget() or page.scan, k)
    ops.wait_idle()


def page_of(win):
    return win.pages["counter"]


def test_scan_field_has_focus_and_takes_it_back(window, qtbot):
    page = page_of(window)
    qtbot.waitUntil(lambda: page.scan.hasFocus())
    page.log.setFocus()  # even if something on the page grabs focus …
    qtbot.waitUntil(lambda: page.scan.hasFocus())
    qtbot.mouseClick(page.batch, Qt.MouseButton.LeftButton)  # … or a click on a control
    assert page.batch.isChecked()
    qtbot.waitUntil(lambda: page.scan.hasFocus())


def test_keyboard_only_intake_with_phone_tail(window, qtbot, station):
    page = page_of(window)
    scan(qtbot, page, "SF1234567890123")
    assert page.stack.currentWidget() is page.prompt
    assert "SF1234567890123" in page.prompt.parcel.text()
    scan(qtbot, page, "2468")
    parcel = parcels_where("p.tracking_no = 'SF1234567890123'")[0]
    assert page.result.name.text() == "李建国"
    assert page.result.code.text() == parcel.pickup_code
    assert page.scan.hasFocus()


def test_same_scan_within_seconds_is_ignored_quietly(window, qtbot, station):
    page = page_of(window)
    intake(station["ctx"], "SF1234567890123", resident_gid=station["li"].gid)
    code = parcels_where("p.tracking_no = 'SF1234567890123'")[0].pickup_code
    scan(qtbot, page, code)
    assert page.stack.currentWidget() is page.handout
    key(qtbot, page, Qt.Key.Key_Escape)
    scan(qtbot, page, code)  # the scanner read it twice
    assert page.stack.currentWidget() is page.result
    assert code in page.notice.text()
    page.scan.clock.now += 5
    scan(qtbot, page, code)  # a real second scan later works again
    assert page.stack.currentWidget() is page.handout


def test_same_name_chooser_then_keyboard_handout(window, qtbot, station):
    page = page_of(window)
    ctx = station["ctx"]
    intake(ctx, "SF1234567890123", resident_gid=station["wang1"].gid)
    intake(ctx, "YT1234567890123", resident_gid=station["wang1"].gid)
    intake(ctx, "JT1234567890123", resident_gid=station["wang2"].gid)
    scan(qtbot, page, "王秀英")
    assert page.stack.currentWidget() is page.chooser
    assert page.chooser.list.count() == 2
    assert "三组" in page.chooser.list.item(1).text() and "5678" in page.chooser.list.item(1).text()
    scan(qtbot, page, "2")  # the second one: 三组, ****5678
    assert page.handout.name.text() == "王秀英" and page.handout.parcels.count() == 1
    key(qtbot, page, Qt.Key.Key_Escape)
    scan(qtbot, page, "1234")
    assert page.handout.parcels.count() == 2
    key(qtbot, page, Qt.Key.Key_Down)  # the registered delegate
    scan(qtbot, page, "")  # Enter confirms
    done = parcels_where("p.resident_gid = ?", (station["wang1"].gid,))
    assert {p.status for p in done} == {"picked_up"} and {p.receiver_name for p in done} == {"王小明"}
    assert parcels_where("p.tracking_no = 'JT1234567890123'")[0].status == "waiting"
    assert "王小明" in page.result.detail.text()
    key(qtbot, page, Qt.Key.Key_Z)  # plain z is just typing …
    page.scan.clear()
    qtbot.keyClick(page.scan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # … Ctrl+Z undoes
    ops.wait_idle()
    assert {p.status for p in parcels_where("p.resident_gid = ?", (station["wang1"].gid,))} == {"waiting"}


def test_batch_intake_then_proxy_handout(window, qtbot, station):
    page = page_of(window)
    key(qtbot, page, Qt.Key.Key_F2)
    assert page.batch.isChecked()
    for tracking, tail in (("SF1111111111111", "2468"), ("75123456789012", "2468"), ("773123456789012", "5678")):
        scan(qtbot, page, tracking)
        scan(qtbot, page, tail)
    assert page.log.count() == 3
    code = parcels_where("p.tracking_no = '75123456789012'")[0].pickup_code
    scan(qtbot, page, code)
    assert page.handout.parcels.count() == 2
    key(qtbot, page, Qt.Key.Key_Up)  # wraps to "someone else"
    scan(qtbot, page, "")
    dialog = page.dialog
    assert dialog is not None and dialog.name.hasFocus()
    type_text(qtbot, dialog.name, "赵大妈")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    type_text(qtbot, QtWidgets.QApplication.focusWidget(), "邻居")
    qtbot.keyClick(QtWidgets.QApplication.focusWidget(), Qt.Key.Key_Return)
    ops.wait_idle()
    done = parcels_where("p.resident_gid = ?", (station["li"].gid,))
    assert {(p.status, p.receiver_name, p.receiver_relation) for p in done} == {("picked_up", "赵大妈", "邻居")}
    qtbot.waitUntil(lambda: page.scan.hasFocus())


def test_unknown_phone_opens_new_resident_form(window, qtbot, station):
    page = page_of(window)
    scan(qtbot, page, "DPK123456789012")
    scan(qtbot, page, "13600001357")
    dialog = page.dialog
    assert dialog is not None and dialog.phone.text() == "13600001357"
    type_text(qtbot, dialog.name, "陈桂兰")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    ops.wait_idle()
    parcel = parcels_where("p.tracking_no = 'DPK123456789012'")[0]
    assert parcel.resident_name == "陈桂兰" and page.result.code.text() == parcel.pickup_code
    qtbot.waitUntil(lambda: page.scan.hasFocus())


def test_bad_scan_shows_one_message_and_changes_nothing(window, qtbot, station):
    page = page_of(window)
    scan(qtbot, page, "SF12!")
    assert page.view.verdict.verdict == "refused" and "SF12!" in page.view.verdict.words()
    assert not window.banner.isVisible()  # said in the result area, not in a strip at the top
    assert parcels_where("1") == []


def test_scans_arriving_while_busy_are_queued_in_order(window, qtbot, station):
    page = page_of(window)
    ctx = station["ctx"]
    first = intake(ctx, "SF1234567890123", resident_gid=station["li"].gid).parcel
    for text in (first.pickup_code, "YT1234567890123", "1234"):  # no waiting between the bursts
        type_text(qtbot, page.scan, text)
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    ops.wait_idle()
    qtbot.waitUntil(lambda: page.result.code.text() != "" and page.mode == "idle")
    stored = parcels_where("p.tracking_no = 'YT1234567890123'")[0]
    assert stored.resident_gid == station["wang1"].gid and page.result.code.text() == stored.pickup_code


def test_scan_field_alone(qtbot):
    from ui.counter.scan_field import ScanField

    clock = Clock()
    field = ScanField(clock)
    qtbot.addWidget(field)
    got = {"scanned": [], "repeated": [], "confirmed": 0}
    field.scanned.connect(got["scanned"].append)
    field.repeated.connect(got["repeated"].append)
    field.confirmed.connect(lambda: got.__setitem__("confirmed", got["confirmed"] + 1))
    for _ in range(2):
        qtbot.keyClicks(field, " sf1234567890123 ")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    clock.now += 3.5
    qtbot.keyClicks(field, "sf1234567890123")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert got == {"scanned": ["sf1234567890123"] * 2, "repeated": ["sf1234567890123"], "confirmed": 1}
    assert field.text() == ""
