"""A volunteer's delivery slip scanned at the counter: the outcome choice opens over the page.

The delivery area's dialog records the outcome; the counter shows what was recorded and logs it.
"""
from station.i18n import tr
from ui.qt import QtWidgets


def open_outcome(page, result, closed) -> QtWidgets.QDialog:
    """Open the outcome choice for `result` (the router's delivery_slip ScanResult); `closed()` after it shuts."""
    from ui.delivery import open_slip_outcome

    slip = result.data
    dialog = open_slip_outcome(page, page.session, result, on_recorded=lambda done: _recorded(page, slip, done))

    def finished(_code: int) -> None:
        dialog.deleteLater()
        closed()

    dialog.finished.connect(finished)
    return dialog


def _recorded(page, slip: dict, done: dict) -> None:
    from station.counter.feedback import SUCCESS
    from station.delivery.scanning import outcome_message

    codes = "  ".join(p["pickup_code"] for p in slip.get("parcels", []))
    from station.counter.states import Idle

    page.state = Idle()
    page.view.say(SUCCESS, tr("Counter", "Delivery slip recorded"))
    page.result.show_text(slip["name"], codes, outcome_message(done))
    page.view.show_mode("idle")
    page.sounds.play(SUCCESS)
    page.view.add_log(tr("Counter", "Slip {code}: {name}").format(code=done["slip"], name=slip["name"]))
