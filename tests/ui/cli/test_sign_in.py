"""Issue 9: no state change without a PIN or a token; a locked-out account stays locked for all but an admin."""
import sqlite3

import pytest

from db.connection import close_database
from station import accounts

EN = ("--lang", "en")


@pytest.fixture
def station_dir(ctx, data_dir):
    accounts.add_account(ctx, "li", "李四", "staff", "5678")
    accounts.add_account(ctx, "wang", "王五", "staff", "2468")
    close_database()
    return data_dir


def _rows(data_dir, sql: str) -> list:
    with sqlite3.connect(data_dir / "station.db") as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.parametrize("args", [
    ["account", "add", "evil", "--role", "admin", "--new-pin", "9999"],
    ["account", "passwd", "zhang", "--new-pin", "9999"],
    ["account", "list"],
    ["parcel", "list"],
    ["audit", "list"],
    ["backup", "--out", "{tmp}/b.db"],
    ["restore", "{tmp}/b.db"],
    ["token", "add", "cron", "--role", "admin"],
    ["scan", "SF1234567890123", "--phone", "13800001045"],
    ["screenshot", "--page", "residents", "--out", "{tmp}/r.png"],
])
def test_without_signing_in_nothing_is_read_or_changed(station_dir, tmp_path, cli, args):
    before = _rows(station_dir, "SELECT count(*) FROM audit")
    code, out, err = cli(*[a.format(tmp=tmp_path) for a in args], "--data", station_dir, *EN, signed_in=False)
    assert code == 1 and err.strip().startswith("Sign in first") and len(err.strip().splitlines()) == 1, err
    assert _rows(station_dir, "SELECT count(*) FROM audit") == before
    assert _rows(station_dir, "SELECT count(*) FROM account") == [(3,)]


def test_a_locked_out_account_stays_locked_for_everyone_but_an_admin(station_dir, cli):
    as_li = ("--user", "li", "--data", station_dir, *EN)
    for _ in range(accounts.MAX_FAILURES):
        code, _out, err = cli("parcel", "list", *as_li, "--pin", "0000", signed_in=False)
        assert code == 1 and "Wrong user name or PIN" in err
    code, _out, err = cli("parcel", "list", *as_li, "--pin", "5678", signed_in=False)
    assert code == 1 and "Too many wrong attempts" in err  # the right PIN does not help now
    code, _out, err = cli("account", "passwd", "li", "--new-pin", "1111", *as_li, "--pin", "5678",
                          signed_in=False)
    assert code == 1 and "Too many wrong attempts" in err  # nor can li reset it
    as_wang = ("--user", "wang", "--pin", "2468")
    for attempt in (("account", "unlock", "li"), ("account", "passwd", "li", "--new-pin", "1111")):
        code, _out, err = cli(*attempt, *as_wang, "--data", station_dir, *EN, signed_in=False)
        assert code == 1 and "may not do this" in err, attempt
    assert cli("parcel", "list", *as_li, "--pin", "5678", signed_in=False)[0] == 1
    assert cli("account", "unlock", "li", "--data", station_dir)[0] == 0  # zhang, the admin
    code, _out, err = cli("parcel", "list", *as_li, "--pin", "5678", signed_in=False)
    assert code == 0, err
    actions = [a for (a,) in _rows(station_dir, "SELECT action FROM audit ORDER BY seq")]
    assert "account.locked" in actions and actions[-1] == "account.unlock"


def test_the_pin_may_come_from_the_environment_and_a_missing_one_is_not_counted(station_dir, cli):
    env = {"STATION_USER": "li", "STATION_PIN": "5678"}
    assert cli("parcel", "list", "--data", station_dir, env=env, signed_in=False)[0] == 0
    code, _out, err = cli("parcel", "list", "--user", "li", "--data", station_dir, *EN, signed_in=False)
    assert code == 1 and err.startswith("Sign in first")
    assert _rows(station_dir, "SELECT failed_attempts FROM account WHERE username = 'li'") == [(0,)]


def test_tokens_are_made_by_an_admin_shown_once_stored_hashed_audited_by_name_and_revocable(station_dir, cli):
    made = cli("token", "add", "office-cron", "--role", "staff", "--data", station_dir, "--json", check_json=True)
    token = made["token"]
    assert token.startswith("vst_") and len(token) > 40
    assert token not in str(_rows(station_dir, "SELECT * FROM access_token"))
    listed = cli("token", "list", "--data", station_dir, "--json", check_json=True)
    assert listed[0]["name"] == "office-cron" and "token" not in listed[0]
    with_token = {"STATION_TOKEN": token}
    code, out, err = cli("scan", "SF1234567890123", "--phone", "13800001045", "--name", "王秀英", "--data", station_dir,
                         env=with_token,
                         signed_in=False)
    assert code == 0, err
    assert _rows(station_dir, "SELECT actor FROM audit WHERE action = 'parcel.intake'") == [("token:office-cron",)]
    code, _out, err = cli("token", "add", "x", "--role", "admin", "--data", station_dir, *EN, env=with_token,
                          signed_in=False)
    assert code == 1 and "may not do this" in err  # a staff token cannot make an admin one
    code, _out, err = cli("token", "add", "y", "--role", "admin", "--user", "li", "--pin", "5678",
                          "--data", station_dir, *EN, signed_in=False)
    assert code == 1 and "may not do this" in err
    assert cli("token", "revoke", "office-cron", "--data", station_dir)[0] == 0
    code, _out, err = cli("parcel", "list", "--token", token, "--data", station_dir, *EN, signed_in=False)
    assert code == 1 and "not valid" in err


def test_init_needs_the_first_admin(tmp_path, cli):
    code, _out, err = cli("init", "--code", "CN-N-01", "--name", "村", "--data", tmp_path / "a", signed_in=False)
    assert code == 2 and "--admin" in err
    code, _out, err = cli("init", "--code", "CN-N-01", "--name", "村", "--admin", "li", "--data", tmp_path / "b",
                          *EN, signed_in=False)
    assert code == 1 and "--pin" in err and not (tmp_path / "b" / "station.db").exists()


def test_an_office_has_accounts_too(tmp_path, cli):
    office = tmp_path / "office"
    code, _out, err = cli("office", "init", "--name", "镇", "--data", office, signed_in=False)
    assert code == 1 and "--admin" in err and not office.exists()  # (not an argparse error: moving to --db needs none)
    assert cli("office", "init", "--name", "镇", "--admin", "chen", "--pin", "4321", "--data", office,
               signed_in=False)[0] == 0
    code, _out, err = cli("office", "status", "--data", office, *EN, signed_in=False)
    assert code == 1 and err.startswith("Sign in first")
    as_chen = ("--user", "chen", "--pin", "4321", "--data", office)
    assert cli("account", "add", "zhou", "--role", "office", "--new-pin", "8765", *as_chen, signed_in=False)[0] == 0
    code, _out, err = cli("account", "add", "x", "--role", "staff", "--new-pin", "8765", *as_chen, *EN,
                          signed_in=False)
    assert code == 1 and "Unknown role" in err  # a station role has no place in an office
    code, _out, err = cli("office", "status", "--user", "zhou", "--pin", "8765", "--data", office, signed_in=False)
    assert code == 0, err
    code, _out, err = cli("account", "add", "y", "--role", "office", "--new-pin", "8765", "--user", "zhou",
                          "--pin", "8765", "--data", office, *EN, signed_in=False)
    assert code == 1 and "may not do this" in err


def test_a_database_without_accounts_may_only_add_its_first_admin(data_dir, cli):
    from station.identity import init_station

    init_station(data_dir, "CN-OLD-01", "旧村站")
    close_database()
    code, _out, err = cli("account", "add", "li", "--role", "staff", "--new-pin", "5678", "--data", data_dir, *EN,
                          signed_in=False)
    assert code == 1 and "administrator first" in err
    assert cli("parcel", "list", "--data", data_dir, signed_in=False)[0] == 1
    assert cli("account", "add", "boss", "--role", "admin", "--new-pin", "5678", "--data", data_dir,
               signed_in=False)[0] == 0
    code, _out, err = cli("account", "add", "evil", "--role", "admin", "--new-pin", "9999", "--data", data_dir, *EN,
                          signed_in=False)
    assert code == 1 and err.startswith("Sign in first")


def test_a_screenshot_renders_as_the_account_given(station_dir, tmp_path, cli):
    """Before, `station screenshot` ignored --user and rendered every page as the admin, full phones and all."""
    accounts_cli = ("--data", station_dir, *EN)
    assert cli("account", "add", "laoli", "--role", "volunteer", "--new-pin", "3456", *accounts_cli)[0] == 0
    code, _out, err = cli("screenshot", "--page", "residents", "--out", tmp_path / "r.png", "--user", "laoli",
                          "--pin", "3456", *accounts_cli, signed_in=False)
    assert code == 1 and "Unknown page residents" in err and "deliveries" in err  # a volunteer's pages only
    code, _out, err = cli("screenshot", "--page", "login", "--out", tmp_path / "login.png", *accounts_cli,
                          signed_in=False)
    assert code == 0 and (tmp_path / "login.png").stat().st_size > 0, err
