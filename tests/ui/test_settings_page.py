import pytest

from station import accounts
from station.settings import read_setting
from ui import ops, theme
from ui.app import open_session, prepare
from ui.main_window import MainWindow


@pytest.fixture
def window(ctx, data_dir, qtbot, qapp):
    session = open_session(data_dir)
    prepare(qapp, session)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    ops.wait_idle()
    yield window
    theme.apply_display(qapp, False, False)


def test_switching_language_shows_english_navigation(window, qtbot):
    assert window.nav.item(0).text() == "柜台"
    combo = window.pages["settings"].editors["language"].widget
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Counter")
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[-2:] == ["Audit", "Settings"]
    assert window.current_page() is window.pages["settings"]
    assert window.pages["settings"].display_box.title() == "This computer"
    assert "Station:" in window.statusBar().station_label.text()
    assert window.session.config.get("language") == "en"


def test_large_text_applies_at_once(window, qtbot):
    page = window.pages["settings"]
    page.editors["large_text"].widget.setChecked(True)
    assert window.nav.font().pointSize() >= 18
    assert page.editors["backup_keep"].widget.font().pointSize() >= 18
    assert window.session.config.get("large_text") is True
    page.editors["large_text"].widget.setChecked(False)
    assert window.nav.font().pointSize() < 18


def test_station_option_is_saved_through_the_service(window):
    spin = window.pages["settings"].editors["backup_keep"].widget
    spin.setValue(7)
    ops.wait_idle()
    assert read_setting("backup_keep") == 7
    assert accounts_audit(window, "setting.set")


def accounts_audit(window, action):
    from station import audit

    return audit.entries(window.session.ctx, action=action)


def test_volunteer_sees_no_station_rules_or_accounts(window, ctx):
    from station.context import Actor

    window.session.sign_in(Actor("v", "志愿者", "volunteer"))
    ops.wait_idle()
    page = window.pages["settings"]
    assert not page.station_box.isEnabled()
    assert not page.accounts.isVisible() and not page.backup_box.isVisible() and page.my_pin.isVisible()
    assert page.display_box.isVisible()


def test_admin_adds_changes_pin_and_deactivates_an_account(window, ctx, qtbot):
    section = window.pages["settings"].accounts
    section.username_edit.setText("li")
    section.display_edit.setText("李四")
    section.role_combo.setCurrentIndex(section.role_combo.findData("volunteer"))
    section.pin_edit.setText("5678")
    section.add_button.click()
    ops.wait_idle()
    assert [r["username"] for r in section.rows] == ["zhang", "li"]
    assert section.table.item(1, 2).text() == "志愿者"
    section.select("li")
    section.new_pin.setText("2468")
    section.change_button.click()
    ops.wait_idle()
    assert accounts.authenticate(ctx, "li", "2468").role == "volunteer"
    section.deactivate_button.click()
    assert "li" in section.deactivate_button.text()
    section.deactivate_button.click()
    ops.wait_idle()
    assert [r["username"] for r in section.rows] == ["zhang"], (window.banner.text(), section.deactivate_button.text())


def test_bad_pin_is_refused_with_a_message_and_nothing_added(window, ctx, qtbot):
    from ui import messages

    section = window.pages["settings"].accounts
    section.username_edit.setText("li")
    section.pin_edit.setText("12")
    with qtbot.waitSignal(messages.bridge().shown) as shown:
        section.add_button.click()
        ops.wait_idle()
    assert shown.args[0] == "error" and "PIN" in shown.args[1]
    assert [a["username"] for a in accounts.list_accounts(ctx)] == ["zhang"]


def test_after_a_language_switch_signing_in_and_late_results_are_safe(window, qtbot):
    import threading

    from station.context import Actor
    from ui.ops import Op
    from ui.qt import QtCore

    old_page, gate = window.pages["settings"], threading.Event()
    Op(lambda: gate.wait(10) and {"backup_keep": 3}, parent=old_page).success(old_page._show_station_values).run()
    combo = old_page.editors["language"].widget
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Counter")
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    gate.set()  # the old page's result arrives after that page was deleted
    ops.wait_idle()
    window.session.sign_in(Actor("li", "李四", "staff"))
    assert window.statusBar().user_label.text() == "User: 李四"


def test_staff_changes_their_own_pin_with_the_current_one(window, ctx):
    accounts.add_account(ctx, "li", "李四", "staff", "5678")
    window.session.sign_in(accounts.authenticate(ctx, "li", "5678"))
    ops.wait_idle()
    page = window.pages["settings"]
    assert page.my_pin.isVisible() and not page.accounts.isVisible()
    page.my_pin.current.setText("0000")
    page.my_pin.new.setText("2468")
    page.my_pin.button.click()
    ops.wait_idle()
    assert page.my_pin.new.text() == "2468"  # refused: kept for another try
    page.my_pin.current.setText("5678")
    page.my_pin.button.click()
    ops.wait_idle()
    assert page.my_pin.new.text() == "" and accounts.authenticate(ctx, "li", "2468").username == "li"
