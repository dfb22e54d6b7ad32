"""The counter's decisions: what a scanned or typed text means in the current state, what to do, what comes next.

`read` says what a text is (an answer to "whose parcel?", a choice 1–9, or a new scan) from the kind
`station.scan` gives it; the other functions do the work (on the ops worker) and return the next state
(station.counter.states) for the Counter page to render. A refused step returns `Refusal`, which keeps the
state the counter was in.
"""
from collections.abc import Callable

from station.context import Ctx
from station.counter.states import (
    CHOOSING,
    AskResident,
    ChooseResident,
    ChooseWaiting,
    HandedOut,
    Handout,
    NewResident,
    Refusal,
    Said,
    SlipScanned,
    Stored,
    Undone,
)
from station.errors import StationError
from station.parcels.handout import WaitingLookup, hand_out, undo_handout
from station.parcels.intake import (
    CHOOSE,
    NEED_RESIDENT,
    NO_MATCH,
    STORED,
    IntakeResult,
    intake,
    intake_for_new_resident,
)
from station.parcels.views import SELF_RELATION
from station.scan import ScanResult, classify, route

ANSWER, CHOICE, SCAN = "answer", "choice", "scan"
NEW_SCANS = ("pickup_code", "tracking", "delivery_slip")  # these start something new even while asking


def read(state, text: str) -> str:
    """ANSWER (to "whose parcel?"), CHOICE (a digit while choosing) or SCAN; no database."""
    if isinstance(state, AskResident) and classify(text) not in NEW_SCANS:
        return ANSWER
    if isinstance(state, CHOOSING) and text.isdigit() and len(text) == 1:
        return CHOICE
    return SCAN


def put_aside(state, text: str) -> str | None:
    """The tracking number left without a resident when a new scan interrupts the question."""
    return state.pending.tracking if isinstance(state, AskResident) and read(state, text) == SCAN else None


def step(ctx: Ctx, state, text: str):
    """The state after `text` was scanned or typed and Enter pressed."""
    meaning = read(state, text)
    if meaning == ANSWER:
        return guarded(state, lambda: _answer(ctx, state, text))
    if meaning == CHOICE:
        return guarded(state, lambda: choose(ctx, state, int(text) - 1))
    return guarded(state, lambda: after_scan(route(ctx, text)))


def guarded(state, work: Callable[[], object]):
    try:
        return work()
    except StationError as error:
        return Refusal(error, state)


def _answer(ctx: Ctx, state: AskResident, text: str):
    digits = text.replace(" ", "")
    who = {"phone": digits} if digits.isdigit() else {"name": text}
    return after_intake(intake(ctx, state.pending.tracking, **who), typed=text)


def choose(ctx: Ctx, state, index: int):
    """The index-th candidate (0-based) of a chooser; out of range keeps the chooser."""
    if isinstance(state, ChooseResident) and 0 <= index < len(state.pending.candidates):
        gid = state.pending.candidates[index].gid
        return after_intake(intake(ctx, state.pending.tracking, resident_gid=gid))
    if isinstance(state, ChooseWaiting) and 0 <= index < len(state.lookup.matches):
        return Handout(state.lookup.matches[index])
    return state


def after_scan(result: ScanResult):
    """The state a routed scan leads to, by the kind of its result: tracking, lookup, delivery_slip, …"""
    if result.kind == "delivery_slip" and result.data.get("needs_outcome"):
        return SlipScanned(result)
    if result.kind == "tracking":
        return after_intake(result.data["intake"])
    if result.kind == "lookup":
        return after_lookup(result.data["lookup"])
    return Said(result.message)


def after_intake(result: IntakeResult, typed: str = ""):
    if result.outcome == STORED:
        return Stored(result)
    if result.outcome == CHOOSE:
        return ChooseResident(result)
    if result.outcome == NO_MATCH:
        return NewResident(result, typed)
    assert result.outcome == NEED_RESIDENT, result.outcome
    return AskResident(result)


def after_lookup(lookup: WaitingLookup):
    return Handout(lookup.matches[0]) if len(lookup.matches) == 1 else ChooseWaiting(lookup)


def add_and_store(ctx: Ctx, state: NewResident, values: dict):
    """The new resident form was filled in: the resident and the parcel, in one transaction."""
    values = dict(values)
    name, phone, group = values.pop("name"), values.pop("phone"), values.pop("group_gid", None)
    return guarded(state, lambda: after_intake(
        intake_for_new_resident(ctx, state.pending.tracking, name, phone, group, **values)))


def hand_over(ctx: Ctx, state: Handout, parcel_gids: list[str], delegate_gid: str | None = None,
              proxy: tuple[str, str] | None = None):
    """To the resident themself, to a registered delegate, or to someone else (proxy: name, relation)."""
    if proxy is not None:
        return guarded(state, lambda: HandedOut(hand_out(ctx, parcel_gids, *proxy)))
    if delegate_gid:
        return guarded(state, lambda: HandedOut(hand_out(ctx, parcel_gids, delegate_gid=delegate_gid)))
    return guarded(state, lambda: HandedOut(hand_out(ctx, parcel_gids, "", SELF_RELATION)))


def undo(ctx: Ctx, state, handout_id: str):
    return guarded(state, lambda: Undone(undo_handout(ctx, handout_id)))
