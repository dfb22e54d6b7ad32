"""Issue 9: private keys are never in the database file; a copied database alone signs nothing."""
import shutil
import stat

import pytest

from db.connection import close_database
from db.models import StationRecord, database
from station import keystore
from station.errors import Refused
from station.identity import open_station
from station.keys_transfer import export_keys, import_keys


def _db_bytes(data_dir) -> bytes:
    close_database()
    data = (data_dir / "station.db").read_bytes()
    wal = data_dir / "station.db-wal"
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_the_database_file_holds_no_private_key(ctx, data_dir):
    keys = keystore.private_keys()
    assert bytes(StationRecord.get().sign_private) == b"" and bytes(StationRecord.get().box_private) == b""
    raw = _db_bytes(data_dir)
    assert keys.sign not in raw and keys.box not in raw
    key_file = data_dir / keystore.KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600 and stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700


def test_a_copied_database_alone_cannot_sign_bundles_or_slips(ctx, data_dir, tmp_path):
    from station.delivery.slipauth import slip_key

    close_database()
    copy = tmp_path / "new-pc"
    copy.mkdir()
    shutil.copy(data_dir / "station.db", copy / "station.db")
    keystore.forget_cache()
    open_station(copy)
    with pytest.raises(Refused) as refused:
        slip_key()
    assert refused.value.code == "refused.keys_missing"


def test_keys_move_to_a_new_pc_with_a_passphrase_and_start_a_new_generation(ctx, data_dir, tmp_path):
    from station.sync import anchor

    before = keystore.private_keys()
    export_keys(ctx, tmp_path / "keys.json", "correct horse")
    assert before.sign.hex() not in (tmp_path / "keys.json").read_text()
    close_database()
    copy = tmp_path / "new-pc"
    copy.mkdir()
    shutil.copy(data_dir / "station.db", copy / "station.db")
    keystore.forget_cache()
    moved = open_station(copy).as_actor(ctx.actor)
    with pytest.raises(Refused):
        import_keys(moved, tmp_path / "keys.json", "wrong passphrase")
    generation = anchor.generation()
    done = import_keys(moved, tmp_path / "keys.json", "correct horse")
    assert keystore.private_keys() == before and done["generation"] != generation and anchor.full_pending()
    assert database.execute_sql("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0] == "keys.import"


def test_keys_of_another_station_are_refused(ctx, tmp_path):
    from station.identity import init_station

    export_keys(ctx, tmp_path / "keys.json", "correct horse")
    close_database()
    other = init_station(tmp_path / "other", "CN-OTHER-09", "别村")
    with pytest.raises(Refused) as refused:
        import_keys(other, tmp_path / "keys.json", "correct horse")
    assert refused.value.code == "refused.other_station"


def test_a_database_made_before_keys_left_it_moves_them_out_on_open(ctx, data_dir):
    keys = keystore.private_keys()
    StationRecord.update(sign_private=keys.sign, box_private=keys.box).execute()
    database.execute_sql("DELETE FROM meta WHERE key = ?", (keystore.STORE_KEY,))
    (data_dir / keystore.KEY_FILE).unlink()
    close_database()
    keystore.forget_cache()
    open_station(data_dir)
    assert keystore.private_keys() == keys and bytes(StationRecord.get().sign_private) == b""
    assert keys.sign not in _db_bytes(data_dir)
