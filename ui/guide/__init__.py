"""Quick guides: one illustrated card per counter task, from real screenshots of this version.

`station guide --out F.pdf [--lang en]` makes a small example station in a temporary directory (never
the real one), drives the real Counter page into each task's moment through the same calls the scan
field makes, grabs the window (with any dialog painted over it, as in `station screenshot`), and lays
each picture out with its steps in large type (ui/guide/cards.py).
"""
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from station.i18n import N_, tr

GUIDE_USER, GUIDE_PIN = "zhanzhang", "1234"


@dataclass(frozen=True)
class Task:
    key: str
    title: tuple[str, str]
    steps: tuple[tuple[str, str], ...]


TASKS = (
    Task("intake", N_("Guide", "Take a parcel in"), (
        N_("Guide", "Scan the parcel's tracking number (the scan field always has the cursor)."),
        N_("Guide", "Type the last 4 digits of the phone on the label, then Enter."),
        N_("Guide", "Green ✔ Done: write the big pickup code on the parcel and put it on the shelf shown."),
        N_("Guide", "F3 prints a shelf label. Nobody matches the phone? A form opens with the digits in it."))),
    Task("handout", N_("Guide", "Hand parcels out, also to a delegate"), (
        N_("Guide", "Scan the pickup code from the resident's text message, or type the phone tail or name."),
        N_("Guide", "Check the ticked parcels. ↑ ↓ choose who takes them: the resident, a registered delegate or "
                    "someone else."),
        N_("Guide", "Enter hands them out. Someone else: type their name and relation, then Enter."),
        N_("Guide", "Ctrl+Z undoes the last handout if it was a mistake."))),
    Task("same_name", N_("Guide", "Two residents with the same name"), (
        N_("Guide", "Typing a name that several residents share shows a numbered list."),
        N_("Guide", "Ask for the village group or the last 4 digits of the phone."),
        N_("Guide", "Type the line's number, or ↑ ↓ then Enter. Esc cancels."))),
    Task("slip", N_("Guide", "A volunteer brings delivery slips back"), (
        N_("Guide", "Scan the QR code on each slip at the counter."),
        N_("Guide", "Press the number of what happened at the door (1 delivered, …), then Enter."),
        N_("Guide", "A forged or already used slip is refused in red, with what to do next."))),
    Task("switch_user", N_("Guide", "Switch user"), (
        N_("Guide", "Ctrl+L opens the sign-in dialog."),
        N_("Guide", "↑ ↓ choose your name, type your PIN, then Enter. Esc keeps the current user."))),
    Task("print", N_("Guide", "Print a receipt or a shelf label"), (
        N_("Guide", "After a handout, F4 prints the receipt for the resident."),
        N_("Guide", "After an intake, F3 prints the parcel's shelf label."),
        N_("Guide", "F1 on any page lists every key."))),
)


def make_guide(out: Path, lang: str | None = None, large_text: bool = True, size: str = "1366x768") -> dict:
    """Write the guide PDF to `out`; returns {"out", "pages", "tasks"}."""
    from ui.guide.cards import write_cards
    from ui.guide.shots import take_shots

    os.environ["STATION_KEYSTORE"] = "file"  # the example station's keys go with its temporary folder
    work = Path(tempfile.mkdtemp(prefix="station-guide-"))
    try:
        shots = take_shots(work / "station", work / "shots", lang, large_text, size)
        pages = write_cards(out, [(task, shots[task.key]) for task in TASKS])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"out": str(out), "pages": pages, "tasks": [task.key for task in TASKS]}


def title_of(task: Task) -> str:
    return tr(*task.title)
