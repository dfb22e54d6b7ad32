"""Tried as a new user would: two stations and an office, bundles carried by folder, imported, re-imported,
one corrupted on purpose and refused, the acknowledgement carried back, the waiting count going to zero."""
import json
from pathlib import Path

import pytest

from db.connection import close_database
from station.identity import open_station
from station.residents import add_resident


def _add_residents(data: Path, names: list[str]) -> None:
    ctx = open_station(data)
    for name in names:
        add_resident(ctx, name, "13800138000")
    close_database()


@pytest.mark.slow
def test_two_stations_and_an_office_by_folder(tmp_path, cli):
    office, usb, back = tmp_path / "office", tmp_path / "usb", tmp_path / "back"
    assert cli("--data", office, "office", "init", "--admin", "zhang", "--name", "城关镇办",
               "--code", "OFFICE-CG")[0] == 0
    assert cli("--data", office, "office", "key", "export", "--out", tmp_path / "office.json")[0] == 0
    stations = {"CN-D-01": tmp_path / "d1", "CN-D-02": tmp_path / "d2"}
    for code, data in stations.items():
        assert cli("--data", data, "init", "--admin", "zhang", "--code", code, "--name", f"{code} 村站")[0] == 0
        assert cli("--data", data, "identity", "export", "--out", tmp_path / f"{code}.json")[0] == 0
        assert cli("--data", data, "office-key", "import", tmp_path / "office.json")[0] == 0
        assert cli("--data", office, "office", "enroll", tmp_path / f"{code}.json")[0] == 0
        _add_residents(data, ["王芳", "刘洋"])
        assert cli("--json", "--data", data, "sync", "status", check_json=True)["waiting"] == 2
        assert cli("--data", data, "sync", "export", "--out", usb)[0] == 0
    files = sorted(usb.glob("*.vsb"))
    corrupted = usb / "corrupted.vsb"
    raw = bytearray(files[0].read_bytes())
    raw[len(raw) // 2] ^= 0x20
    corrupted.write_bytes(bytes(raw))
    assert cli("--data", office, "office", "watch", "--name", "好运旗舰店", "--reason", "多次投诉")[0] == 0
    code, out, err = cli("--json", "--data", office, "office", "import", *files, corrupted, "--returns", back,
                         "--lang", "en")
    summary = json.loads(out)  # the whole summary still comes out; one refused file makes the exit code 1
    assert (code, summary["accepted"], summary["rejected"]) == (1, 2, 1)
    assert err.strip() == "1 of the files was refused; see above."
    refused = summary["results"][-1]
    assert refused["reason"] == "tampered" and (office / "quarantine").iterdir()
    code, out, _err = cli("--lang", "en", "--data", office, "office", "import", *files)
    assert code == 0 and "2 duplicate" in out
    for returned in sorted(back.glob("*.vsr")):
        station = stations[returned.name.split("_to_")[1].split("_")[0]]
        code, out, _err = cli("--lang", "en", "--data", station, "sync", "import", returned)
        assert code == 0 and "0 new notices; 1 merchant on the town's watch list." in out  # what arrived, in words
    for data in stations.values():
        status = cli("--json", "--data", data, "sync", "status", check_json=True)
        assert status["waiting"] == 0 and status["last_synced"]
    listing = cli("--json", "--data", office, "office", "status", check_json=True)
    assert [s["applied_to"] for s in listing["stations"]] == [2, 2]
    assert listing["quarantine"][0]["reason"] == "tampered"
    for lang, says in (("zh_CN", "在签名后被改动过"), ("en", "was changed after it was signed")):
        _code, out, _err = cli("--lang", lang, "--data", office, "office", "status")
        assert says in out  # the quarantine reason in the reader's language, whatever it was imported in


def test_export_without_office_key_is_one_clear_line(tmp_path, cli):
    assert cli("--data", tmp_path / "s", "init", "--admin", "zhang", "--code", "CN-E-01", "--name", "站")[0] == 0
    code, out, err = cli("--lang", "en", "--data", tmp_path / "s", "sync", "export", "--out", tmp_path / "usb")
    assert code == 1 and out == "" and err.strip() == (
        "No office key yet: import the town office's key first (station office-key import).")
    code, _out, err = cli("--data", tmp_path / "s", "office", "status")
    assert code == 1 and "station office init" in err


@pytest.mark.slow
def test_the_wrong_kind_of_card_or_no_file_is_named_in_words(tmp_path, cli):
    station, office = tmp_path / "s", tmp_path / "o"
    assert cli("--data", station, "init", "--admin", "zhang", "--code", "CN-K-01", "--name", "站")[0] == 0
    assert cli("--data", office, "office", "init", "--admin", "zhang", "--name", "镇")[0] == 0
    cli("--data", station, "identity", "export", "--out", tmp_path / "card.json")
    cli("--data", office, "office", "key", "export", "--out", tmp_path / "office.key")
    code, _out, err = cli("--data", station, "office-key", "import", tmp_path / "card.json")
    assert code == 1 and err.strip() == f"{tmp_path / 'card.json'} 是村站的登记卡；这里需要镇办的密钥文件。"
    code, _out, err = cli("--data", office, "--lang", "en", "office", "enroll", tmp_path / "office.key")
    assert code == 1 and "the town office's key file; a station's enrolment card is needed" in err
    code, _out, err = cli("--data", office, "--lang", "en", "office", "enroll", tmp_path / "none.json")
    assert code == 1 and err.strip() == f"There is no file at {tmp_path / 'none.json'}."


def test_push_to_something_that_is_not_an_address_says_so(tmp_path, cli):
    station = tmp_path / "s"
    assert cli("--data", station, "init", "--admin", "zhang", "--code", "CN-U-01", "--name", "站")[0] == 0
    code, _out, err = cli("--lang", "en", "--data", station, "sync", "push", "--url", "office.local")
    assert code == 1 and err.startswith("office.local is not a town office address")
    code, _out, err = cli("--lang", "en", "--data", station, "sync", "push")
    assert code == 1 and err.startswith("No town office address is set")


def test_a_file_that_is_no_bundle_is_refused_but_left_where_it_was(tmp_path, cli):
    office = tmp_path / "o"
    assert cli("--data", office, "office", "init", "--admin", "zhang", "--name", "镇")[0] == 0
    card = tmp_path / "card.json"
    card.write_text("{}")
    damaged = tmp_path / "damaged.vsb"
    damaged.write_bytes(b"not a bundle at all")
    code, out, err = cli("--lang", "en", "--data", office, "office", "import", card, damaged, tmp_path / "gone.vsb")
    assert code == 1 and "Traceback" not in err
    assert card.exists() and not damaged.exists()  # the user's own file stays; a damaged bundle is quarantined
    assert "card.json: refused: card.json is not a Village Station bundle." in out
    assert "damaged.vsb: refused and moved to quarantine" in out
    assert "gone.vsb: refused: gone.vsb cannot be read: there is no such file" in out


@pytest.mark.slow
def test_an_export_with_nothing_waiting_says_so_instead_of_a_backwards_range(tmp_path, cli):
    office, station = tmp_path / "o", tmp_path / "s"
    assert cli("--data", office, "office", "init", "--admin", "zhang", "--name", "镇")[0] == 0
    cli("--data", office, "office", "key", "export", "--out", tmp_path / "office.key")
    assert cli("--data", station, "init", "--admin", "zhang", "--code", "CN-N-01", "--name", "站")[0] == 0
    cli("--data", station, "office-key", "import", tmp_path / "office.key")
    first = cli("--json", "--data", station, "sync", "export", "--out", tmp_path / "usb", check_json=True)
    back = tmp_path / "back"
    cli("--data", station, "identity", "export", "--out", tmp_path / "card.json")
    cli("--data", office, "office", "enroll", tmp_path / "card.json")
    cli("--data", office, "office", "import", first["file"], "--returns", back)
    for returned in back.glob("*.vsr"):
        cli("--data", station, "sync", "import", returned)
    code, out, err = cli("--lang", "en", "--data", station, "sync", "export", "--out", tmp_path / "usb")
    assert code == 0, err
    assert "nothing was waiting" in out and "–" not in out
