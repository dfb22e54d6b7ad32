"""station resident list | show | add | edit | delegate … — the residents the station serves.

Phones are masked unless the signed-in role may see them (the same services as the Residents page).
A resident is named by their ID or their full phone number.
"""
from station.errors import InvalidInput, NotFound
from station.i18n import join_list, tr
from station.residents import (
    CARE_LABELS,
    add_delegate,
    add_resident,
    delegates_of,
    list_residents,
    remove_delegate,
    resident_detail,
    update_resident,
    village_groups,
)
from station.residents.registry import care_from_names
from station.residents.search import one_resident
from ui.cli.framework import Invocation, Output, command, group


def register(subparsers) -> None:
    resident = group(subparsers, "resident", "residents, their households and delegates")
    cmd = command(resident, "list", run_list, "residents by name (optionally filtered)")
    cmd.add_argument("--query", default="", help="name, pinyin initials, phone or its last 4 digits")
    cmd.add_argument("--group", default=None, help="only this village group")
    cmd.add_argument("--care", action="store_true", help="only residents with a care need")
    cmd.add_argument("--limit", type=int, default=100, help="at most this many residents (default 100)")
    cmd = command(resident, "show", run_show, "one resident with household and delegates")
    cmd.add_argument("resident", help="resident ID or full phone number")
    cmd = command(resident, "add", run_add, "add a resident")
    _details(cmd, required=True)
    cmd = command(resident, "edit", run_edit, "change a resident's details (only the options given)")
    cmd.add_argument("resident", help="resident ID or full phone number")
    _details(cmd, required=False)
    _delegate_commands(group(resident, "delegate", "who may collect a resident's parcels or is told"))


def _details(cmd, required: bool) -> None:
    cmd.add_argument("--name", required=required, default=None, help="the resident's name")
    cmd.add_argument("--phone", required=required, default=None, help="11-digit mobile number")
    cmd.add_argument("--group", default=None, help="village group name (empty: none)")
    cmd.add_argument("--address", default=None, help="the home's landmark, e.g. 老井东边第二个院门")
    cmd.add_argument("--care", default=None, help="comma list of needs: elderly, mobility, vision, hearing, alone "
                                                  "(edit: replaces them; empty: none)")
    cmd.add_argument("--notes", default=None, help="care notes, e.g. 耳背，请大声敲门")


def _delegate_commands(delegate) -> None:
    cmd = command(delegate, "list", run_delegate_list, "a resident's delegates")
    cmd.add_argument("resident", help="resident ID or full phone number")
    cmd = command(delegate, "add", run_delegate_add, "name a delegate for a resident")
    cmd.add_argument("resident", help="resident ID or full phone number")
    cmd.add_argument("--name", required=True, help="the delegate's name")
    cmd.add_argument("--phone", default="", help="the delegate's phone number")
    cmd.add_argument("--relation", default="", help="son, daughter, neighbour …")
    cmd.add_argument("--may-collect", dest="may_collect", action="store_true", default=True,
                     help="may collect parcels (default)")
    cmd.add_argument("--no-collect", dest="may_collect", action="store_false", help="may not collect parcels")
    cmd.add_argument("--be-told", action="store_true", help="is told when parcels arrive")
    cmd = command(delegate, "remove", run_delegate_remove, "remove a delegate")
    cmd.add_argument("resident", help="resident ID or full phone number")
    cmd.add_argument("--name", required=True, help="the delegate's name")


def _group_gid(inv: Invocation, name: str | None) -> str | None:
    if not (name or "").strip():
        return None
    for g in village_groups(inv.ctx()):
        if name.strip() in (g["name"], g["gid"]):
            return g["gid"]
    raise InvalidInput("Unknown village group: {group}", why="unknown_group", group=name)


def _care_text(care) -> str:
    return join_list(tr(*CARE_LABELS[c]) for c in care)


def resident_line(r) -> str:
    return f"{r.gid}  {r.name:<6} {r.phone:<13} {r.group or '—':<6} {_care_text(r.care)}".rstrip()


def run_list(inv: Invocation) -> Output:
    a = inv.args
    rows = list_residents(inv.ctx(), a.query, _group_gid(inv, a.group), a.care, 0, a.limit)
    return Output([r.to_dict() for r in rows],
                  "\n".join(resident_line(r) for r in rows) or tr("Cli", "No residents match."))


def _show_text(detail: dict, delegates) -> str:
    care = [flag.removeprefix("care_") for flag in detail if flag.startswith("care_") and flag != "care_notes"
            and detail[flag]]
    lines = [f"{detail['name']}  ({detail['gid']})",
             tr("Cli", "Phone: {phone}").format(phone=detail["phone"] or "—"),
             tr("Cli", "Village group: {group}").format(group=detail["group_name"] or "—"),
             tr("Cli", "Address: {address}").format(address=detail["address"] or "—"),
             tr("Cli", "Care: {care}").format(care=_care_text(care) or "—")]
    if detail["care_notes"]:
        lines.append(tr("Cli", "Care notes: {notes}").format(notes=detail["care_notes"]))
    if detail["housemates"]:
        lines.append(tr("Cli", "Lives with: {names}").format(names=join_list(detail["housemates"])))
    lines += [delegate_line(d) for d in delegates]
    return "\n".join(lines)


def delegate_line(d) -> str:
    may = [tr("Cli", "may collect")] if d.may_collect else []
    told = [tr("Cli", "is told")] if d.be_told else []
    return tr("Cli", "Delegate: {name} ({relation}) {phone} — {what}").format(
        name=d.name, relation=d.relation or "—", phone=d.phone or "—", what=join_list(may + told))


def _shown(inv: Invocation, gid: str) -> Output:
    ctx = inv.ctx()
    detail, delegates = resident_detail(ctx, gid), delegates_of(ctx, gid)
    return Output({**detail, "delegates": [d.to_dict() for d in delegates]}, _show_text(detail, delegates))


def run_show(inv: Invocation) -> Output:
    return _shown(inv, one_resident(inv.ctx(), inv.args.resident).gid)


def _changes(inv: Invocation) -> dict:
    a, changes = inv.args, {}
    for option, field in (("name", "name"), ("phone", "phone"), ("address", "address"), ("notes", "care_notes")):
        if getattr(a, option) is not None:
            changes[field] = getattr(a, option)
    if a.group is not None:
        changes["group_gid"] = _group_gid(inv, a.group)
    if a.care is not None:
        changes.update(care_from_names(a.care))
    return changes


def run_add(inv: Invocation) -> Output:
    changes = _changes(inv)
    added = add_resident(inv.ctx(), changes.pop("name"), changes.pop("phone"), changes.pop("group_gid", None),
                         **changes)
    out = _shown(inv, added.gid)
    return Output(out.data, tr("Cli", "Added resident {name}.").format(name=added.name) + "\n" + out.text)


def run_edit(inv: Invocation) -> Output:
    gid = one_resident(inv.ctx(), inv.args.resident).gid
    changes = _changes(inv)
    if not changes:
        raise InvalidInput("Nothing to change: give --name, --phone, --group, --address, --care or --notes.",
                           why="nothing_to_change")
    update_resident(inv.ctx(), gid, **changes)
    out = _shown(inv, gid)
    return Output(out.data, tr("Cli", "Saved.") + "\n" + out.text)


def run_delegate_list(inv: Invocation) -> Output:
    resident = one_resident(inv.ctx(), inv.args.resident)
    found = delegates_of(inv.ctx(), resident.gid)
    return Output([d.to_dict() for d in found], "\n".join(delegate_line(d) for d in found)
                  or tr("Cli", "{name} has no delegates.").format(name=resident.name))


def run_delegate_add(inv: Invocation) -> Output:
    a = inv.args
    resident = one_resident(inv.ctx(), a.resident)
    d = add_delegate(inv.ctx(), resident.gid, a.name, a.phone, a.relation, a.may_collect, a.be_told)
    return Output(d.to_dict(), tr("Cli", "{name} is now a delegate of {resident}.").format(
        name=d.name, resident=resident.name))


def run_delegate_remove(inv: Invocation) -> Output:
    a = inv.args
    resident = one_resident(inv.ctx(), a.resident)
    found = [d for d in delegates_of(inv.ctx(), resident.gid) if d.name == a.name.strip()]
    if not found:
        raise NotFound("{resident} has no delegate called {name}.", why="delegate", resident=resident.name, name=a.name)
    removed = remove_delegate(inv.ctx(), found[0].gid)
    return Output(removed, tr("Cli", "{name} is no longer a delegate of {resident}.").format(
        name=found[0].name, resident=resident.name))
