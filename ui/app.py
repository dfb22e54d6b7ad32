"""Starting the GUI: the Qt application, fonts and language, the station session, the main window."""
import os
import sys
from pathlib import Path

from station.context import CONSOLE, Actor
from station.i18n import set_language
from station.identity import open_station, this_station
from station.paths import app_icon
from ui import theme
from ui.help_panel import watch_dialogs
from ui.qt import QtCore, QtGui, QtWidgets
from ui.session import AppSession


def qt_app(offscreen: bool = False) -> QtWidgets.QApplication:
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("Village Station")
    app.setDesktopFileName("village-station")  # Wayland/X11 match the window to the .desktop entry's icon
    app.setWindowIcon(QtGui.QIcon(str(app_icon())))
    return app


def install_qt_translations(app: QtWidgets.QApplication, lang: str) -> None:
    """Qt's own strings (dialog buttons) in the chosen language; ours come from station.i18n."""
    if lang in ("en", "pseudo"):
        return
    translator = QtCore.QTranslator(app)
    path = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", path):
        app.installTranslator(translator)


def open_session(data_dir: Path, lang: str | None = None, actor: Actor = CONSOLE) -> AppSession:
    """The GUI's session as `actor`. The faces pass who it is: `station gui` starts as nobody (then the
    sign-in dialog), `station screenshot` as the account it was given; in-process callers (tests) as CONSOLE."""
    ctx = open_station(data_dir, actor)
    record = this_station()
    if record.kind == "office":  # the office PC's console acts with the office role (as the CLI does)
        from station.sync.office import as_office

        ctx = as_office(ctx)
    session = AppSession(ctx, record.name, record.kind)
    set_language(lang or session.config.get("language"))
    return session


def prepare(app: QtWidgets.QApplication, session: AppSession, large_text: bool | None = None,
            high_contrast: bool | None = None) -> None:
    """Language, text size and contrast; None takes this PC's stored choice (screenshots override them)."""
    from station.i18n import language

    install_qt_translations(app, language())
    large = session.config.get("large_text") if large_text is None else large_text
    contrast = session.config.get("high_contrast") if high_contrast is None else high_contrast
    theme.apply_display(app, large, contrast)
    watch_dialogs(app)  # F1 in every dialog, the sign-in dialog at start included
