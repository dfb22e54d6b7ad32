"""Under --json a refusal carries a stable code: a script tells "not found" from "refused" without reading
the (translated) message."""
import json

import pytest

from db.connection import close_database


@pytest.fixture
def station_dir(ctx, data_dir):
    close_database()
    return data_dir


def error_of(cli, *args: str) -> dict:
    rc, out, err = cli(*args, "--json")
    assert rc == 1 and len(err.strip().splitlines()) == 1, (rc, out, err)
    return json.loads(out)["error"]


def test_refusals_carry_their_codes_through_the_cli(cli, station_dir):
    data = ("--data", str(station_dir))
    assert error_of(cli, "parcel", "pickup", "9-9-9999", *data)["code"] == "not_found.pickup_code"
    assert error_of(cli, "parcel", "intake", "SF12", "--phone", "2468", *data)["code"] == "invalid.tracking_number"
    stored = cli("parcel", "intake", "SF1234567890123", "--phone", "13800001234", "--name", "王秀英", *data,
                 "--json", check_json=True)
    again = error_of(cli, "parcel", "intake", "SF1234567890123", "--phone", "13800001234", *data)
    assert again["code"] == "refused.already_here" and again["params"]["tracking"] == "SF1234567890123"
    code = stored["parcel"]["pickup_code"]
    cli("parcel", "pickup", code, *data, "--json", check_json=True)
    assert error_of(cli, "parcel", "pickup", code, *data)["code"] == "refused.already_picked_up"


def test_the_code_does_not_follow_the_language(cli, station_dir):
    args = ("init", "--admin", "zhang", "--code", "CN-X-01", "--name", "x", "--data", str(station_dir))
    english, chinese = error_of(cli, *args, "--lang", "en"), error_of(cli, *args, "--lang", "zh_CN")
    assert english["code"] == chinese["code"] == "refused.station_exists"
    assert english["message"] != chinese["message"]
