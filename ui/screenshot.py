"""Rendering a page of the GUI to PNG offscreen (README images, visual checks, acceptance)."""
import contextlib
import logging
from pathlib import Path

from station.context import NOBODY, Actor
from station.errors import InvalidInput
from ui import ops
from ui.app import open_session, prepare, qt_app
from ui.qt import QtCore

log = logging.getLogger(__name__)

LOGIN = "login"  # not a page: the sign-in dialog


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise InvalidInput("A size looks like 1366x768.", why="size") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise InvalidInput("A size looks like 1366x768.", why="size")
    return width, height


def render_page(data_dir: Path, page: str, out: Path, size: str = "1366x768", large_text: bool = False,
                lang: str | None = None, actor: Actor = NOBODY, high_contrast: bool = False) -> Path:
    """The page as `actor` sees it (masked phones unless the role may see them); only the sign-in
    dialog may be rendered without an account."""
    width, height = parse_size(size)
    app = qt_app(offscreen=True)
    session = open_session(data_dir, lang, actor)
    if page != LOGIN:
        session.ctx.require_signed_in()
    prepare(app, session, large_text, high_contrast or None)
    from ui.main_window import MainWindow

    window = MainWindow(session)
    if page not in window.page_keys() and page != LOGIN:
        ops.wait_idle()  # let the pages' first loads finish before the process exits with the message
        window.close()
        raise InvalidInput("Unknown page {page}; pages: {pages}", why="page", page=page,
                           pages=", ".join([*window.page_keys(), LOGIN]))
    window.resize(width, height)
    with offscreen_quiet():
        window.show()
        if page == LOGIN:
            window.switch_user()  # the sign-in dialog over the window, as staff see it at the counter
        else:
            window.show_page(page)
        ops.wait_idle()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        saved = _grab_with_dialog(window).save(str(out))
        window.close()
    if not saved:
        raise InvalidInput("Could not write {out}.", why="output_file", out=str(out))
    return out


@contextlib.contextmanager
def offscreen_quiet():
    """The offscreen platform says "does not support propagateSizeHints()" for every window shown: noise on
    the command line, where a screenshot's only stderr line should be a real problem. Qt's messages go to
    our log meanwhile (nothing is lost for debugging)."""
    def to_log(_mode, _context, message) -> None:
        log.info("qt: %s", message)

    previous = QtCore.qInstallMessageHandler(to_log)
    try:
        yield
    finally:
        QtCore.qInstallMessageHandler(previous)


def _grab_with_dialog(window):
    """The window's picture, with an open dialog painted centred over it (offscreen has no compositor)."""
    from ui.qt import QtGui

    image = window.grab()
    dialog = getattr(window, "sign_in_dialog", None)
    if dialog is not None and dialog.isVisible():
        shot = dialog.grab()
        painter = QtGui.QPainter(image)
        painter.fillRect(image.rect(), QtGui.QColor(0, 0, 0, 90))
        painter.drawPixmap((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2, shot)
        painter.end()
    return image
