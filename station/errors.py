"""Errors a user sees. Each carries an English source text translated at display time, so the CLI
and the GUI show the same message in the user's language and pick behaviour by type, never by text."""
from station.i18n import tr


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
