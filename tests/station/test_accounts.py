import datetime as dt

import pytest

from station import accounts
from station.errors import InvalidInput, PermissionDenied, Refused
from station.residents import add_resident
from tests.conftest import as_role


def test_sign_in_with_pin(ctx):
    actor = accounts.authenticate(ctx, "zhang", "1234")
    assert actor.role == "admin"


def test_volunteer_is_refused_by_the_service(ctx):
    volunteer = as_role(ctx, "volunteer")
    with pytest.raises(PermissionDenied):
        add_resident(volunteer, "李四", "13900001111")
    with pytest.raises(PermissionDenied):
        accounts.add_account(volunteer, "x1", "X", "admin", "5678")


def test_lockout_after_repeated_failures_then_release(ctx):
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(Refused):
            accounts.authenticate(ctx, "zhang", "0000")
    with pytest.raises(Refused) as err:
        accounts.authenticate(ctx, "zhang", "1234")
    assert "minutes" in err.value.text
    later = ctx.now() + accounts.LOCKOUT + dt.timedelta(seconds=1)
    ctx.clock = lambda: later
    assert accounts.authenticate(ctx, "zhang", "1234").username == "zhang"


@pytest.mark.parametrize("secret", ["12", "abc", "1234567890123"])
def test_weak_secrets_are_refused(ctx, secret):
    with pytest.raises(InvalidInput):
        accounts.add_account(ctx, "li", "李", "staff", secret)


def test_secret_is_not_stored_in_clear(ctx):
    from db.models import Account

    stored = Account.get(Account.username == "zhang").secret_hash
    assert "1234" not in stored and stored.startswith("$argon2id$")


def test_change_pin_own_or_as_admin(ctx):
    accounts.add_account(ctx, "li", "李四", "staff", "5678")
    li = ctx.as_actor(accounts.authenticate(ctx, "li", "5678"))
    with pytest.raises(Refused):
        accounts.change_secret(li, "li", "2468", current="0000")
    accounts.change_secret(li, "li", "2468", current="5678")
    assert accounts.authenticate(ctx, "li", "2468").username == "li"
    with pytest.raises(PermissionDenied):
        accounts.change_secret(li, "zhang", "9999")
    accounts.change_secret(ctx, "li", "1357")
    with pytest.raises(Refused):
        accounts.authenticate(ctx, "li", "2468")


def test_deactivated_account_cannot_sign_in(ctx):
    accounts.add_account(ctx, "li", "李四", "staff", "5678")
    accounts.deactivate_account(ctx, "li")
    assert [a["username"] for a in accounts.list_accounts(ctx)] == ["zhang"]
    with pytest.raises(Refused):
        accounts.authenticate(ctx, "li", "5678")
    with pytest.raises(PermissionDenied):
        accounts.deactivate_account(as_role(ctx, "staff"), "zhang")


def test_last_admin_and_self_stay_active(ctx):
    with pytest.raises(Refused):
        accounts.deactivate_account(ctx, "zhang")
    zhang = ctx.as_actor(accounts.authenticate(ctx, "zhang", "1234"))
    accounts.add_account(ctx, "wang", "王五", "admin", "4321")
    with pytest.raises(Refused):
        accounts.deactivate_account(zhang, "zhang")
    accounts.deactivate_account(ctx, "wang")
    assert accounts.has_accounts()
