"""The delivery slip as a scan kind: `VS1.` payloads from the counter's scan field or `station scan`."""
from station.context import Ctx
from station.delivery import OUTCOME_LABELS, Outcome
from station.delivery.outcomes import record_outcome, slip_info
from station.delivery.slipauth import looks_like_slip
from station.i18n import ntr, tr
from station.scan import ScanKind, ScanResult, register

KIND = "delivery_slip"


def handle(ctx: Ctx, text: str, outcome: str | None = None, delegate: str = "", note: str = "",
           **_options) -> ScanResult:
    """Without an outcome: the slip's details, for the outcome choice. With one: record it."""
    if not outcome:
        info = slip_info(ctx, text)
        message = tr("Delivery", "Slip {code} for {name}: choose what happened at the door.").format(
            code=info["slip_code"], name=info["name"])
        return ScanResult(KIND, message, {**info, "needs_outcome": True})
    done = record_outcome(ctx, text, outcome, delegate or "", note or "")
    return ScanResult(KIND, outcome_message(done), {**done, "needs_outcome": False})


def outcome_message(done: dict) -> str:
    """What the user is told after an outcome was recorded (CLI and GUI alike)."""
    message = ntr("Delivery", "Slip {code}: {outcome} recorded for 1 parcel.",
                  "Slip {code}: {outcome} recorded for {count} parcels.", len(done["parcels"]),
                  code=done["slip"], outcome=tr(*OUTCOME_LABELS[Outcome(done["outcome"])]))
    if done["run_closed"]:
        message += " " + tr("Delivery", "Run {run} is complete and closed.").format(run=done["run_code"])
    return message


register(ScanKind(KIND, 10, looks_like_slip, handle))
