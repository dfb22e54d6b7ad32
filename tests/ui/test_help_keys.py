"""F1 lists the keys on every page and in every dialog: the app's own dialogs and Qt's (message boxes)."""
from tests.ui.test_counter import key, scan, station, window  # noqa: F401 (fixtures)
from ui.app import open_session, prepare
from ui.qt import Qt, QtWidgets


def _press_f1(qtbot, dialog) -> QtWidgets.QDialog:
    target = QtWidgets.QApplication.focusWidget() or dialog
    assert target.window() is dialog  # the key goes to the dialog, not the window behind it
    qtbot.keyClick(target, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(dialog, "help_panel", None) is not None and dialog.help_panel.isVisible())
    qtbot.waitUntil(dialog.help_panel.isActiveWindow)  # the keyboard is the panel's now
    return dialog.help_panel


def _close_with_esc(qtbot, panel, dialog) -> None:
    target = QtWidgets.QApplication.focusWidget() or panel
    assert target.window() is panel
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert dialog.isVisible()  # Esc closed the help, not the dialog


def test_f1_in_the_sign_in_dialog_lists_its_own_keys(ctx, data_dir, qtbot, qapp):
    from ui.login.dialog import SignInDialog

    session = open_session(data_dir)
    prepare(qapp, session)
    dialog = SignInDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.pin.hasFocus)
    panel = _press_f1(qtbot, dialog)
    lines = panel.texts()
    assert lines[0] == "在此对话框中：登录 — 村站"
    assert "↑ ↓: 选择用户（密码框保持输入）" in lines and any(line.startswith("F9: 练习模式") for line in lines)
    assert "在所有对话框中" in lines and "Enter / Esc: 确认 / 取消对话框" in lines
    assert not any(line.startswith("Alt+1") for line in lines)  # the window's page keys do not work here
    _close_with_esc(qtbot, panel, dialog)
    qtbot.waitUntil(dialog.pin.hasFocus)  # back where the typing was


def test_f1_in_a_counter_dialog_and_on_the_page_behind_it(window, qtbot):  # noqa: F811
    page = window.pages["counter"]
    qtbot.keyClick(page.scan, Qt.Key.Key_F1)  # on the page: the page's keys, then the window's
    panel = window.help_panel
    qtbot.waitUntil(panel.isActiveWindow)
    assert panel.texts()[0] == "本页：柜台" and any(line.startswith("Alt+1") for line in panel.texts())
    qtbot.keyClick(panel, Qt.Key.Key_F1)  # F1 again closes it
    qtbot.waitUntil(lambda: not panel.isVisible())
    scan(qtbot, page, "SF9999999999999")
    scan(qtbot, page, "赵大爷")  # nobody of that name: the new-resident dialog
    dialog = page.dialog
    assert isinstance(dialog, QtWidgets.QDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    panel = _press_f1(qtbot, dialog)
    assert panel.texts()[0] == "在所有对话框中" and panel.parent() is dialog
    _close_with_esc(qtbot, panel, dialog)
    key(qtbot, page, Qt.Key.Key_Escape)


def test_f1_in_a_qt_message_box(ctx, data_dir, qtbot, qapp):
    prepare(qapp, open_session(data_dir))
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, "问题", "继续吗？",
                                QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    box.open()
    qtbot.waitUntil(box.isActiveWindow)
    panel = _press_f1(qtbot, box)
    assert "Space: 按下有焦点的按钮，或勾选有焦点的方框" in panel.texts()
    _close_with_esc(qtbot, panel, box)
