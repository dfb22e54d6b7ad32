"""The residents' own timeline source: edits of a resident's record and delegates, read from the audit log."""
from collections.abc import Iterable

from db.models import AuditEntry
from station import audit_actions as actions
from station.i18n import N_, tr
from station.timeline import TimelineEntry, register_source

RECORD_ACTIONS = {
    actions.RESIDENT_ADD: N_("Timeline", "Resident registered"),
    actions.RESIDENT_EDIT: N_("Timeline", "Record changed"),
    actions.RESIDENT_HOUSEHOLD: N_("Timeline", "Household changed"),
    actions.DELEGATE_ADD: N_("Timeline", "Delegate added"),
    actions.DELEGATE_REMOVE: N_("Timeline", "Delegate removed"),
}


def record_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    """Edits of the resident's record and delegates, from the audit log."""
    query = AuditEntry.select().where(AuditEntry.entity_id == resident_gid, AuditEntry.entity == "resident",
                                      AuditEntry.action.in_(list(RECORD_ACTIONS)))
    for e in query:
        yield TimelineEntry(e.at, "record", tr("Timeline", "{what} by {actor}").format(
            what=tr(*RECORD_ACTIONS[e.action]), actor=e.actor), e.entity_id)


register_source("record", record_entries)
