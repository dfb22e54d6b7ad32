"""station scan TEXT — the same routing as the counter's scan field."""
from dataclasses import asdict, is_dataclass

from station.errors import InvalidInput
from station.i18n import tr
from station.scan import route
from ui.cli.framework import Invocation, Output, command

OUTCOMES = ["delivered", "delegate", "not_home", "refused", "bad_address", "delivered_problem"]


def register(subparsers) -> None:
    cmd = command(subparsers, "scan", run_scan, "route a scanned text (tracking number, pickup code, slip)")
    cmd.add_argument("text", help="what was scanned or typed: a tracking number, a pickup code or a slip's QR "
                                  "text (VS1.…)")
    cmd.add_argument("--phone", default=None, help="for a tracking number: the resident's phone or its tail")
    cmd.add_argument("--name", default=None, help="for a tracking number: the resident's name")
    cmd.add_argument("--receiver", default=None, help="for a pickup code: hand the parcels out to this person")
    cmd.add_argument("--relation", default=None, help="the receiver's relation to the resident")
    cmd.add_argument("--outcome", choices=OUTCOMES, metavar="OUTCOME",
                     help="for a delivery slip: what happened at the door (delivered, delegate, not_home, "
                          "refused, bad_address or delivered_problem)")
    cmd.add_argument("--delegate", default=None, help="with --outcome delegate: who took the parcels")
    cmd.add_argument("--note", default=None, help="with --outcome delivered_problem: what was found at the door")


def _plain(value):
    if is_dataclass(value):
        return asdict(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def run_scan(inv: Invocation) -> Output:
    a = inv.args
    options = {k: v for k, v in (("phone", a.phone), ("name", a.name), ("receiver", a.receiver),
                                 ("relation", a.relation), ("outcome", a.outcome), ("delegate", a.delegate),
                                 ("note", a.note))
               if v is not None}
    result = route(inv.ctx(), a.text, **options)
    intake = result.data.get("intake")
    if intake is not None:
        from ui.cli.cmd_parcel import intake_output

        if intake.outcome != "stored" and not (a.phone or a.name):
            raise InvalidInput("{tracking} is a tracking number: give --phone or --name of the resident.",
                               why="resident_missing",
                               tracking=intake.tracking)
        return intake_output(intake)
    data = {"kind": result.kind, "message": result.message, **_plain(result.data)}
    text = result.message + _detail(result)
    if result.data.get("needs_outcome"):  # the counter opens a chooser; here the option says what happened
        text += "\n" + tr("Cli", "Record what happened with --outcome {choices}.").format(choices="|".join(OUTCOMES))
    return Output(data, text)


def _detail(result) -> str:
    from ui.cli.cmd_parcel import parcel_line

    lookup = result.data.get("lookup")
    if lookup is None:
        return ""
    lines = []
    for match in lookup.matches:
        who = match.resident
        lines.append(f"{who.name} ({who.group or '-'}) ****{who.phone_tail}" if who else "?")
        lines += ["  " + parcel_line(p) for p in match.parcels]
    return "\n" + "\n".join(lines)
