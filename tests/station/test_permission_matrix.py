"""Issue 9: every role × every service, allowed or refused, read from the services' own declarations.

Each `@service(Perm.X)` function stores `.permission`; calling it as a role that lacks X must raise
PermissionDenied before anything runs, and as a role that has X it must get past the check (with no
arguments it then fails on the missing ones, or runs if it needs none). The role table is spelled out
here too, so widening a role is a visible change in two places."""
import importlib
import inspect
import pkgutil

import pytest

import station
from station.context import NOBODY, Actor
from station.errors import PermissionDenied
from station.permissions import ROLE_PERMS, Perm, Role, allowed

EXPECTED_ROLES = {
    Role.ADMIN: set(Perm) - {Perm.OFFICE},
    Role.STAFF: set(Perm) - {Perm.ACCOUNTS, Perm.OFFICE, Perm.BACKUP, Perm.DEMO},
    Role.VOLUNTEER: {Perm.DELIVERY_CONFIRM},
    Role.OFFICE: {Perm.VIEW, Perm.OFFICE, Perm.AUDIT, Perm.SYNC},
    Role.OFFICE_ADMIN: {Perm.VIEW, Perm.OFFICE, Perm.AUDIT, Perm.SYNC, Perm.ACCOUNTS, Perm.BACKUP},
}

# Services that declare no permission: each checks the caller itself or serves sign-in and the status bar.
UNGUARDED = {
    "station.accounts._attempt",  # the sign-in itself
    "station.accounts._change_secret",  # own PIN with the current one, or an admin (checked inside)
    "station.accounts.sign_in_names",  # the sign-in dialog's list, before anyone is signed in
    "station.identity.enrolment_card",  # public keys only
    "station.settings.station_settings",  # the station's rules (no personal data), read by every page
    "station.sync.status.sync_status",  # the status bar of every signed-in role
}


def all_services() -> dict[str, object]:
    found = {}
    for info in pkgutil.walk_packages(station.__path__, "station."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, callable):
            if hasattr(fn, "permission") and fn.__module__ == info.name:
                found[f"{info.name}.{name}"] = fn
    return found


SERVICES = all_services()


def test_the_role_table_is_the_one_reviewed_here():
    assert ROLE_PERMS == EXPECTED_ROLES


def test_only_the_reviewed_services_declare_no_permission():
    assert {name for name, fn in SERVICES.items() if fn.permission is None} == UNGUARDED
    assert len(SERVICES) > 60


def _outcome(fn, ctx) -> str:
    try:
        fn(ctx)
    except PermissionDenied:
        return "refused"
    except Exception:  # noqa: BLE001 — past the check, failing on the arguments it was not given
        return "allowed"
    return "allowed"


@pytest.mark.parametrize("role", [*Role, "none"])
def test_every_service_allows_exactly_the_roles_that_hold_its_permission(ctx, role):
    actor = NOBODY if role == "none" else Actor(f"a-{role}", role, role)
    as_role = ctx.as_actor(actor)
    wrong = []
    for name, fn in sorted(SERVICES.items()):
        if fn.permission is None:
            continue
        expected = "allowed" if role != "none" and allowed(role, fn.permission) else "refused"
        if _outcome(fn, as_role) != expected:
            wrong.append((name, str(fn.permission), expected))
    assert wrong == []


def test_nobody_signed_in_is_asked_to_sign_in(ctx):
    from station.identity import station_info

    with pytest.raises(PermissionDenied) as refused:
        station_info(ctx.as_actor(NOBODY))
    assert refused.value.code == "permission_denied.sign_in"
