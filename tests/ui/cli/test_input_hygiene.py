"""Issue 9's bad inputs, each refused with one clear line and nothing stored (hygiene at the service boundary)."""
import sqlite3

import pytest

from db.connection import close_database

EN = ("--lang", "en")


@pytest.fixture
def station_dir(ctx, data_dir):
    close_database()
    return data_dir


def _count(data_dir, table: str) -> int:
    with sqlite3.connect(data_dir / "station.db") as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _one_clear_line(code: int, err: str) -> None:
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("args", [
    ["scan", "SF1234567890123", "--phone", "13900001111", "--name", "王\udcff"],  # undecodable bytes
    ["parcel", "pickup", "1-1-\udcff"],
    ["scan", "SF1234567890123", "--phone", "13900001111", "--name", "王\x1b[31m五"],  # ANSI escape
    ["parcel", "intake", "SF12\n34567890123", "--phone", "13900001111", "--name", "王五"],
    ["parcel", "intake", "SF1234567890123", "--phone", "139\n00001111", "--name", "王五"],
    ["scan", "SF1234567890123", "--phone", "13900001111", "--name", "王\u202e五"],  # bidi override
])
def test_controls_surrogates_and_newlines_are_refused_with_one_line(station_dir, cli, args):
    code, _out, err = cli(*args, "--data", station_dir, *EN)
    _one_clear_line(code, err)
    assert "cannot be used" in err and _count(station_dir, "resident") == 0 and _count(station_dir, "parcel") == 0


def test_a_full_width_phone_is_the_same_resident_as_the_ascii_one(station_dir, cli):
    assert cli("scan", "SF1234567890123", "--phone", "１３９００００１１１１", "--name", "王五",
               "--data", station_dir)[0] == 0
    code, _out, err = cli("scan", "SF1234567890124", "--phone", "13900001111", "--data", station_dir)
    assert code == 0, err
    assert _count(station_dir, "resident") == 1
    with sqlite3.connect(station_dir / "station.db") as conn:
        assert conn.execute("SELECT phone FROM resident").fetchone()[0] == "13900001111"


def test_an_unwritable_backup_target_is_one_line(station_dir, cli):
    code, _out, err = cli("backup", "--out", "/proc/nope.db", "--data", station_dir, *EN)
    _one_clear_line(code, err)


@pytest.mark.parametrize("data", ["", "   "])
def test_an_empty_data_option_or_variable_is_refused(station_dir, cli, data):
    code, _out, err = cli("parcel", "list", "--data", data, *EN)
    _one_clear_line(code, err)
    assert "empty" in err
    code, _out, err = cli("parcel", "list", *EN, env={"STATION_DATA": data})
    _one_clear_line(code, err)


def test_data_must_name_a_folder(station_dir, tmp_path, cli):
    (tmp_path / "file").write_text("x")
    code, _out, err = cli("parcel", "list", "--data", tmp_path / "file", *EN)
    _one_clear_line(code, err)
    assert "must name a folder" in err


def test_a_too_long_name_is_refused(station_dir, cli):
    code, _out, err = cli("scan", "SF1234567890123", "--phone", "13900001111", "--name", "王" * 500,
                          "--data", station_dir, *EN)
    _one_clear_line(code, err)
