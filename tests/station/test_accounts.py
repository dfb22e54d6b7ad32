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
