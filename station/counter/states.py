"""What the counter shows after each step. Immutable, so a state made on the ops worker is safe to render.

Waiting for an answer:  AskResident (whose parcel?), ChooseResident (several match the answer),
                        NewResident (nobody matches: the form, with what was typed), ChooseWaiting (several
                        residents have parcels waiting), Handout (one resident's parcels and who may take them)
Outcomes:               Idle, Stored, HandedOut, Undone, SlipScanned, Said (any other scan's message)
Refusal:                the error and the state to stay in (the message says what to do next)
"""
from dataclasses import dataclass

from station.parcels.handout import HandoutResult, ResidentWaiting, WaitingLookup
from station.parcels.intake import IntakeResult
from station.scan import ScanResult


@dataclass(frozen=True)
class Idle:
    pass


@dataclass(frozen=True)
class AskResident:
    pending: IntakeResult


@dataclass(frozen=True)
class ChooseResident:
    pending: IntakeResult


@dataclass(frozen=True)
class NewResident:
    pending: IntakeResult
    typed: str = ""  # the answer nobody matched: a full phone or a name pre-fills the form

    @property
    def phone(self) -> str:
        return self.typed if self.typed.isdigit() and len(self.typed) == 11 else ""

    @property
    def name(self) -> str:
        return "" if self.typed.isdigit() else self.typed


@dataclass(frozen=True)
class ChooseWaiting:
    lookup: WaitingLookup


@dataclass(frozen=True)
class Handout:
    match: ResidentWaiting


@dataclass(frozen=True)
class Stored:
    result: IntakeResult


@dataclass(frozen=True)
class HandedOut:
    result: HandoutResult


@dataclass(frozen=True)
class Undone:
    result: HandoutResult


@dataclass(frozen=True)
class SlipScanned:
    scan: ScanResult


@dataclass(frozen=True)
class Said:
    message: str


@dataclass(frozen=True)
class Refusal:
    error: Exception
    stay: object  # the state the counter stays in


CHOOSING = (ChooseResident, ChooseWaiting)

