"""Deliveries widgets; `open_slip_outcome` is what the Counter page calls when the router reports a slip."""
from station.delivery.outcomes import record_outcome
from station.delivery.scanning import outcome_message
from ui import messages
from ui.ops import Op


def open_slip_outcome(parent, session, scan_result, on_recorded=None):
    """Show the outcome choice for a scanned slip and record it (off the GUI thread) when confirmed.

    `scan_result` is the router's ScanResult for kind "delivery_slip" (its data holds the slip). Returns
    the dialog, already open (window-modal, not blocking). `on_recorded(done)` runs on the GUI thread after
    the outcome was recorded (the Counter shows it in its result panel)."""
    from ui.delivery.outcome_dialog import OutcomeDialog

    slip = scan_result.data
    dialog = OutcomeDialog(slip, parent)

    def record() -> None:
        outcome, delegate, note = dialog.outcome(), dialog.delegate_name(), dialog.note_text()
        Op(lambda: record_outcome(session.ctx, slip["payload"], outcome, delegate, note), parent=parent).success(
            lambda done: _recorded(session, done, on_recorded)).run()

    dialog.accepted.connect(record)
    dialog.open()
    return dialog


def _recorded(session, done: dict, on_recorded=None) -> None:
    messages.bridge().info(outcome_message(done))
    if on_recorded is not None:
        on_recorded(done)
    session.notify("parcels")
    session.notify("deliveries")
