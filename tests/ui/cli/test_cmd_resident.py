"""`station resident …` as a script or a person would run it: list, show, add, edit, delegates."""
import pytest

from db.connection import close_database
from station.accounts import add_account
from station.residents import add_resident, add_village_group


@pytest.fixture
def station_dir(ctx, data_dir):
    group = add_village_group(ctx, "一组")
    add_village_group(ctx, "三组")
    add_resident(ctx, "王秀英", "13800001234", group["gid"], care_elderly=True)
    add_resident(ctx, "李建国", "13700002468", group["gid"])
    add_account(ctx, "office1", "乡镇", "office", "5678")
    close_database()
    return data_dir


def test_add_show_edit_round_trip(cli, station_dir):
    added = cli("resident", "add", "--name", "陈桂兰", "--phone", "13500001111", "--group", "三组", "--address",
                "村委会对面", "--care", "elderly,hearing", "--notes", "耳背", "--data", station_dir, "--json",
                check_json=True)
    assert (added["name"], added["group_name"], added["address"]) == ("陈桂兰", "三组", "村委会对面")
    assert added["care_elderly"] and added["care_hearing"] and not added["care_mobility"]
    shown = cli("resident", "show", "13500001111", "--data", station_dir, "--json", check_json=True)
    assert shown["gid"] == added["gid"] and shown["care_notes"] == "耳背"
    edited = cli("resident", "edit", added["gid"], "--care", "mobility", "--phone", "13500002222", "--data",
                 station_dir, "--json", check_json=True)
    assert edited["phone"] == "13500002222" and edited["care_mobility"] and not edited["care_elderly"]
    assert edited["address"] == "村委会对面"  # options not given stay as they were
    rc, out, _ = cli("--lang", "en", "resident", "show", "13500002222", "--data", station_dir)
    assert rc == 0 and "陈桂兰" in out and "Limited mobility" in out and "村委会对面" in out


def test_list_filters_by_query_group_and_care(cli, station_dir):
    every = cli("resident", "list", "--data", station_dir, "--json", check_json=True)
    assert [r["name"] for r in every] == ["李建国", "王秀英"]
    assert [r["name"] for r in cli("resident", "list", "--query", "wxy", "--data", station_dir, "--json",
                                   check_json=True)] == ["王秀英"]
    assert [r["name"] for r in cli("resident", "list", "--care", "--data", station_dir, "--json",
                                   check_json=True)] == ["王秀英"]
    assert cli("resident", "list", "--group", "三组", "--data", station_dir, "--json", check_json=True) == []
    rc, out, err = cli("resident", "list", "--group", "九组", "--data", station_dir, "--json")
    assert rc == 1 and '"invalid.unknown_group"' in out and err.strip()


def test_phones_are_masked_for_roles_that_may_not_see_them(cli, station_dir):
    rows = cli("--user", "office1", "--pin", "5678", "resident", "list", "--data", station_dir, "--json",
               check_json=True)
    assert {r["phone"] for r in rows} == {"137****2468", "138****1234"}
    rc, out, _ = cli("resident", "list", "--data", station_dir)
    assert rc == 0 and "13700002468" in out
    rc, _, err = cli("--user", "office1", "--pin", "5678", "resident", "add", "--name", "赵", "--phone",
                     "13500001111", "--data", station_dir)
    assert rc == 1 and err.strip() and "Traceback" not in err


def test_delegates_added_listed_and_removed(cli, station_dir):
    d = cli("resident", "delegate", "add", "13800001234", "--name", "王强", "--phone", "13600009999", "--relation",
            "儿子", "--be-told", "--data", station_dir, "--json", check_json=True)
    assert (d["name"], d["may_collect"], d["be_told"]) == ("王强", True, True)
    neighbour = cli("resident", "delegate", "add", "13800001234", "--name", "张婶", "--no-collect", "--be-told",
                    "--data", station_dir, "--json", check_json=True)
    assert not neighbour["may_collect"]
    listed = cli("resident", "delegate", "list", "13800001234", "--data", station_dir, "--json", check_json=True)
    assert {x["name"] for x in listed} == {"王强", "张婶"}
    cli("resident", "delegate", "remove", "13800001234", "--name", "王强", "--data", station_dir, "--json",
        check_json=True)
    rc, out, _ = cli("resident", "delegate", "remove", "13800001234", "--name", "王强", "--data", station_dir,
                     "--json")
    assert rc == 1 and '"not_found.delegate"' in out


def test_bad_input_is_one_line_and_unknown_resident_not_found(cli, station_dir):
    rc, out, _ = cli("resident", "show", "13999999999", "--data", station_dir, "--json")
    assert rc == 1 and '"not_found.resident"' in out
    rc, _, err = cli("resident", "add", "--name", "赵", "--phone", "12345", "--care", "flying", "--data", station_dir)
    assert rc == 1 and len(err.strip().splitlines()) == 1
    rc, _, err = cli("resident", "edit", "13800001234", "--data", station_dir)
    assert rc == 1 and len(err.strip().splitlines()) == 1
