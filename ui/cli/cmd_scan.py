"""station scan TEXT: the same routing as the counter's scan field (here: delivery slips).

Minimal version from the delivery branch; the counter's version (pickup codes, tracking numbers) is
merged over it — keep the --outcome/--delegate options.
"""
from station import scan
from ui.cli.framework import Invocation, Output, command

OUTCOMES = ["delivered", "delegate", "not_home", "refused", "bad_address"]


def register(subparsers) -> None:
    parser = command(subparsers, "scan", run_scan, "route a scanned code (slip QR, pickup code, tracking number)")
    parser.add_argument("text")
    parser.add_argument("--outcome", choices=OUTCOMES, help="for a delivery slip: what happened at the door")
    parser.add_argument("--delegate", default="", help="with --outcome delegate: who took the parcels")


def run_scan(inv: Invocation) -> Output:
    options = {}
    if inv.args.outcome:
        options = {"outcome": inv.args.outcome, "delegate": inv.args.delegate}
    result = scan.route(inv.ctx(), inv.args.text, **options)
    return Output({"kind": result.kind, "message": result.message, **result.data}, result.message)
