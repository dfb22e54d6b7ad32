"""Why a bundle is refused: one reason code (for summaries and tests) and one translated message."""
import json

from station.errors import Refused
from station.i18n import N_, tr

REASONS: dict[str, tuple[str, str]] = {
    "not_a_bundle": N_("Errors", "{file} is not a Village Station bundle."),
    "truncated": N_("Errors", "{file} is incomplete (cut off while copying?)."),
    "tampered": N_("Errors", "{file} was changed after it was signed; it cannot be trusted."),
    "unknown_station": N_("Errors", "{file} comes from station {station}, which is not enrolled here."),
    "wrong_office": N_("Errors", "{file} was made for {office}, not for this office."),
    "wrong_station": N_("Errors", "{file} was made for station {station}, not for this one."),
    "untrusted_office": N_("Errors", "{file} is signed by {office}, which is not this station's trusted office."),
    "no_office_key": N_("Errors", "No office key yet: import the town office's key first (station office-key import)."),
    "schema_too_new": N_("Errors", "{file} was written by a newer Village Station (schema {found}); schema {found} "
                                   "or later is needed here (this version reads up to {known})."),
    "format_too_new": N_("Errors", "{file} uses bundle format {found}; this version reads format {known}."),
    "id_reused": N_("Errors", "{file} reuses bundle id {bundle}, already received with different contents."),
    "counts_differ": N_("Errors", "{file} holds other record counts than its manifest says."),
    "wrong_kind": N_("Errors", "{file} is a {kind}, not what this command takes."),
    "old_generation": N_("Errors", "{file} was made by station {station} before it was restored (or moved to a "
                                   "new PC); the office now follows its new history, so this bundle is not "
                                   "applied."),
}


class BundleRefused(Refused):
    """A bundle file that is not applied; `reason` is one of REASONS."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(REASONS[reason][1], why=f"bundle.{reason}", **params)
        self.reason = reason


REASONS["unreadable"] = N_("Errors", "{file} cannot be read: {error}")


def stored_message(exc: BundleRefused) -> str:
    """What the quarantine keeps: the reason's parameters, so the message is shown in the reader's language later
    (the office may import in Chinese and be read in English), with the English text for anyone reading the DB."""
    return json.dumps({"text": str(exc), "params": {k: str(v) for k, v in exc.params.items()}}, ensure_ascii=False)


def shown_message(reason: str, stored: str) -> str:
    """The stored quarantine message in the current language (older rows kept plain text: shown as they are)."""
    try:
        params = json.loads(stored)["params"]
        return tr(*REASONS[reason]).format(**params)
    except (ValueError, KeyError, TypeError, IndexError):
        return stored
