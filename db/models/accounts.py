"""Staff accounts that sign in (PINs stored as Argon2id hashes)."""
import peewee as pw

from db.models.base import BaseModel, utcnow


class Account(BaseModel):
    username = pw.CharField(unique=True)
    display_name = pw.CharField()
    role = pw.CharField()
    secret_hash = pw.CharField()
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=utcnow)


class AccessToken(BaseModel):
    """A named, revocable token for unattended jobs; only its SHA-256 is kept (the token is shown once)."""

    name = pw.CharField(unique=True)
    role = pw.CharField()
    token_hash = pw.CharField(unique=True)
    created_at = pw.DateTimeField(default=utcnow)
    created_by = pw.CharField()
    revoked_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "access_token"
