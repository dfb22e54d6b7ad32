"""Messages for the user, raised anywhere in the UI and shown by the main window's banner.

Like qutebrowser's message bridge: code that has no widget at hand reports through a signal instead
of opening dialogs, and tests can read what the user would have seen.
"""
from ui.qt import QObject, Signal


class MessageBridge(QObject):
    shown = Signal(str, str)  # level ("info", "warning", "error"), text

    def info(self, text: str) -> None:
        self.shown.emit("info", text)

    def warning(self, text: str) -> None:
        self.shown.emit("warning", text)

    def error(self, text: str) -> None:
        self.shown.emit("error", text)


_bridge: list[MessageBridge] = []


def bridge() -> MessageBridge:
    if not _bridge:
        _bridge.append(MessageBridge())
    return _bridge[0]
