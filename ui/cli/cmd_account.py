"""station account add | list | passwd | deactivate."""
import os

from station import accounts
from station.i18n import tr
from station.permissions import Role
from ui.cli.framework import ANY_KIND, Invocation, Output, command, group


def register(subparsers) -> None:
    cmds = group(subparsers, "account", "staff, volunteer, admin and office accounts", kinds=ANY_KIND)
    add = command(cmds, "add", run_add, "add an account")
    add.add_argument("username")
    add.add_argument("--name", default="", help="display name (defaults to the user name)")
    add.add_argument("--role", required=True, choices=[str(r) for r in Role])
    add.add_argument("--new-pin", required=True, help="its PIN (4-12 digits) or password (6+ characters)")
    command(cmds, "list", run_list, "active accounts")
    passwd = command(cmds, "passwd", run_passwd, "set a new PIN or password")
    passwd.add_argument("username")
    passwd.add_argument("--new-pin", required=True)
    off = command(cmds, "deactivate", run_deactivate, "stop an account from signing in")
    off.add_argument("username")


def run_add(inv: Invocation) -> Output:
    a = inv.args
    account = accounts.add_account(inv.ctx(), a.username, a.name or a.username, a.role, a.new_pin)
    return Output(account, tr("Cli", "Account {username} ({role}) added.").format(
        username=account["username"], role=role_label(account["role"])))


def run_list(inv: Invocation) -> Output:
    rows = accounts.list_accounts(inv.ctx())
    lines = [f"{r['username']:<16} {r['display_name']:<12} {role_label(r['role'])}" for r in rows]
    return Output(rows, "\n".join(lines) or tr("Cli", "No accounts yet."))


def run_passwd(inv: Invocation) -> Output:
    # With --user, the PIN just checked is the current one, which changing one's own PIN needs.
    current = getattr(inv.args, "pin", None) or os.environ.get("STATION_PIN")
    account = accounts.change_secret(inv.ctx(), inv.args.username, inv.args.new_pin, current)
    return Output(account, tr("Cli", "New PIN set for {username}.").format(username=account["username"]))


def run_deactivate(inv: Invocation) -> Output:
    account = accounts.deactivate_account(inv.ctx(), inv.args.username)
    return Output(account, tr("Cli", "Account {username} deactivated.").format(username=account["username"]))


def role_label(role: str) -> str:
    pair = accounts.ROLE_LABELS.get(role)
    return tr(*pair) if pair else role
