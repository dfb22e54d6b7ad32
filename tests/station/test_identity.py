import json

import pytest

from db.models import Outbox, Resident
from station.errors import InvalidInput, Refused
from station.identity import export_card, init_station, open_station, station_info
from station.residents import add_resident


def test_init_makes_station_with_keys_and_refuses_a_second_time(ctx, data_dir):
    info = station_info(ctx)
    assert info["code"] == "CN-TEST-01" and info["name"] == "测试村站"
    before = (data_dir / "station.db").read_bytes()
    with pytest.raises(Refused):
        init_station(data_dir, "CN-OTHER", "别的站")
    assert open_station(data_dir).station_code == "CN-TEST-01"
    assert len(before) > 0


@pytest.mark.parametrize("code,name", [("x", "名"), ("CN 01", "名"), ("CN-01", ""), ("CN-01", "名" * 61)])
def test_init_refuses_bad_code_or_name_and_makes_nothing(tmp_path, code, name):
    with pytest.raises(InvalidInput):
        init_station(tmp_path / "d", code, name)
    assert not (tmp_path / "d" / "station.db").exists()


def test_enrolment_card_has_public_keys_only(ctx, tmp_path):
    card = export_card(ctx, tmp_path / "card.json")
    on_disk = json.loads((tmp_path / "card.json").read_text("utf-8"))
    assert on_disk == card
    assert set(card) == {"format", "kind", "code", "name", "sign_public", "box_public", "fingerprint"}


def test_synced_records_carry_global_id_owner_and_reach_the_outbox(ctx):
    resident = add_resident(ctx, "王秀英", "13812345678")
    row = Resident.get_by_id(resident.gid)
    assert row.owner == "CN-TEST-01" and len(row.gid) == 26
    assert Outbox.select().where(Outbox.gid == resident.gid, Outbox.entity == "resident").count() == 1


def test_cli_init_identity_and_errors(cli, tmp_path):
    d = tmp_path / "s"
    out = cli("init", "--admin", "zhang", "--code", "CN-A-1", "--name", "甲村", "--data", d, "--json", check_json=True)
    assert out["code"] == "CN-A-1"
    code, _, err = cli("--data", d, "init", "--admin", "zhang", "--code", "CN-A-1", "--name", "甲村")
    assert code == 1 and "已有站点" in err and "Traceback" not in err
    code, _, err = cli("identity", "export", "--out", tmp_path / "c.json", "--data", d, "--lang", "en")
    assert code == 0 and json.loads((tmp_path / "c.json").read_text())["code"] == "CN-A-1"
    code, _, err = cli("identity", "export", "--out", tmp_path / "c.json", "--data", tmp_path / "none")
    assert code == 1 and "没有站点" in err
    code, _, err = cli("init", "--data", d)
    assert code == 2
