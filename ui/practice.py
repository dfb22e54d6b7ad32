"""Practice mode in the GUI: the way in from the sign-in dialog, and the banner that never leaves the screen.

The practice station opens in a process of its own (`station gui --practice`), so the real station's
window, database and scheduler are never touched; the practice window carries a banner above its
pages (the main window's menu-bar slot: it is never scrolled away or hidden by a page) and 【练习】 in
its title. The banner's "Start again" button asks in words, then the window closes, the practice data is
wiped (never the real station's) and a fresh practice station opens in a new process.
"""
import subprocess
import sys
from pathlib import Path

from station.demo import DEMO_ACCOUNTS
from station.i18n import N_, tr
from station.practice import is_practice
from ui import housekeeping, messages
from ui.qt import QtGui, QtWidgets

BANNER_QSS = ("QLabel#practiceBanner { background: #4A148C; color: #FFFFFF; font-weight: bold; "
              "padding: 0.3em 0.8em; }")
BAR_QSS = "QFrame#practiceBar { background: #4A148C; }" + BANNER_QSS


def station_command() -> list[str]:
    """How to start `station` again: the bundle's own executable, or this Python with the CLI module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "station"]


def launch_practice(real_dir: Path, lang: str | None = None) -> subprocess.Popen:
    """Open the practice station (made from demo data on first use) in a new window and process."""
    command = station_command()
    windowed = len(command) == 1 and Path(command[0]).stem.lower() == "villagestation"  # always the GUI
    args = [*command, *([] if windowed else ["gui"]), "--practice", "--data", str(real_dir),
            *(["--lang", lang] if lang else [])]
    return subprocess.Popen(args, stdin=subprocess.DEVNULL)


def banner_text() -> str:
    return tr("Practice", "Practice mode: demo data only. Nothing here touches the real station or is synced.")


def mark_practice(window: QtWidgets.QMainWindow) -> None:
    """On a practice station: the banner above everything and the title prefix; elsewhere nothing."""
    if not is_practice(window.session.data_dir):
        return
    banner = QtWidgets.QLabel(banner_text(), objectName="practiceBanner", wordWrap=True)
    banner.setAccessibleName(banner.text())
    again = QtWidgets.QPushButton(tr("Practice", "Start again…"), objectName="practiceReset")
    again.setToolTip(tr("Practice", "Wipe the practice data and start again from fresh demo data"))
    again.setAutoDefault(False)
    again.clicked.connect(lambda: ask_to_start_again(window))
    bar = QtWidgets.QFrame(objectName="practiceBar")
    bar.setStyleSheet(BAR_QSS)
    row = QtWidgets.QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 8, 0)
    row.addWidget(banner, 1)
    row.addWidget(again)
    window.setMenuWidget(bar)
    window.setWindowTitle(tr("Practice", "[Practice] {title}").format(title=window.windowTitle()))
    window.practice_banner, window.practice_reset = banner, again
    window.start_practice_again = False


def ask_to_start_again(window: QtWidgets.QMainWindow) -> QtWidgets.QMessageBox:
    """Ask in words (not a bare Yes/No); "keep practising" is the default. Yes closes the window: the
    practice process then wipes its data and opens a fresh practice station (`start_again`)."""
    question = tr("Practice", "Start practice again?")
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, question, question, parent=window)
    box.setInformativeText(tr("Practice", "Everything done in practice mode is wiped and the practice station is "
                                          "made again from demo data. The real station is not touched."))
    box.setObjectName("practiceResetBox")
    wipe = box.addButton(tr("Practice", "Wipe and start again"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("Practice", "Keep practising"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered(_code: int) -> None:
        box.deleteLater()
        if box.clickedButton() is wipe:
            window.start_practice_again = True
            window.close()

    box.finished.connect(answered)
    housekeeping.tidy(box)  # elder-mode button heights, as every dialog
    box.open()
    window.practice_reset_box = box
    return box


def start_again(data_dir: Path, lang: str | None = None) -> subprocess.Popen | None:
    """After the practice window closed for "Start again": wipe the practice data and open a fresh
    practice station. A refusal is said in a message box; nothing is wiped then."""
    from station.errors import StationError
    from station.practice import real_dir_of, wipe_practice

    try:
        wipe_practice(data_dir)
    except StationError as error:
        QtWidgets.QMessageBox.warning(None, tr("Practice", "Start practice again?"), error.message())
        return None
    return launch_practice(real_dir_of(data_dir), lang)  # the marker is gone: found beside the real one again


def accounts_hint() -> str:
    names = ", ".join(f"{user} ({pin})" for user, _name, _role, pin in DEMO_ACCOUNTS)
    return tr("Practice", "Practice station: sign in as {accounts}.").format(accounts=names)


def add_to_sign_in(dialog: QtWidgets.QDialog, layout: QtWidgets.QBoxLayout) -> None:
    """The sign-in dialog's way into practice mode (F9), or on the practice station, which accounts to use."""
    if is_practice(dialog.session.data_dir):
        hint = QtWidgets.QLabel(accounts_hint(), objectName="practiceHint", wordWrap=True)
        hint.setStyleSheet(BANNER_QSS.replace("practiceBanner", "practiceHint"))
        layout.insertWidget(0, hint)
        return
    button = QtWidgets.QPushButton(tr("Practice", "Practice mode (F9)"), objectName="practiceButton")
    button.setToolTip(tr("Practice", "Try every task on demo data, in a window of its own"))
    button.setAutoDefault(False)
    button.clicked.connect(lambda: start_practice(dialog))
    QtGui.QShortcut(QtGui.QKeySequence("F9"), dialog, lambda: start_practice(dialog))
    dialog.SHORTCUTS = (*dialog.SHORTCUTS, ("F9", N_("Help", "Practice mode: try every task on demo data, "
                                                           "in a window of its own")))
    layout.addWidget(button)


def start_practice(dialog) -> None:
    from station.i18n import language

    dialog.practice_process = launch_practice(dialog.session.data_dir, language())
    messages.bridge().info(tr("Practice", "The practice station opens in a new window (the first time takes a "
                                          "few seconds)."))
    label = dialog.findChild(QtWidgets.QPushButton, "practiceButton")
    if label is not None:
        label.setText(tr("Practice", "Practice station opening in a new window…"))
