"""Staff accounts: PIN or password hashed with Argon2id (memory-hard), lock-out after failures."""
import datetime as dt
import re
from functools import cache

from db.models import Account, StationRecord
from station import audit
from station.audit_actions import (
    ACCOUNT_ADD,
    ACCOUNT_CHANGE_PIN,
    ACCOUNT_DEACTIVATE,
    ACCOUNT_LOCKED,
    ACCOUNT_SIGN_IN,
    ACCOUNT_UNLOCK,
)
from station.context import Actor, Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.i18n import N_
from station.inputs import bad_character, clean_text
from station.permissions import Perm, Role, allowed, allowed_roles
from station.service import service

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=5)
LOCKED_OUT = (N_("Errors", "Too many wrong attempts. Try again in 1 minute."),  # (one, many): the error's text
              N_("Errors", "Too many wrong attempts. Try again in {minutes} minutes."))
ROLE_LABELS = {
    Role.ADMIN: N_("Roles", "Administrator"),
    Role.STAFF: N_("Roles", "Station staff"),
    Role.VOLUNTEER: N_("Roles", "Volunteer"),
    Role.OFFICE: N_("Roles", "Town office staff"),
    Role.OFFICE_ADMIN: N_("Roles", "Town office administrator"),
}
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{1,32}$")


@cache
def _hasher():
    """Argon2 is loaded on the first sign-in or PIN change, not when the GUI opens as the console admin."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def check_secret(secret: str) -> None:
    """A PIN of 4-12 digits, or a password of at least 6 characters."""
    clean_text("PIN", secret)
    if secret.isdigit() and 4 <= len(secret) <= 12:
        return
    if not secret.isdigit() and len(secret) >= 6:
        return
    raise InvalidInput("A PIN needs 4 to 12 digits; a password at least 6 characters.", why="pin")


def make_account(username: str, display_name: str, role: str, secret: str) -> Account:
    """Create an account without a caller (used by `init`, when no one is signed in yet)."""
    if not _USERNAME.match(username or ""):
        raise InvalidInput("A user name needs 1 to 32 letters, digits or Chinese characters.", why="username")
    display_name = clean_text("name", display_name or "")
    kind = StationRecord.select(StationRecord.kind).first().kind
    if role not in allowed_roles(kind):
        raise InvalidInput("Unknown role: {role}", why="role", role=role)
    check_secret(secret)
    if Account.get_or_none(Account.username == username):
        raise Refused("The user {username} already exists.", why="username_taken", username=username)
    return Account.create(username=username, display_name=display_name or username, role=role,
                          secret_hash=_hasher().hash(secret))


@service(Perm.ACCOUNTS)
def add_account(ctx: Ctx, username: str, display_name: str, role: str, secret: str) -> dict:
    account = make_account(username, display_name, role, secret)
    audit.record(ctx, ACCOUNT_ADD, "account", username, None, {"role": role, "display_name": display_name})
    return account_dict(account)


def authenticate(ctx: Ctx, username: str, secret: str, record: bool = True) -> Actor:
    """Check a sign-in; counts failures and locks the account for a while after too many.

    The failure count must be committed even though the sign-in is refused, so the refusal is
    raised only after the transaction has ended. `record=False` (each CLI command signs in anew, and its
    actions are audited under the account's name anyway) leaves a good sign-in out of the audit log, so a
    refused command changes nothing."""
    outcome = _attempt(ctx, username, secret, record)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


@service(None)
def _attempt(ctx: Ctx, username: str, secret: str, record: bool) -> Actor | Exception:
    account = Account.get_or_none(Account.username == username, Account.active == True)  # noqa: E712
    if account is None:
        return Refused("Wrong user name or PIN.", why="wrong_pin")
    now = ctx.now()
    if account.locked_until and account.locked_until > now:
        minutes = max(1, int((account.locked_until - now).total_seconds() // 60) + 1)
        return Refused(LOCKED_OUT[minutes != 1][1], why="locked_out", minutes=minutes)
    if not _verify(account.secret_hash, secret):
        _count_failure(ctx, account, now)
        return Refused("Wrong user name or PIN.", why="wrong_pin")
    if account.failed_attempts or account.locked_until:
        Account.update(failed_attempts=0, locked_until=None).where(Account.id == account.id).execute()
    actor = Actor(account.username, account.display_name, account.role)
    if record:
        audit.record(ctx.as_actor(actor), ACCOUNT_SIGN_IN, "account", account.username)
    return actor


def _verify(secret_hash: str, secret: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    if bad_character(secret):
        return False
    try:
        return _hasher().verify(secret_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(ctx: Ctx, account: Account, now: dt.datetime) -> None:
    failures = account.failed_attempts + 1
    locked = now + LOCKOUT if failures >= MAX_FAILURES else None
    Account.update(failed_attempts=0 if locked else failures, locked_until=locked).where(
        Account.id == account.id).execute()
    if locked:
        audit.record(ctx, ACCOUNT_LOCKED, "account", account.username, None, {"until": locked})


@service(Perm.VIEW, write=False)
def list_accounts(ctx: Ctx) -> list[dict]:
    """Staff see who works here (and who is locked out); volunteers do not."""
    return [{**account_dict(a), "locked": _locked(a, ctx)}
            for a in Account.select().where(Account.active == True).order_by(Account.id)]  # noqa: E712


@service(None, write=False)
def sign_in_names(ctx: Ctx) -> list[dict]:
    """Who may sign in, for the sign-in dialog's list (before anyone is signed in): names and roles only."""
    return [account_dict(a) for a in Account.select().where(Account.active == True).order_by(Account.id)]  # noqa: E712


def _locked(account: Account, ctx: Ctx) -> bool:
    return bool(account.locked_until and account.locked_until > ctx.now())


@service(Perm.ACCOUNTS)
def unlock_account(ctx: Ctx, username: str) -> dict:
    """End a lock-out (only an admin may: the locked-out account cannot sign in to do it)."""
    account = _active(username)
    Account.update(failed_attempts=0, locked_until=None).where(Account.id == account.id).execute()
    audit.record(ctx, ACCOUNT_UNLOCK, "account", username, {"locked": _locked(account, ctx)}, {"locked": False})
    return account_dict(account)


def has_accounts() -> bool:
    """Whether anyone can sign in (a database made before accounts were required may have none)."""
    return Account.select().where(Account.active == True).exists()  # noqa: E712


def _active(username: str) -> Account:
    account = Account.get_or_none(Account.username == username, Account.active == True)  # noqa: E712
    if account is None:
        raise NotFound("No active account {username}.", why="account", username=username)
    return account


def change_secret(ctx: Ctx, username: str, secret: str, current: str | None = None) -> dict:
    """A new PIN or password. Admins set anyone's (which also ends a lock-out); others only their own, and
    must give the current one (so nobody passing an unattended counter can take over the signed-in
    account). A wrong current PIN counts toward the lock-out like a wrong sign-in."""
    outcome = _change_secret(ctx, username, secret, current)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


@service(None)
def _change_secret(ctx: Ctx, username: str, secret: str, current: str | None) -> dict | Exception:
    ctx.require_signed_in()
    account = _active(username)
    if not allowed(ctx.actor.role, Perm.ACCOUNTS):
        if ctx.actor.username != username:
            ctx.require(Perm.ACCOUNTS)
        if _locked(account, ctx):
            return Refused("{username} is locked out; only an administrator can unlock it.", why="locked_out",
                           username=username)
        if current is None or not _verify(account.secret_hash, current):
            _count_failure(ctx, account, ctx.now())
            return Refused("The current PIN is wrong; the PIN was not changed.", why="wrong_current_pin")
    check_secret(secret)
    Account.update(secret_hash=_hasher().hash(secret), failed_attempts=0, locked_until=None).where(
        Account.id == account.id).execute()
    audit.record(ctx, ACCOUNT_CHANGE_PIN, "account", username)
    return account_dict(account)


@service(Perm.ACCOUNTS)
def deactivate_account(ctx: Ctx, username: str) -> dict:
    """The account can no longer sign in; its name stays in the audit log. The last admin stays."""
    account = _active(username)
    if username == ctx.actor.username:
        raise Refused("You cannot deactivate the account you are signed in with.", why="own_account")
    admins = Account.select().where(Account.active == True, Account.role == Role.ADMIN).count()  # noqa: E712
    if account.role == Role.ADMIN and admins <= 1:
        raise Refused("{username} is the last administrator and stays active.", why="last_admin", username=username)
    Account.update(active=False).where(Account.id == account.id).execute()
    audit.record(ctx, ACCOUNT_DEACTIVATE, "account", username, {"active": True}, {"active": False})
    return account_dict(account)


def account_dict(account: Account) -> dict:
    return {"username": account.username, "display_name": account.display_name, "role": account.role}
