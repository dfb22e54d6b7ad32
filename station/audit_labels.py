"""Words for the audit log's action codes, so staff read "parcel handed out", not `parcel.handout`.

The codes stay in the log (they are what the hash chain covers and what filters match); only the display
is translated. A code without a label is shown as it is.
"""
from station.i18n import N_, tr

ACTION_LABELS = {
    "station.init": N_("AuditActions", "Station made"),
    "office.init": N_("AuditActions", "Town office made"),
    "account.add": N_("AuditActions", "Account added"),
    "account.change_pin": N_("AuditActions", "PIN changed"),
    "account.deactivate": N_("AuditActions", "Account deactivated"),
    "account.locked": N_("AuditActions", "Account locked after wrong PINs"),
    "account.sign_in": N_("AuditActions", "Signed in"),
    "setting.set": N_("AuditActions", "Setting changed"),
    "station.restore": N_("AuditActions", "Restored from a backup"),
    "demo.fill": N_("AuditActions", "Demo data filled in"),
    "group.add": N_("AuditActions", "Village group added"),
    "resident.add": N_("AuditActions", "Resident added"),
    "resident.edit": N_("AuditActions", "Resident changed"),
    "resident.household": N_("AuditActions", "Household changed"),
    "delegate.add": N_("AuditActions", "Delegate added"),
    "delegate.remove": N_("AuditActions", "Delegate removed"),
    "parcel.intake": N_("AuditActions", "Parcel taken in"),
    "parcel.prealert": N_("AuditActions", "Parcel announced in advance"),
    "parcel.handout": N_("AuditActions", "Parcels handed out"),
    "parcel.handout_undo": N_("AuditActions", "Handout undone"),
    "parcel.problem": N_("AuditActions", "Problem parcel reported"),
    "parcel.reassign": N_("AuditActions", "Problem parcel given to a resident"),
    "parcel.return": N_("AuditActions", "Parcel returned to the courier"),
    "parcel.return_due": N_("AuditActions", "Parcel due for return"),
    "delivery.plan": N_("AuditActions", "Delivery run planned"),
    "delivery.assign": N_("AuditActions", "Volunteer assigned to a run"),
    "delivery.reorder": N_("AuditActions", "Stops reordered"),
    "delivery.slips_printed": N_("AuditActions", "Delivery slips printed"),
    "delivery.outcome": N_("AuditActions", "Delivery outcome recorded"),
    "delivery.close": N_("AuditActions", "Delivery run closed"),
    "delivery.cancel": N_("AuditActions", "Delivery run cancelled"),
    "volunteer.add": N_("AuditActions", "Volunteer added"),
    "volunteer.edit": N_("AuditActions", "Volunteer changed"),
    "volunteer.hours": N_("AuditActions", "Volunteer hours entered"),
    "sync.export": N_("AuditActions", "Sync bundle written"),
    "sync.ack": N_("AuditActions", "Office acknowledgement applied"),
    "sync.office_key": N_("AuditActions", "Town office key trusted"),
    "office.enroll": N_("AuditActions", "Station enrolled"),
    "office.import": N_("AuditActions", "Bundle imported"),
    "office.quarantine": N_("AuditActions", "Bundle refused and quarantined"),
    "office.watch_add": N_("AuditActions", "Merchant added to the watch list"),
    "office.notice_add": N_("AuditActions", "Notice added for stations"),
    "case.add": N_("AuditActions", "Rights case opened"),
    "case.log": N_("AuditActions", "Case action logged"),
    "case.clock": N_("AuditActions", "Case deadline started"),
    "case.pause": N_("AuditActions", "Case clocks paused"),
    "case.resume": N_("AuditActions", "Case clocks resumed"),
    "case.close": N_("AuditActions", "Rights case closed"),
    "case.merge": N_("AuditActions", "Duplicate case merged"),
    "case.evidence": N_("AuditActions", "Evidence added to a case"),
    "case.escalate": N_("AuditActions", "Case escalated to the town office"),
    "calendar.import": N_("AuditActions", "Working-day calendar imported"),
    "order.place": N_("AuditActions", "Order placed for a resident"),
    "order.shipped": N_("AuditActions", "Order shipped"),
    "order.arrived": N_("AuditActions", "Order's parcel arrived"),
    "order.collected": N_("AuditActions", "Order collected"),
    "order.delivered": N_("AuditActions", "Order delivered to the door"),
    "order.done": N_("AuditActions", "Order closed"),
    "order.cancelled": N_("AuditActions", "Order cancelled"),
    "return.start": N_("AuditActions", "Return started"),
    "return.handoff": N_("AuditActions", "Return parcel handed to a courier"),
    "return.refund": N_("AuditActions", "Refund confirmed"),
    "send.add": N_("AuditActions", "Outgoing parcel taken in"),
    "send.handover": N_("AuditActions", "Outgoing parcels handed to a courier"),
    "cash.entry": N_("AuditActions", "Cash entry"),
    "cash.reverse": N_("AuditActions", "Cash entry reversed"),
    "cash.count": N_("AuditActions", "Cash counted"),
    "cod.hold": N_("AuditActions", "Unexpected cash-on-delivery parcel held"),
    "cod.expected": N_("AuditActions", "Expected cash-on-delivery parcel"),
    "cod.pay": N_("AuditActions", "Cash on delivery paid"),
    "cod.refuse": N_("AuditActions", "Cash-on-delivery parcel refused"),
    "merchant.flag": N_("AuditActions", "Merchant flagged"),
    "merchant.unflag": N_("AuditActions", "Merchant flag removed"),
}
NOTICE = N_("AuditActions", "Notice given to a resident")
ACTORS = {"console": N_("AuditActions", "local administrator"), "scheduler": N_("AuditActions", "scheduled task")}


def action_label(code: str) -> str:
    if code in ACTION_LABELS:
        return tr(*ACTION_LABELS[code])
    return tr(*NOTICE) if code.startswith("notice.") else code


def actor_label(username: str) -> str:
    return tr(*ACTORS[username]) if username in ACTORS else username
