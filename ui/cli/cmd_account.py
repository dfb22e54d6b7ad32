"""station account add | list | passwd | unlock | deactivate, station token add | list | revoke."""
from station import accounts, tokens
from station.errors import Refused
from station.i18n import tr
from station.permissions import Role
from ui.cli.framework import ANY_KIND, SETUP, Invocation, Output, command, group


def register(subparsers) -> None:
    cmds = group(subparsers, "account", "staff, volunteer, admin and office accounts", kinds=ANY_KIND)
    add = command(cmds, "add", run_add, "add an account")
    add.add_argument("username", help="sign-in name: letters, digits, _ . - or Chinese (at most 32)")
    add.add_argument("--name", default="", help="display name (defaults to the user name)")
    add.add_argument("--role", required=True, choices=[str(r) for r in Role],
                     help="admin, staff or volunteer at a station; office (town office staff) or office_admin "
                          "(town office administrator)")
    add.add_argument("--new-pin", required=True, help="its PIN (4-12 digits) or password (6+ characters)")
    add.set_defaults(bootstrap=True)  # a database without any account may add its first admin unsigned
    command(cmds, "list", run_list, "active accounts")
    command(cmds, "unlock", run_unlock, "end a lock-out after wrong PINs (admins only)").add_argument(
        "username", help="the account's user name")
    passwd = command(cmds, "passwd", run_passwd, "set a new PIN or password")
    passwd.add_argument("username", help="the account's user name")
    passwd.add_argument("--new-pin", required=True, help="the new PIN (4-12 digits) or password (6+ characters)")
    off = command(cmds, "deactivate", run_deactivate, "stop an account from signing in")
    off.add_argument("username", help="the account's user name")
    register_tokens(subparsers)


def run_add(inv: Invocation) -> Output:
    a = inv.args
    if inv.ctx().actor == SETUP and a.role not in (Role.ADMIN, Role.OFFICE_ADMIN):
        raise Refused("This database has no account yet: add an administrator first.", why="no_admin_yet")
    account = accounts.add_account(inv.ctx(), a.username, a.name or a.username, a.role, a.new_pin)
    return Output(account, tr("Cli", "Account {username} ({role}) added.").format(
        username=account["username"], role=role_label(account["role"])))


def run_list(inv: Invocation) -> Output:
    rows = accounts.list_accounts(inv.ctx())
    lines = [f"{r['username']:<16} {r['display_name']:<12} {role_label(r['role'])}" for r in rows]
    return Output(rows, "\n".join(lines) or tr("Cli", "No accounts yet."))


def run_passwd(inv: Invocation) -> Output:
    # With --user, the PIN just checked is the current one, which changing one's own PIN needs.
    current = inv.option("pin", "STATION_PIN") or None
    account = accounts.change_secret(inv.ctx(), inv.args.username, inv.args.new_pin, current)
    return Output(account, tr("Cli", "New PIN set for {username}.").format(username=account["username"]))


def run_unlock(inv: Invocation) -> Output:
    account = accounts.unlock_account(inv.ctx(), inv.args.username)
    return Output(account, tr("Cli", "Account {username} unlocked.").format(username=account["username"]))


def run_deactivate(inv: Invocation) -> Output:
    account = accounts.deactivate_account(inv.ctx(), inv.args.username)
    return Output(account, tr("Cli", "Account {username} deactivated.").format(username=account["username"]))


def role_label(role: str) -> str:
    pair = accounts.ROLE_LABELS.get(role)
    return tr(*pair) if pair else role


def register_tokens(subparsers) -> None:
    cmds = group(subparsers, "token", "named access tokens for unattended jobs (admins only)", kinds=ANY_KIND)
    add = command(cmds, "add", run_token_add, "make a token; it is printed once")
    add.add_argument("name", help="a name for the token, e.g. office-cron")
    add.add_argument("--role", required=True, choices=[str(r) for r in Role],
                     help="the role the token acts with (as for accounts), e.g. staff")
    command(cmds, "list", run_token_list, "tokens and their roles (never the tokens themselves)")
    command(cmds, "revoke", run_token_revoke, "stop a token at once").add_argument("name", help="the token's name")


def run_token_add(inv: Invocation) -> Output:
    made = tokens.add_token(inv.ctx(), inv.args.name, inv.args.role)
    text = tr("Cli", "Token {name} ({role}) made. It is shown only now; keep it like a password:").format(
        name=made["name"], role=role_label(made["role"]))
    return Output(made, f"{text}\n{made['token']}")


def run_token_list(inv: Invocation) -> Output:
    rows = tokens.list_tokens(inv.ctx())
    revoked = tr("Cli", "revoked")
    lines = [f"{r['name']:<20} {role_label(r['role']):<12} {r['created_by']:<12} {revoked if r['revoked'] else ''}"
             for r in rows]
    return Output(rows, "\n".join(lines) or tr("Cli", "No tokens yet."))


def run_token_revoke(inv: Invocation) -> Output:
    gone = tokens.revoke_token(inv.ctx(), inv.args.name)
    return Output(gone, tr("Cli", "Token {name} revoked.").format(name=gone["name"]))
