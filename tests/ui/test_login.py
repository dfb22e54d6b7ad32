import pytest

from station import accounts
from station.context import NOBODY
from ui import ops
from ui.app import open_session
from ui.login.dialog import SignInDialog
from ui.main_window import MainWindow
from ui.qt import Qt


@pytest.fixture
def session(ctx, data_dir):
    accounts.add_account(ctx, "li", "李四", "staff", "5678")
    return open_session(data_dir, actor=NOBODY)  # as `station gui` starts


def _dialog(session, qtbot):
    dialog = SignInDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    ops.wait_idle()
    return dialog


def _type_pin_and_enter(dialog, qtbot, pin):
    dialog.pin.setFocus()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    ops.wait_idle()


def test_lists_display_names_and_signs_in_with_enter(session, qtbot):
    dialog = _dialog(session, qtbot)
    names = [dialog.users.item(i).text() for i in range(dialog.users.count())]
    assert names[0].startswith("zhang") and names[1].startswith("李四")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Down)
    assert dialog.selected_username() == "li"
    _type_pin_and_enter(dialog, qtbot, "5678")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert session.actor.username == "li" and session.ctx.actor.role == "staff"


def test_wrong_pin_is_said_inline_and_the_field_cleared(session, qtbot):
    dialog = _dialog(session, qtbot)
    dialog.select_user("li")
    _type_pin_and_enter(dialog, qtbot, "0000")
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "用户名或 PIN 码错误。"
    assert dialog.pin.text() == "" and session.actor.username == "nobody"


def test_lock_out_is_said_inline(session, qtbot):
    dialog = _dialog(session, qtbot)
    dialog.select_user("li")
    for _ in range(accounts.MAX_FAILURES):
        _type_pin_and_enter(dialog, qtbot, "0000")
    _type_pin_and_enter(dialog, qtbot, "5678")
    assert "分钟" in dialog.error.text() and session.actor.username == "nobody"


def test_switch_user_from_the_main_window_updates_the_status_bar(session, qtbot):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    ops.wait_idle()
    dialog = window.sign_in_dialog
    assert dialog.isVisible()
    dialog.select_user("li")
    _type_pin_and_enter(dialog, qtbot, "5678")
    assert "李四" in window.statusBar().user_label.text()
    window.statusBar().switch_button.click()
    ops.wait_idle()
    assert window.sign_in_dialog.isVisible() and window.sign_in_dialog.selected_username() == "li"
    qtbot.keyClick(window.sign_in_dialog.pin, Qt.Key.Key_Escape)
    assert window.sign_in_dialog is None and session.actor.username == "li"


def test_start_without_accounts_does_not_open_and_says_how_to_add_the_first_admin(data_dir, qtbot, capsys):
    """No anonymous administrator: a database without accounts (made before they were required) stays shut."""
    from station.identity import init_station
    from ui.gui_main import sign_in_at_start

    init_station(data_dir, "CN-TEST-02", "无账号村站")
    session = open_session(data_dir, actor=NOBODY)
    assert not sign_in_at_start(session)
    err = capsys.readouterr().err
    assert "station account add" in err and "--role admin" in err
    assert session.actor.username == "nobody"


def test_start_with_accounts_asks_who_signs_in(session, qtbot):
    from ui.gui_main import sign_in_at_start
    from ui.qt import QTimer, QtWidgets

    def answer():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog) or not dialog.users.count():
            QTimer.singleShot(50, answer)
            return
        dialog.select_user("li")
        dialog.pin.setText("5678")
        dialog.sign_in()

    QTimer.singleShot(50, answer)
    assert sign_in_at_start(session)
    assert session.actor.username == "li"
