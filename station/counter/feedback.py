"""What kind of answer each counter state is, and what to do next after a refusal. No Qt, no database.

Every scan answers in the counter's result area with one of four verdicts, shown by colour, icon and
words together (colour is never the only signal) and heard as a short sound:

  SUCCESS  something was done (stored, handed out, undone, a slip's outcome recorded)
  REFUSED  nothing was done; the words say why and what to do next
  CHOICE   the counter needs an answer (whose parcel, which of several, who takes it, a new resident)
  READY    nothing pending (start, cancelled, any other message)
"""
from dataclasses import dataclass

from station.counter import states as s
from station.errors import StationError
from station.i18n import N_, tr

SUCCESS, REFUSED, CHOICE, READY = "success", "refused", "choice", "ready"

HEADLINES = {
    SUCCESS: N_("Counter", "Done"),
    REFUSED: N_("Counter", "Not done"),
    CHOICE: N_("Counter", "Your answer, please"),
    READY: N_("Counter", "Ready"),
}

# After a refusal: what to do next, by the error's stable code (why), else by its kind.
NEXT_STEPS = {
    "pickup_code": N_("Counter", "Check the code on the resident's text message and scan or type it again, "
                                 "or type their phone tail or name."),
    "waiting_parcels": N_("Counter", "Ask for another name or phone number, or look the parcel up on the "
                                     "Parcels page."),
    "tracking_number": N_("Counter", "Check the number on the parcel and scan it again."),
    "unrecognised_scan": N_("Counter", "Scan again, or type a tracking number, pickup code, phone tail or name."),
    "empty_scan": N_("Counter", "Scan a parcel or type a pickup code, phone tail or name."),
    "phone_tail": N_("Counter", "Type the last 4 digits or the whole 11-digit phone number, then Enter."),
    "already_picked_up": N_("Counter", "Nothing to hand out. If this looks wrong, check the parcel's history on "
                                       "the Parcels page."),
    "already_delivered": N_("Counter", "Nothing to hand out: a volunteer already brought it to the door."),
    "out_for_delivery": N_("Counter", "Ask the volunteer to bring the parcel back, or wait for the slip."),
    "in_problem_queue": N_("Counter", "Open the problem queue on the Parcels page and resolve it there first."),
    "returned": N_("Counter", "Nothing to hand out: the parcel went back to the courier."),
    "already_here": N_("Counter", "The parcel is already in: put it on the shelf shown."),
    "already_expected": N_("Counter", "The parcel is already expected; nothing more to do."),
    "no_parcels_chosen": N_("Counter", "Tick at least one parcel, then Enter."),
    "relation_missing": N_("Counter", "Say how the receiver is related, then Enter."),
    "receiver_missing": N_("Counter", "Type the receiver's name, then Enter."),
    "undo_too_late": N_("Counter", "Correct it on the Parcels page instead."),
    "practice": N_("Counter", "Practice mode only pretends; nothing leaves this PC."),
}
KIND_STEPS = {
    "permission_denied": N_("Counter", "Ask someone with the right role to sign in (Ctrl+L)."),
}
DEFAULT_STEP = N_("Counter", "Nothing was changed. Try again, or press F1 for help.")

_VERDICTS = {s.Stored: SUCCESS, s.HandedOut: SUCCESS, s.Undone: SUCCESS, s.Refusal: REFUSED,
             s.AskResident: CHOICE, s.ChooseResident: CHOICE, s.ChooseWaiting: CHOICE, s.Handout: CHOICE,
             s.NewResident: CHOICE, s.SlipScanned: CHOICE}


@dataclass(frozen=True)
class Feedback:
    verdict: str  # SUCCESS, REFUSED, CHOICE or READY
    headline: str  # large: what happened, in words
    detail: str = ""  # below it: the refusal's reason or the question
    next_step: str = ""  # what to do next (refusals)


def verdict_of(state) -> str:
    return _VERDICTS.get(type(state), READY)


def next_step(error: BaseException) -> str:
    """What the person at the counter does next after `error` (always something)."""
    if isinstance(error, StationError):
        text = NEXT_STEPS.get(error.why or "") or KIND_STEPS.get(error.kind)
        if text:
            return tr(*text)
    return tr(*DEFAULT_STEP)


def refusal_feedback(error: BaseException) -> Feedback:
    reason = error.message() if isinstance(error, StationError) else str(error)
    return Feedback(REFUSED, tr(*HEADLINES[REFUSED]), reason, next_step(error))


def headline(verdict: str) -> str:
    return tr(*HEADLINES[verdict])
