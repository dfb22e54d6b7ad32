"""Station commands on the town office's data directory (and office commands on a station's) are refused
with one clear line and change nothing; commands for either kind work on both."""
import pytest


@pytest.mark.slow
def test_station_and_office_commands_stay_on_their_own_data(cli, tmp_path):
    station, office = tmp_path / "station", tmp_path / "office"
    assert cli("init", "--admin", "zhang", "--code", "CN-K-01", "--name", "甲村", "--data", station)[0] == 0
    assert cli("office", "init", "--admin", "zhang", "--name", "城关镇办", "--data", office)[0] == 0

    code, out, err = cli("parcel", "intake", "SF1234567890123", "--phone", "13800001111", "--name", "王秀英",
                         "--data", office)
    assert (code, out) == (1, "") and "镇办的数据目录" in err and "Traceback" not in err
    code, _, err = cli("office", "status", "--data", station, "--lang", "en")
    assert code == 1 and "for the town office" in err
    code, out, _ = cli("parcel", "list", "--data", station, "--json")
    assert code == 0 and out.strip() == "[]"  # the refused intake landed nowhere

    for data in (station, office):
        assert cli("audit", "verify", "--data", data)[0] == 0
        assert cli("info", "--data", data)[0] == 0
