"""Roles and what each may do. Checked inside services, so the CLI and the GUI obey the same rules."""
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    VOLUNTEER = "volunteer"
    OFFICE = "office"  # town office staff
    OFFICE_ADMIN = "office_admin"  # town office administrator (its accounts, tokens, backups)


STATION_ROLES = (Role.ADMIN, Role.STAFF, Role.VOLUNTEER, Role.OFFICE)  # office: town staff visiting, read-only
OFFICE_ROLES = (Role.OFFICE_ADMIN, Role.OFFICE)


class Perm(StrEnum):
    VIEW = "view"
    ACCOUNTS = "accounts"
    SETTINGS = "settings"
    AUDIT = "audit"
    BACKUP = "backup"
    PARCEL_INTAKE = "parcel_intake"
    PARCEL_HANDOUT = "parcel_handout"
    PARCEL_PROBLEMS = "parcel_problems"
    PARCEL_NOTICES = "parcel_notices"
    RESIDENTS = "residents"
    RESIDENT_PHONES = "resident_phones"
    DELIVERY_PLAN = "delivery_plan"
    DELIVERY_CONFIRM = "delivery_confirm"
    VOLUNTEERS = "volunteers"
    ORDERS = "orders"  # assisted orders, returns, outgoing parcels, cash on delivery
    CASH = "cash"  # the cash ledger and its daily reconciliation
    SYNC = "sync"
    OFFICE = "office"
    DEMO = "demo"  # fill an empty station with demo data (admin only)
    CASES = "cases"  # rights cases and their evidence: staff and admin only, never volunteers


_STAFF = {p for p in Perm if p not in (Perm.ACCOUNTS, Perm.OFFICE, Perm.BACKUP, Perm.DEMO)}
ROLE_PERMS: dict[str, set[Perm]] = {
    Role.ADMIN: set(Perm) - {Perm.OFFICE},
    Role.STAFF: _STAFF,
    Role.VOLUNTEER: {Perm.DELIVERY_CONFIRM},
    Role.OFFICE: {Perm.VIEW, Perm.OFFICE, Perm.AUDIT, Perm.SYNC},
    Role.OFFICE_ADMIN: {Perm.VIEW, Perm.OFFICE, Perm.AUDIT, Perm.SYNC, Perm.ACCOUNTS, Perm.BACKUP},
}


def allowed(role: str, perm: Perm) -> bool:
    return perm in ROLE_PERMS.get(role, set())


def allowed_roles(kind: str | None = None) -> tuple[str, ...]:
    """The roles an account or token may have in a station's (or the office's) data directory."""
    if kind == "office":
        return tuple(OFFICE_ROLES)
    if kind == "station":
        return tuple(STATION_ROLES)
    return tuple(dict.fromkeys((*STATION_ROLES, *OFFICE_ROLES)))
