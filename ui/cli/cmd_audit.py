"""station audit verify | list."""
from station import audit, audit_verify
from station.errors import InvalidInput, Refused
from station.sync.anchor import audit_head, head_text
from ui.cli.framework import ANY_KIND, Invocation, Output, command, group


def register(subparsers) -> None:
    audit_cmds = group(subparsers, "audit", "the tamper-evident audit log", kinds=ANY_KIND)
    command(audit_cmds, "verify", run_verify, "check the hash chain; names the first bad row")
    listing = command(audit_cmds, "list", run_list, "newest entries first")
    listing.add_argument("--actor", default="", help="only entries by this account (its user name)")
    listing.add_argument("--action", default="", help="only actions starting with this, e.g. parcel or account.add")
    listing.add_argument("--limit", type=int, default=50, help="at most this many entries (1-10000, default 50)")


def run_verify(inv: Invocation) -> Output:
    verdict = audit_verify.verify(inv.ctx())
    data = {"ok": verdict.ok, "rows": verdict.rows, "first_bad_seq": verdict.first_bad_seq,
            "last_bad_seq": verdict.last_bad_seq, "problem": verdict.problem, "head": audit_head_dict()}
    if verdict.ok:
        return Output(data, f"{audit_verify.verdict_text(verdict)}\n{head_text()}")
    raise Refused("Audit log tampered: {what}.", why=f"audit_{verdict.problem}",
                  what=audit_verify.problem_text(verdict))


def audit_head_dict() -> dict:
    seq, digest = audit_head()
    return {"seq": seq, "hash": digest}


def run_list(inv: Invocation) -> Output:
    if not 1 <= inv.args.limit <= 10000:
        raise InvalidInput("--limit is between 1 and 10000.", why="limit")
    rows = audit.entries(inv.ctx(), actor=inv.args.actor, action=inv.args.action, limit=inv.args.limit)
    lines = [f"{r['seq']:>6}  {r['at']}  {r['actor']:<12} {r['action']:<20} {r['entity_id']}" for r in rows]
    return Output(rows, "\n".join(lines))
