"""The audit log's actions, each declared once: the code written to the log beside its words for staff.

Services pass these constants to `audit.record`, which refuses a code not declared here, so every row the
log can hold has a label ("parcel handed out", not `parcel.handout`). The codes stay in the log (they are
what the hash chain covers and what filters match); only the display is translated. A code without a label
(a row from a newer version) is shown as it is.
"""
from station.i18n import N_, tr

ACTION_LABELS: dict[str, tuple[str, str]] = {}


def _declare(code: str, label: tuple[str, str]) -> str:
    ACTION_LABELS[code] = label
    return code


STATION_INIT = _declare("station.init", N_("AuditActions", "Station made"))
OFFICE_INIT = _declare("office.init", N_("AuditActions", "Town office made"))
ACCOUNT_ADD = _declare("account.add", N_("AuditActions", "Account added"))
ACCOUNT_CHANGE_PIN = _declare("account.change_pin", N_("AuditActions", "PIN changed"))
ACCOUNT_DEACTIVATE = _declare("account.deactivate", N_("AuditActions", "Account deactivated"))
ACCOUNT_LOCKED = _declare("account.locked", N_("AuditActions", "Account locked after wrong PINs"))
ACCOUNT_SIGN_IN = _declare("account.sign_in", N_("AuditActions", "Signed in"))
ACCOUNT_UNLOCK = _declare("account.unlock", N_("AuditActions", "Account unlocked"))
TOKEN_ADD = _declare("token.add", N_("AuditActions", "Access token made"))
TOKEN_REVOKE = _declare("token.revoke", N_("AuditActions", "Access token revoked"))
KEYS_IMPORT = _declare("keys.import", N_("AuditActions", "Private keys imported on this PC"))
SETTING_SET = _declare("setting.set", N_("AuditActions", "Setting changed"))
STATION_RESTORE = _declare("station.restore", N_("AuditActions", "Restored from a backup"))
INIT_ACTIONS = {"station": STATION_INIT, "office": OFFICE_INIT}  # by data directory kind
DEMO_FILL = _declare("demo.fill", N_("AuditActions", "Demo data filled in"))
GROUP_ADD = _declare("group.add", N_("AuditActions", "Village group added"))
RESIDENT_ADD = _declare("resident.add", N_("AuditActions", "Resident added"))
RESIDENT_EDIT = _declare("resident.edit", N_("AuditActions", "Resident changed"))
RESIDENT_HOUSEHOLD = _declare("resident.household", N_("AuditActions", "Household changed"))
DELEGATE_ADD = _declare("delegate.add", N_("AuditActions", "Delegate added"))
DELEGATE_REMOVE = _declare("delegate.remove", N_("AuditActions", "Delegate removed"))
PARCEL_INTAKE = _declare("parcel.intake", N_("AuditActions", "Parcel taken in"))
PARCEL_PREALERT = _declare("parcel.prealert", N_("AuditActions", "Parcel announced in advance"))
PARCEL_HANDOUT = _declare("parcel.handout", N_("AuditActions", "Parcels handed out"))
PARCEL_HANDOUT_UNDO = _declare("parcel.handout_undo", N_("AuditActions", "Handout undone"))
PARCEL_PROBLEM = _declare("parcel.problem", N_("AuditActions", "Problem parcel reported"))
PARCEL_REASSIGN = _declare("parcel.reassign", N_("AuditActions", "Problem parcel given to a resident"))
PARCEL_RETURN = _declare("parcel.return", N_("AuditActions", "Parcel returned to the courier"))
PARCEL_RETURN_DUE = _declare("parcel.return_due", N_("AuditActions", "Parcel due for return"))
DELIVERY_PLAN = _declare("delivery.plan", N_("AuditActions", "Delivery run planned"))
DELIVERY_ASSIGN = _declare("delivery.assign", N_("AuditActions", "Volunteer assigned to a run"))
DELIVERY_REORDER = _declare("delivery.reorder", N_("AuditActions", "Stops reordered"))
DELIVERY_SLIPS_PRINTED = _declare("delivery.slips_printed", N_("AuditActions", "Delivery slips printed"))
DELIVERY_OUTCOME = _declare("delivery.outcome", N_("AuditActions", "Delivery outcome recorded"))
DELIVERY_CLOSE = _declare("delivery.close", N_("AuditActions", "Delivery run closed"))
DELIVERY_CANCEL = _declare("delivery.cancel", N_("AuditActions", "Delivery run cancelled"))
VOLUNTEER_ADD = _declare("volunteer.add", N_("AuditActions", "Volunteer added"))
VOLUNTEER_EDIT = _declare("volunteer.edit", N_("AuditActions", "Volunteer changed"))
VOLUNTEER_HOURS = _declare("volunteer.hours", N_("AuditActions", "Volunteer hours entered"))
SYNC_EXPORT = _declare("sync.export", N_("AuditActions", "Sync bundle written"))
SYNC_ACK = _declare("sync.ack", N_("AuditActions", "Office acknowledgement applied"))
SYNC_OFFICE_KEY = _declare("sync.office_key", N_("AuditActions", "Town office key trusted"))
OFFICE_ENROLL = _declare("office.enroll", N_("AuditActions", "Station enrolled"))
OFFICE_IMPORT = _declare("office.import", N_("AuditActions", "Bundle imported"))
OFFICE_QUARANTINE = _declare("office.quarantine", N_("AuditActions", "Bundle refused and quarantined"))
OFFICE_WATCH_ADD = _declare("office.watch_add", N_("AuditActions", "Merchant added to the watch list"))
OFFICE_NOTICE_ADD = _declare("office.notice_add", N_("AuditActions", "Notice added for stations"))
OFFICE_REFIGURE = _declare("office.refigure", N_("AuditActions", "Office figures recomputed"))
OFFICE_BUNDLE_LIMIT = _declare("office.bundle_limit", N_("AuditActions", "Station's bundle size limit set"))
OFFICE_WATCH_PROPOSE = _declare("office.watch_propose", N_("AuditActions", "Merchant proposed for the watch list"))
OFFICE_WATCH_ACCEPT = _declare("office.watch_accept", N_("AuditActions", "Merchant accepted on the watch list"))
OFFICE_WATCH_APPEAL = _declare("office.watch_appeal", N_("AuditActions", "Watch-list appeal recorded"))
OFFICE_WATCH_REMOVE = _declare("office.watch_remove", N_("AuditActions", "Merchant removed from the watch list"))
OFFICE_CALENDAR = _declare("office.calendar", N_("AuditActions", "Working-day calendar imported"))
OFFICE_QUARANTINE_RELEASE = _declare("office.quarantine_release", N_("AuditActions", "Quarantined bundle released"))
OFFICE_QUARANTINE_DELETE = _declare("office.quarantine_delete", N_("AuditActions", "Quarantined bundle deleted"))
ORDER_PLACE = _declare("order.place", N_("AuditActions", "Order placed for a resident"))
ORDER_SHIPPED = _declare("order.shipped", N_("AuditActions", "Order shipped"))
ORDER_ARRIVED = _declare("order.arrived", N_("AuditActions", "Order's parcel arrived"))
ORDER_COLLECTED = _declare("order.collected", N_("AuditActions", "Order collected"))
ORDER_DELIVERED = _declare("order.delivered", N_("AuditActions", "Order delivered to the door"))
ORDER_DONE = _declare("order.done", N_("AuditActions", "Order closed"))
ORDER_CANCELLED = _declare("order.cancelled", N_("AuditActions", "Order cancelled"))
RETURN_START = _declare("return.start", N_("AuditActions", "Return started"))
RETURN_HANDOFF = _declare("return.handoff", N_("AuditActions", "Return parcel handed to a courier"))
RETURN_REFUND = _declare("return.refund", N_("AuditActions", "Refund confirmed"))
RETURN_EXCHANGED = _declare("return.exchanged", N_("AuditActions", "Exchange done: replacement received"))
SEND_ADD = _declare("send.add", N_("AuditActions", "Outgoing parcel taken in"))
SEND_HANDOVER = _declare("send.handover", N_("AuditActions", "Outgoing parcels handed to a courier"))
CASH_ENTRY = _declare("cash.entry", N_("AuditActions", "Cash entry"))
CASH_REVERSE = _declare("cash.reverse", N_("AuditActions", "Cash entry reversed"))
CASH_COUNT = _declare("cash.count", N_("AuditActions", "Cash counted"))
COD_HOLD = _declare("cod.hold", N_("AuditActions", "Unexpected cash-on-delivery parcel held"))
COD_EXPECTED = _declare("cod.expected", N_("AuditActions", "Expected cash-on-delivery parcel"))
COD_PAY = _declare("cod.pay", N_("AuditActions", "Cash on delivery paid"))
COD_REFUSE = _declare("cod.refuse", N_("AuditActions", "Cash-on-delivery parcel refused"))
MERCHANT_FLAG = _declare("merchant.flag", N_("AuditActions", "Merchant flagged"))
MERCHANT_UNFLAG = _declare("merchant.unflag", N_("AuditActions", "Merchant flag removed"))
CASE_ADD = _declare("case.add", N_("AuditActions", "Rights case opened"))
CASE_LOG = _declare("case.log", N_("AuditActions", "Case action logged"))
CASE_CLOCK = _declare("case.clock", N_("AuditActions", "Case deadline started"))
CASE_PAUSE = _declare("case.pause", N_("AuditActions", "Case clocks paused"))
CASE_RESUME = _declare("case.resume", N_("AuditActions", "Case clocks resumed"))
CASE_CLOSE = _declare("case.close", N_("AuditActions", "Rights case closed"))
CASE_MERGE = _declare("case.merge", N_("AuditActions", "Duplicate case merged"))
CASE_EVIDENCE = _declare("case.evidence", N_("AuditActions", "Evidence added to a case"))
CASE_ESCALATE = _declare("case.escalate", N_("AuditActions", "Case escalated to the town office"))
CALENDAR_IMPORT = _declare("calendar.import", N_("AuditActions", "Working-day calendar imported"))
_NOTICE = N_("AuditActions", "Notice given to a resident")
NOTICE_NOTICE = _declare("notice.notice", _NOTICE)
NOTICE_REMINDER = _declare("notice.reminder", _NOTICE)
NOTICE_ACTIONS = {"notice": NOTICE_NOTICE, "reminder": NOTICE_REMINDER}  # by notice kind (notice_log.KINDS)
ACTORS = {"console": N_("AuditActions", "local administrator"), "scheduler": N_("AuditActions", "scheduled task"),
          "setup": N_("AuditActions", "first setup")}
TOKEN = N_("AuditActions", "access token {name}")


def action_label(code: str) -> str:
    if code in ACTION_LABELS:
        return tr(*ACTION_LABELS[code])
    return tr(*_NOTICE) if code.startswith("notice.") else code


def is_declared(code: str) -> bool:
    return code in ACTION_LABELS


def actor_label(username: str) -> str:
    if username.startswith("token:"):
        return tr(*TOKEN).format(name=username.split(":", 1)[1])
    return tr(*ACTORS[username]) if username in ACTORS else username
