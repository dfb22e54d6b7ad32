"""`station parcel …` and `station scan` as a script or a person would run them."""
import pytest

from db.connection import close_database
from station.residents import add_resident, add_village_group


@pytest.fixture
def station_dir(ctx, data_dir):
    group = add_village_group(ctx, "一组")
    add_resident(ctx, "王秀英", "13800001234", group["gid"])
    add_resident(ctx, "王秀英", "13900005678", group["gid"])
    add_resident(ctx, "李建国", "13700002468", group["gid"])
    close_database()
    return data_dir


def test_intake_pickup_list_round_trip(cli, station_dir):
    stored = cli("parcel", "intake", "SF1234567890123", "--phone", "2468", "--data", station_dir, "--json",
                 check_json=True)
    code = stored["parcel"]["pickup_code"]
    assert stored["outcome"] == "stored" and stored["carrier"] == "sf"
    rc, out, _ = cli("--data", station_dir, "--lang", "en", "parcel", "intake", "YT1234567890123", "--phone", "2468")
    assert rc == 0 and "Code " in out and "YTO Express" in out
    done = cli("parcel", "pickup", code, "--data", station_dir, "--json", check_json=True)
    assert done["receiver_name"] == "李建国" and len(done["parcels"]) == 2
    listed = cli("parcel", "list", "--status", "picked_up", "--data", station_dir, "--json", check_json=True)
    assert {p["tracking_no"] for p in listed} == {"SF1234567890123", "YT1234567890123"}


@pytest.mark.parametrize("args", [
    ("parcel", "intake", "SF12", "--phone", "2468"),  # malformed tracking number
    ("parcel", "intake", "SF1234567890123", "--phone", "12345"),  # not a phone
    ("parcel", "intake", "SF1234567890123", "--name", "王秀英"),  # two residents of that name
    ("parcel", "intake", "SF1234567890123"),  # for whom?
    ("parcel", "pickup", "9-9-9999"),  # unknown code
    ("scan", "hello!"),
])
def test_bad_input_exits_1_with_one_line(cli, station_dir, args):
    rc, out, err = cli(*args, "--data", station_dir)
    assert rc == 1 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_double_pickup_exits_1(cli, station_dir):
    stored = cli("parcel", "intake", "SF1234567890123", "--phone", "1234", "--data", station_dir, "--json",
                 check_json=True)
    code = stored["parcel"]["pickup_code"]
    assert cli("parcel", "pickup", code, "--receiver", "赵大妈", "--relation", "邻居", "--data", station_dir)[0] == 0
    rc, _, err = cli("parcel", "pickup", code, "--data", station_dir, "--lang", "en")
    assert rc == 1 and "already handed out" in err and "赵大妈" in err


@pytest.mark.slow
def test_scan_routes_like_the_counter(cli, station_dir):
    rc, _, err = cli("scan", "SF1234567890123", "--data", station_dir)
    assert rc == 1 and "--phone" in err
    stored = cli("scan", "SF1234567890123", "--phone", "2468", "--data", station_dir, "--json", check_json=True)
    code = stored["parcel"]["pickup_code"]
    looked = cli("scan", code, "--data", station_dir, "--json", check_json=True)
    assert looked["kind"] == "lookup" and looked["lookup"]["matches"][0]["resident"]["name"] == "李建国"
    handed = cli("scan", code, "--receiver", "", "--data", station_dir, "--json", check_json=True)
    assert handed["kind"] == "handout"
    assert cli("parcel", "intake", "SF1", "--data", station_dir)[0] == 1
    assert cli("parcel", "list", "--status", "nonsense", "--data", station_dir)[0] == 2


def test_a_slip_scanned_without_an_outcome_says_which_option_records_it(ctx, data_dir, cli):
    from station.delivery.runs import plan_run
    from station.delivery.stops import run_sheet
    from tests.station.delivery.helpers import village

    village(ctx)
    plan_run(ctx, group="一组")
    payload = run_sheet(ctx, "R0001").slips[0].payload
    code, out, err = cli("scan", payload, "--data", data_dir, "--lang", "en")
    assert code == 0, err
    assert "--outcome delivered|delegate|not_home|refused|bad_address" in out
