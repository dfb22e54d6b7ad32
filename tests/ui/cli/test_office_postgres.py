"""`station office init --db postgresql://…`: a new office, an existing office moved over, an address that fails."""
import json

from tests.pg import _free_port


def test_a_url_that_does_not_connect_is_one_line_naming_host_and_reason(cli, tmp_path):
    port = _free_port()
    code, out, err = cli("--lang", "en", "--data", tmp_path / "o", "office", "init", "--admin", "zhang",
                         "--name", "镇办", "--db", f"postgresql://postgres@127.0.0.1:{port}/nothing")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert f"127.0.0.1:{port}" in err and "nothing answers on that port" in err
    assert not (tmp_path / "o" / "database.url").exists() and not (tmp_path / "o" / "station.db").exists()
    code, _out, err = cli("--data", tmp_path / "o", "office", "init", "--admin", "zhang", "--name", "镇办",
                          "--db", f"postgresql://postgres@127.0.0.1:{port}/nothing")
    assert code == 1 and "那个端口上没有服务应答" in err and "Connection refused" not in err  # in the reader's language


def test_a_missing_database_and_an_unknown_user_are_said_in_words(cli, tmp_path, pg_server):
    base = f"postgresql://{{user}}@127.0.0.1:{pg_server.port}/{{db}}"
    for user, db, says in (("postgres", "no_such_db", "no database of that name"),
                           ("nobody", "postgres", "user name or password was not accepted")):
        code, _out, err = cli("--lang", "en", "--data", tmp_path / user, "office", "init", "--admin", "zhang",
                              "--name", "镇办", "--db", base.format(user=user, db=db))
        assert code == 1 and says in err and err.count("\n") == 1, err


def test_new_office_on_postgresql_keeps_only_its_address_in_the_data_dir(cli, tmp_path, pg_server):
    url = pg_server.new_database()
    made = cli("--json", "--data", tmp_path / "o", "office", "init", "--admin", "zhang", "--name", "镇办", "--db", url,
               check_json=True)
    assert (tmp_path / "o" / "database.url").read_text().strip() == url
    assert not (tmp_path / "o" / "station.db").exists()
    status = cli("--json", "--data", tmp_path / "o", "office", "status", check_json=True)
    assert status["stations"] == [] and made["code"].startswith("OFFICE-")
    code, _, err = cli("--lang", "en", "--data", tmp_path / "p", "office", "init", "--admin", "zhang",
                       "--name", "另一个", "--db", url)
    assert code == 1 and "already holds" in err  # one database, one office


def test_an_existing_sqlite_office_moves_to_postgresql_with_its_stations(cli, tmp_path, pg_server):
    office = tmp_path / "o"
    cli("--data", office, "office", "init", "--admin", "zhang", "--name", "镇办", check_json=False)
    cli("--data", tmp_path / "s", "init", "--admin", "zhang", "--code", "CN-PG-01", "--name", "村站")
    cli("--data", tmp_path / "s", "identity", "export", "--out", tmp_path / "card.json")
    cli("--data", office, "office", "enroll", tmp_path / "card.json")
    cli("--data", office, "office", "watch", "--name", "某某旗舰店", "--reason", "虚假宣传")
    url = pg_server.new_database()
    moved = cli("--json", "--data", office, "office", "init", "--db", url, check_json=True)
    assert moved["rows"] > 3 and (office / "station.db.moved-to-postgresql").exists()
    status = cli("--json", "--data", office, "office", "status", check_json=True)
    assert [s["code"] for s in status["stations"]] == ["CN-PG-01"]
    verify = json.loads(cli("--json", "--data", office, "audit", "verify")[1])
    assert verify["ok"] is True
