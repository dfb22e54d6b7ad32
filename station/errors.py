"""Errors a user sees. Each carries an English source text translated at display time, so the CLI
and the GUI show the same message in the user's language and pick behaviour by type, never by text."""
import errno
from pathlib import Path

from station.i18n import N_, tr


class StationError(Exception):
    """A request the station refuses; nothing was changed."""

    context = "Errors"

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(text.format(**params) if params else text)
        self.text = text
        self.params = params

    def message(self) -> str:
        translated = tr(self.context, self.text)
        return translated.format(**self.params) if self.params else translated


class InvalidInput(StationError):
    """Bad input in a form, scan, file or command."""


class NotFound(StationError):
    """The thing asked for does not exist."""


class Refused(StationError):
    """The request is understood but not allowed in the current state."""


class PermissionDenied(StationError):
    """The signed-in account's role may not do this."""


class NoStation(StationError):
    """The data directory holds no station yet."""


class SchemaTooNew(StationError):
    """The database was written by a newer Village Station."""


_NO_SUCH_FILE = N_("Errors", "there is no such file")
_OS_REASONS = {
    errno.ENOENT: N_("Errors", "the folder does not exist"),
    errno.EACCES: N_("Errors", "permission denied"),
    errno.EPERM: N_("Errors", "permission denied"),
    errno.EISDIR: N_("Errors", "it is a folder"),
    errno.ENOTDIR: N_("Errors", "part of the path is not a folder"),
    errno.ENOSPC: N_("Errors", "the disk is full"),
    errno.EROFS: N_("Errors", "the drive is read-only"),
    errno.EEXIST: N_("Errors", "it already exists"),
}


def os_reason(exc: OSError) -> str:
    """Why a file could not be used, in the user's language ("there is no such file", "the disk is full")."""
    missing_file = exc.errno == errno.ENOENT and exc.filename is not None and Path(exc.filename).parent.is_dir()
    pair = _NO_SUCH_FILE if missing_file else _OS_REASONS.get(exc.errno or 0)
    return tr(*pair) if pair else (exc.strerror or str(exc))


def describe_os_error(exc: OSError) -> str:
    """One translated line for a file the user named that could not be read or written (no traceback)."""
    path = exc.filename if exc.filename is not None else ""
    return tr("Errors", "Cannot use {path}: {reason}.").format(path=path, reason=os_reason(exc))
