"""Named, revocable access tokens for unattended jobs (the office's scripts, a scheduled `sync push`).

An admin makes one with a role; the token is shown once and only its SHA-256 is stored (a token is 256
random bits, so a fast hash is enough: there is nothing to guess). Whatever a token does is audited under
its name (`token:NAME`), and revoking it stops it at once.
"""
import hashlib
import re
import secrets

from db.models import AccessToken, StationRecord
from station import audit
from station.audit_actions import TOKEN_ADD, TOKEN_REVOKE
from station.context import Actor, Ctx
from station.errors import InvalidInput, NotFound, PermissionDenied, Refused
from station.permissions import Perm, allowed_roles
from station.service import service

PREFIX = "vst_"
_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,32}$")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


@service(Perm.ACCOUNTS)
def add_token(ctx: Ctx, name: str, role: str) -> dict:
    """Make a token; the returned dict holds the token itself, which is never shown again."""
    if not _NAME.match(name or ""):
        raise InvalidInput("A token name needs 1 to 32 letters, digits, dots, dashes or underscores.", why="token_name")
    if role not in allowed_roles(StationRecord.select(StationRecord.kind).first().kind):
        raise InvalidInput("Unknown role: {role}", why="role", role=role)
    if AccessToken.get_or_none(AccessToken.name == name) is not None:
        raise Refused("A token named {name} already exists (revoke it first to replace it).", why="token_taken",
                      name=name)
    token = PREFIX + secrets.token_urlsafe(32)
    AccessToken.create(name=name, role=role, token_hash=_digest(token), created_at=ctx.now(),
                       created_by=ctx.actor.username)
    audit.record(ctx, TOKEN_ADD, "access_token", name, None, {"role": role})
    return {"name": name, "role": role, "token": token}


@service(Perm.ACCOUNTS, write=False)
def list_tokens(ctx: Ctx) -> list[dict]:
    return [{"name": t.name, "role": t.role, "created_at": str(t.created_at), "created_by": t.created_by,
             "revoked": t.revoked_at is not None} for t in AccessToken.select().order_by(AccessToken.name)]


@service(Perm.ACCOUNTS)
def revoke_token(ctx: Ctx, name: str) -> dict:
    token = AccessToken.get_or_none(AccessToken.name == name, AccessToken.revoked_at.is_null())
    if token is None:
        raise NotFound("No active token named {name}.", why="token_unknown", name=name)
    AccessToken.update(revoked_at=ctx.now()).where(AccessToken.id == token.id).execute()
    audit.record(ctx, TOKEN_REVOKE, "access_token", name, {"revoked": False}, {"revoked": True})
    return {"name": name, "role": token.role, "revoked": True}


def token_actor(token: str) -> Actor:
    """The actor a token signs in as; refuses an unknown or revoked one (without saying which)."""
    row = AccessToken.get_or_none(AccessToken.token_hash == _digest(token or ""))
    if row is None or row.revoked_at is not None:
        raise PermissionDenied("This access token is not valid (unknown or revoked).", why="bad_token")
    return Actor(f"token:{row.name}", row.name, row.role)
