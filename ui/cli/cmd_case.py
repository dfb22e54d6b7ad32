"""station case add | list | show | log | evidence | verify | pause | resume | clock | close | merge | dossier
| stats | escalate | remind — rights cases over station.cases (staff and admin only)."""
from pathlib import Path

from station.cases import OUTCOMES, STATES, label
from station.cases.clocks import CLOCK_LABELS
from station.i18n import ntr, tr
from ui.cli.framework import Invocation, Output, command, group, lazy

ACTION_CHOICES = ["merchant_contacted", "platform_complaint", "filed_12315", "accepted", "mediation_session",
                  "legal_aid", "note"]


def register(subparsers) -> None:
    cmds = group(subparsers, "case", "rights cases: intake, timeline, legal clocks, evidence, dossier")
    _register_intake(cmds)
    _register_clocks(cmds)
    _register_outputs(cmds)


def _register_intake(cmds) -> None:
    add = command(cmds, "add", run_add, "open a case -> its number")
    add.add_argument("--resident", default="", help="the complainant's mobile number")
    add.add_argument("--merchant", default="", help="the merchant complained about")
    add.add_argument("--platform", default="", help="the platform it was bought on, e.g. 拼多多")
    add.add_argument("--category", default="", help="complaint category: false_advertising, expired_counterfeit, "
                                                    "after_sales, refund_overdue, fraud, other")
    add.add_argument("--amount", default="", help="amount claimed, yuan (128.50)")
    add.add_argument("--summary", default="", help="what happened")
    add.add_argument("--wants", default="", help="what the resident wants")
    add.add_argument("--from-return", dest="from_return", metavar="ID", help="carry over an overdue refund's facts")
    add.add_argument("--from-parcel", dest="from_parcel", metavar="TRACKING", help="carry over a parcel's facts")
    add.add_argument("--date", help="day the complaint was received (default: today)")
    listing = command(cmds, "list", run_list, "cases by state, or the due-soon / overdue clocks")
    listing.add_argument("--state", choices=["open", "closed", "merged"],
                         help="only cases in this state: open, closed or merged")
    listing.add_argument("--due-soon", dest="due_soon", action="store_true", help="list the deadlines due soon instead")
    listing.add_argument("--overdue", action="store_true", help="list the deadlines already passed instead")
    command(cmds, "show", run_show, "a case: facts, timeline, evidence, clocks").add_argument(
        "id", help="case number, e.g. 2026-0001")
    log = command(cmds, "log", run_log, "an action on the timeline (filed_12315 and accepted start clocks)")
    log.add_argument("id", help="case number, e.g. 2026-0001")
    log.add_argument("--action", required=True, choices=ACTION_CHOICES, metavar="ACTION",
                     help="merchant_contacted, platform_complaint, filed_12315, accepted, mediation_session, "
                          "legal_aid or note")
    log.add_argument("--date", help="YYYY-MM-DD (default: today)")
    log.add_argument("--note", default="", help="what was done or said")
    ev = command(cmds, "evidence", run_evidence, "add files to the evidence vault")
    ev.add_argument("id", help="case number, e.g. 2026-0001")
    ev.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files to keep: photos, chats, receipts …")
    ev.add_argument("--kind", choices=["photo", "screenshot", "chat", "receipt", "recording", "other"],
                    metavar="KIND", help="photo, screenshot, chat, receipt, recording or other (default: from "
                                         "the file type)")
    command(cmds, "verify", run_verify, "re-check every evidence file's SHA-256").add_argument(
        "id", help="case number, e.g. 2026-0001")
    merge = command(cmds, "merge", run_merge, "merge a duplicate into another case")
    merge.add_argument("id", help="case number, e.g. 2026-0001")
    merge.add_argument("--into", required=True, metavar="ID2", help="the number of the case it joins")
    escalate = command(cmds, "escalate", run_escalate, "hand the case to the town office (its files may then travel)")
    escalate.add_argument("id", help="case number, e.g. 2026-0001")
    escalate.add_argument("--note", default="", help="a note for the town office")


def _register_clocks(cmds) -> None:
    pause = command(cmds, "pause", run_pause, "pause every clock of a case")
    resume = command(cmds, "resume", run_resume, "resume the clocks (deadlines recomputed)")
    for p in (pause, resume):
        p.add_argument("id", help="case number, e.g. 2026-0001")
        p.add_argument("--date", help="YYYY-MM-DD (default: today)")
        p.add_argument("--note", default="", help="a note on the timeline")
    clock = command(cmds, "clock", run_clock, "start a legal clock by hand (odr, report, custom …)")
    clock.add_argument("id", help="case number, e.g. 2026-0001")
    clock.add_argument("--kind", required=True, choices=["acceptance", "mediation", "business", "odr", "report",
                                                          "custom"], metavar="KIND",
                       help="acceptance, mediation, business, odr, report or custom (with --days)")
    clock.add_argument("--date", help="the triggering day (default: today)")
    clock.add_argument("--days", type=int, help="working days (custom only)")
    command(cmds, "remind", run_remind, "note due-soon and overdue deadlines and today's mediation sessions now")


def _register_outputs(cmds) -> None:
    close = command(cmds, "close", run_close, "close a case with its outcome")
    close.add_argument("id", help="case number, e.g. 2026-0001")
    close.add_argument("--outcome", required=True, choices=["money", "other", "withdrawn", "terminated"],
                       help="money (with --amount), other, withdrawn or terminated (with --next-step)")
    close.add_argument("--amount", default="", help="money recovered, yuan")
    close.add_argument("--satisfaction", type=int, choices=range(1, 6), metavar="1-5",
                       help="the resident's satisfaction, 1 (low) to 5 (high)")
    close.add_argument("--next-step", dest="next_step", default="", choices=["", "12315", "litigation", "legal_aid"],
                       metavar="{12315,litigation,legal_aid}", help="with --outcome terminated: where the resident "
                                                                  "goes next")
    close.add_argument("--date", help="YYYY-MM-DD (default: today)")
    close.add_argument("--note", default="", help="a note on the timeline")
    dossier = command(cmds, "dossier", run_dossier, "the case file as a PDF for 12315 or an ODR enterprise")
    dossier.add_argument("id", help="case number, e.g. 2026-0001")
    dossier.add_argument("--out", required=True, type=Path, help="PDF file to write")
    stats = command(cmds, "stats", run_stats, "acceptance, on-time closure, satisfaction, money recovered")
    stats.add_argument("--by", choices=["platform", "merchant", "month"],
                       help="group the figures (default: totals only; with --out: by month)")
    stats.add_argument("--month", help="YYYY-MM: only cases opened that month")
    stats.add_argument("--out", type=Path, help="also write a printable PDF with charts")


def _svc(name: str):
    module, fn = name.split(".")
    return lazy(f"station.cases.{module}:{fn}")


def run_add(inv: Invocation) -> Output:
    a = inv.args
    done = _svc("records.add_case")(inv.ctx(), a.resident, a.merchant, a.platform, a.category, a.amount,
                                    a.summary, a.wants, a.from_return, a.from_parcel, a.date)
    text = tr("Cli", "Case {number} opened.").format(**done)
    if done["warning"]:
        text += "\n" + tr("Cli", "Warning: {merchant} is on the watch list ({reason}).").format(**done["warning"])
    return Output(done, text)


def run_list(inv: Invocation) -> Output:
    a = inv.args
    if a.due_soon or a.overdue:
        rows = _svc("views.due_soon" if a.due_soon else "views.overdue")(inv.ctx())
        lines = [f"{r['number']}  {r['due']}{'?' if r['provisional'] else ' '} {label(CLOCK_LABELS, r['clock'])}  "
                 f"{r['complainant']}  {r['merchant']}" for r in rows]
    else:
        rows = _svc("views.list_cases")(inv.ctx(), a.state)
        lines = [f"{r['number']}  {r['opened_on']}  {label(STATES, r['state'])}  {r['complainant']}  {r['merchant']}"
                 for r in rows]
    return Output(rows, "\n".join(lines) or tr("Cli", "No cases."))


def run_show(inv: Invocation) -> Output:
    from ui.cli.case_text import case_text

    case = _svc("views.show_case")(inv.ctx(), inv.args.id)
    return Output(case, case_text(case))


def run_log(inv: Invocation) -> Output:
    a = inv.args
    done = _svc("records.log_action")(inv.ctx(), a.id, a.action, a.date, a.note)
    return Output(done, tr("Cli", "{action} logged on case {number} for {day}.").format(**done))


def run_evidence(inv: Invocation) -> Output:
    added = _svc("evidence.add_evidence")(inv.ctx(), inv.args.id, inv.args.files, inv.args.kind)
    lines = [f"{i['file_name']}  {i['size']} B  sha256 {i['sha256']}" for i in added]
    return Output(added, "\n".join(lines))


def run_verify(inv: Invocation) -> Output:
    result = _svc("evidence.verify_case")(inv.ctx(), inv.args.id)
    lines = [f"{i['status']:<8} {i['file_name']}  {i['sha256']}" for i in result["items"]]
    refused = ""
    if result["problems"]:
        refused = tr("Cli", "Evidence missing or altered: {files}.").format(
            files=", ".join(f"{p['file_name']} ({p['status']})" for p in result["problems"]))
    else:
        lines.append(ntr("Cli", "The evidence file is intact.", "All {count} evidence files are intact.",
                         len(result["items"])))
    return Output(result, "\n".join(lines), refused)


def run_pause(inv: Invocation) -> Output:
    done = _svc("records.pause_case")(inv.ctx(), inv.args.id, inv.args.date, inv.args.note)
    return Output(done, tr("Cli", "Clocks of case {number} paused from {paused_on}.").format(**done))


def run_resume(inv: Invocation) -> Output:
    done = _svc("records.resume_case")(inv.ctx(), inv.args.id, inv.args.date, inv.args.note)
    return Output(done, tr("Cli", "Clocks of case {number} resumed on {resumed_on}.").format(**done))


def run_clock(inv: Invocation) -> Output:
    a = inv.args
    done = _svc("records.add_clock")(inv.ctx(), a.id, a.kind, a.date, a.days)
    return Output(done, tr("Cli", "Deadline {kind} of case {number}: {due}.").format(**done))


def run_remind(inv: Invocation) -> Output:
    done = _svc("reminders.run_case_reminders")(inv.ctx())
    return Output(done, tr("Cli", "Deadlines due soon: {due_soon}; overdue: {overdue}. Mediation sessions today: "
                                  "{sessions}.").format(**done))


def run_close(inv: Invocation) -> Output:
    a = inv.args
    done = _svc("records.close_case")(inv.ctx(), a.id, a.outcome, a.amount, a.next_step, a.satisfaction, a.date,
                                      a.note)
    outcome = tr(*OUTCOMES[done["outcome"]]) if done.get("outcome") in OUTCOMES else done.get("outcome")
    text = tr("Cli", "Case {number} closed: {outcome}.").format(**{**done, "outcome": outcome})
    if done.get("return_refunded"):
        text += "\n" + tr("Cli", "Return {id} is marked refunded ({amount} yuan): the money came through this case."
                           ).format(id=done["return_refunded"], amount=done["amount_recovered"])
    return Output(done, text)


def run_merge(inv: Invocation) -> Output:
    done = _svc("records.merge_case")(inv.ctx(), inv.args.id, inv.args.into)
    return Output(done, tr("Cli", "Case {number} merged into {into}.").format(**done))


def run_escalate(inv: Invocation) -> Output:
    done = _svc("evidence.escalate_case")(inv.ctx(), inv.args.id, inv.args.note)
    return Output(done, ntr("Cli", "Case {number} escalated to the town office (1 evidence file checked).",
                            "Case {number} escalated to the town office ({evidence} evidence files checked).",
                            done["evidence"], **done))


def run_dossier(inv: Invocation) -> Output:
    done = _svc("dossier.write_dossier")(inv.ctx(), inv.args.id, inv.args.out)
    return Output(done, ntr("Cli", "Dossier of case {number} written to {out} (1 page).",
                            "Dossier of case {number} written to {out} ({count} pages).", done["pages"],
                            number=done["number"], out=done["out"]))


def run_stats(inv: Invocation) -> Output:
    from ui.cli.case_text import stats_text

    a = inv.args
    result = _svc("stats.case_stats")(inv.ctx(), a.by or ("month" if a.out else None), a.month)
    if a.out:
        _svc("stats_pdf.write_stats_pdf")(inv.ctx(), result, a.out)
    return Output(result, stats_text(result, a.out))
