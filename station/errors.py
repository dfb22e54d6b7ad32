"""Errors a user sees. Each carries an English source text translated at display time, so the CLI
and the GUI show the same message in the user's language and pick behaviour by type, never by text."""
import errno
import unicodedata
from pathlib import Path

from station.i18n import N_, tr


class StationError(Exception):
    """A request the station refuses; nothing was changed.

    `code` is stable across versions and languages (`not_found`, `refused.already_picked_up`): scripts
    branch on it under `--json`. A subclass gives the kind; `why=` at the raise site names the case."""

    context = "Errors"
    kind = "error"

    def __init__(self, text: str, /, *, why: str | None = None, **params: object) -> None:
        params = {k: one_line(v) if isinstance(v, str) else v for k, v in params.items()}  # echoed input: one line
        super().__init__(text.format(**params) if params else text)
        self.text = text
        self.why = why
        self.params = params

    @property
    def code(self) -> str:
        return f"{self.kind}.{self.why}" if self.why else self.kind

    def message(self) -> str:
        translated = tr(self.context, self.text)
        return translated.format(**self.params) if self.params else translated

    def to_dict(self) -> dict:
        """What `--json` prints for a refusal: `{"code", "message", "params"}`."""
        params = {key: value if isinstance(value, int | float | bool) or value is None else str(value)
                  for key, value in self.params.items()}
        return {"code": self.code, "message": self.message(), "params": params}


_ESCAPED = ("Cc", "Cs", "Zl", "Zp")  # controls, lone surrogates, and U+2028 / U+2029, which end a line too


def one_line(text: str) -> str:
    """User input echoed in a message, on one line: control characters, lone surrogates and line or paragraph
    separators as escapes."""
    if not any(unicodedata.category(c) in _ESCAPED for c in text):
        return text
    return "".join(c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in _ESCAPED else c
                   for c in text)


class InvalidInput(StationError):
    """Bad input in a form, scan, file or command."""

    kind = "invalid"


class NotFound(StationError):
    """The thing asked for does not exist."""

    kind = "not_found"


class Refused(StationError):
    """The request is understood but not allowed in the current state."""

    kind = "refused"


class PermissionDenied(StationError):
    """The signed-in account's role may not do this."""

    kind = "permission_denied"


class NoStation(StationError):
    """The data directory holds no station yet."""

    kind = "no_station"


class SchemaTooNew(StationError):
    """The database was written by a newer Village Station."""

    kind = "schema_too_new"


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


_DATABASE_REASONS = {
    "refused": N_("Errors", "nothing answers on that port (is PostgreSQL running there?)"),
    "unknown_host": N_("Errors", "that host name is not known"),
    "timeout": N_("Errors", "the server did not answer in time"),
    "login": N_("Errors", "the user name or password was not accepted"),
    "unreachable": N_("Errors", "the network cannot reach that host"),
    "no_database": N_("Errors", "there is no database of that name on the server"),
}


def database_reason(kind: str, reason: str) -> str:
    """Why the office database cannot be used, in the user's language; the server's own words where we have none."""
    pair = _DATABASE_REASONS.get(kind)
    return tr(*pair) if pair else reason


def describe_os_error(exc: OSError) -> str:
    """One translated line for a file the user named that could not be read or written (no traceback)."""
    path = one_line(str(exc.filename)) if exc.filename is not None else ""
    return tr("Errors", "Cannot use {path}: {reason}.").format(path=path, reason=one_line(os_reason(exc)))


class FileProblem(StationError):
    """A file or folder the user named could not be read or written (wraps the OSError)."""

    kind = "file"

    def __init__(self, exc: OSError) -> None:
        text = str(exc).replace("{", "{{").replace("}", "}}")  # a path may hold braces: not a template
        super().__init__(text, why=errno.errorcode.get(exc.errno or 0, "other").lower(),
                         path=exc.filename if exc.filename is not None else "")
        self.os_error = exc

    def message(self) -> str:
        return describe_os_error(self.os_error)
