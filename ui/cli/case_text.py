"""A case and the case statistics as text for people (the `--json` form is the service's dict)."""
from pathlib import Path

from station.cases import CATEGORIES, NEXT_STEPS, OUTCOMES, STATES, entry_label, label
from station.cases.clocks import CLOCK_LABELS, STATUS_LABELS
from station.i18n import tr


def clock_line(c: dict) -> str:
    due = c["due"] or tr("Cases", "(paused)")
    if c["provisional"]:
        due += " " + tr("Cases", "(provisional: no calendar for {year})").format(year=c["missing_year"])
    return f"  {label(CLOCK_LABELS, c['kind'])}: {c['start']} → {due}  [{label(STATUS_LABELS, c['status'])}]"


def case_text(c: dict) -> str:
    lines = [tr("Cases", "Case {number} ({state}) — {category}").format(
        number=c["number"], state=label(STATES, c["state"]), category=label(CATEGORIES, c["category"])),
        tr("Cases", "Complainant: {who}; against: {merchant} {platform}").format(
            who=c["complainant"], merchant=c["merchant"], platform=c["platform"]),
        tr("Cases", "Claimed: {amount} yuan. {summary}").format(amount=c["amount_claimed"], summary=c["summary"])]
    if c["warning"]:
        lines.append(tr("Cli", "Warning: {merchant} is on the watch list ({reason}).").format(**c["warning"]))
    if c["merged_into"]:
        lines.append(tr("Cases", "Merged into case {number}.").format(number=c["merged_into"]))
    if c["outcome"]:
        lines.append(tr("Cases", "Outcome: {outcome}, recovered {amount} yuan, satisfaction {sat}, timely: {timely}")
                     .format(outcome=label(OUTCOMES, c["outcome"]), amount=c["amount_recovered"],
                             sat=c["satisfaction"] or "—",
                             timely=tr("Cases", "yes") if c["timely"] else tr("Cases", "no")))
        if c["next_step"]:
            lines.append("  " + label(NEXT_STEPS, c["next_step"]))
    lines.append(tr("Cases", "Deadlines:"))
    lines += [clock_line(k) for k in c["clocks"]] or ["  —"]
    lines.append(tr("Cases", "Timeline:"))
    lines += [f"  {e['day']}  {entry_label(e['action'])}  {e['note']}  ({e['actor']}, {e['case']})"
              for e in c["timeline"]]
    lines.append(tr("Cases", "Evidence:"))
    lines += [f"  {e['file_name']}  {e['kind']}  {e['size']} B  {e['sha256']}" for e in c["evidence"]] or ["  —"]
    return "\n".join(lines)


def stats_text(s: dict, out: Path | None) -> str:
    t = s["total"]
    lines = [tr("Cases", "Cases received: {received}; accepted: {accepted} (受理率 {acceptance}); closed: {closed}, "
                         "on time {timely} (按期办结率 {on_time}); rated {rated}, satisfied {satisfied} (满意率 "
                         "{satisfaction}); money recovered {money} yuan").format(**t)]
    for row in s["groups"]:
        lines.append(f"  {row['key'] or '—'}: {row['received']} / {row['acceptance']} / {row['on_time']} / "
                     f"{row['satisfaction']} / {row['money']}")
    if out:
        lines.append(tr("Cli", "Statistics written to {out}.").format(out=out))
    return "\n".join(lines)
