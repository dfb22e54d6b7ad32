"""The command-line contract (BRIEF §5): exit codes, --json, --lang, options before or after the command."""
import json

import pytest

from db.connection import close_database


@pytest.fixture
def station_dir(ctx, data_dir):
    close_database()
    return data_dir


def test_global_options_work_before_and_after_the_command(station_dir, cli):
    before = cli("--data", station_dir, "--json", "--lang", "en", "info", check_json=True)
    after = cli("info", "--data", station_dir, "--json", "--lang", "en", check_json=True)
    mixed = cli("--json", "info", "--data", station_dir, check_json=True)
    assert before == after == mixed and before["code"] == "CN-TEST-01"


@pytest.mark.parametrize("args", [["info"], ["audit", "verify"], ["audit", "list"], ["account", "list"]])
def test_json_is_exactly_one_document(station_dir, cli, args):
    code, out, err = cli(*args, "--data", station_dir, "--json")
    assert code == 0, err
    json.loads(out)  # one document and nothing else on stdout


def test_refusal_is_exit_1_with_one_clear_line_in_the_chosen_language(station_dir, cli):
    code, out, err = cli("init", "--admin", "zhang", "--code", "CN-X-01", "--name", "x", "--data", station_dir,
                         "--json", "--lang", "en")
    assert code == 1
    assert err.strip().splitlines() == [f"{station_dir} already holds a station; nothing was changed."]
    assert json.loads(out)["error"]["message"] == err.strip()
    code, _, err = cli("init", "--admin", "zhang", "--code", "CN-X-01", "--name", "x", "--data", station_dir)
    assert code == 1 and "已" in err and "Traceback" not in err


def test_missing_station_and_bad_input_are_exit_1(tmp_path, cli):
    code, _, err = cli("info", "--data", tmp_path / "none", "--lang", "en")
    assert code == 1 and err.startswith("No station in")
    code, _, err = cli("init", "--admin", "zhang", "--code", "bad code", "--name", "x", "--data", tmp_path / "s",
                       "--lang", "en")
    assert code == 1 and "station code" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [["no-such-command"], ["audit"], ["backup"], ["restore"], ["info", "--lang", "fr"],
                                  ["account", "add", "li", "--role", "boss", "--new-pin", "1234"]])
def test_usage_errors_are_exit_2(station_dir, cli, args):
    code, out, _err = cli(*args, "--data", station_dir)
    assert code == 2 and out == ""


def test_wrong_pin_for_user_is_refused(station_dir, cli):
    code, _, err = cli("audit", "verify", "--data", station_dir, "--user", "zhang", "--pin", "9999", "--lang", "en")
    assert code == 1 and err.strip() == "Wrong user name or PIN."
    assert cli("audit", "verify", "--data", station_dir, "--user", "zhang", "--pin", "1234")[0] == 0


def test_backup_and_restore_from_the_command_line(station_dir, cli, tmp_path):
    saved = cli("backup", "--out", tmp_path / "b.db", "--data", station_dir, "--json", check_json=True)
    assert saved["station_code"] == "CN-TEST-01" and saved["bytes"] > 0
    restored = cli("--data", station_dir, "restore", tmp_path / "b.db", "--json", check_json=True)
    assert "before-restore-" in restored["previous"]
    (tmp_path / "junk.db").write_bytes(b"not a database")
    code, _, err = cli("restore", tmp_path / "junk.db", "--data", station_dir, "--lang", "en")
    assert code == 1 and err.strip() == f"{tmp_path / 'junk.db'} is not a station backup (not an SQLite database)."


def test_accounts_from_the_command_line(station_dir, cli):
    added = cli("account", "add", "li", "--name", "李四", "--role", "staff", "--new-pin", "5678", "--data",
                station_dir, "--json", check_json=True)
    assert added == {"username": "li", "display_name": "李四", "role": "staff"}
    code, _, err = cli("account", "add", "wang", "--role", "staff", "--new-pin", "5678", "--data", station_dir,
                       "--user", "li", "--pin", "5678", "--lang", "en")
    assert code == 1 and "may not" in err
    assert cli("account", "passwd", "li", "--new-pin", "2468", "--user", "li", "--pin", "5678", "--data",
               station_dir)[0] == 0
    listed = cli("account", "list", "--data", station_dir, "--user", "li", "--pin", "2468", "--json",
                 check_json=True)
    assert [a["username"] for a in listed] == ["zhang", "li"]


def test_bench_hook_skips_sign_in_even_with_accounts(station_dir, cli):
    code, out, err = cli("gui", "--data", station_dir, env={"STATION_BENCH_SHOWN": "1"})
    assert code == 0, err
    assert out.startswith("shown ")


@pytest.mark.parametrize("args", [["identity", "export", "--out", "{tmp}"], ["backup", "--out", "{tmp}/f/x.db"],
                                  ["identity", "export", "--out", "{tmp}/f/card.json"]])
def test_an_unusable_output_path_is_one_clear_line(station_dir, tmp_path, cli, args):
    (tmp_path / "f").write_text("a file where a folder is expected")
    code, out, err = cli(*[a.format(tmp=tmp_path) for a in args], "--data", station_dir, "--lang", "en")
    assert code == 1 and out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and err.startswith(f"Cannot use {tmp_path}")


def test_an_unknown_screenshot_page_is_one_clear_line(station_dir, tmp_path, cli):
    code, _out, err = cli("screenshot", "--page", "nope", "--out", tmp_path / "x.png", "--data", station_dir)
    assert code == 1 and err.strip().splitlines() == [err.strip()] and "nope" in err and "Traceback" not in err



def test_output_piped_into_a_reader_that_stops_early_is_not_a_traceback(station_dir):
    """`station parcel list | head -1`: the reader closes the pipe; the command ends quietly."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    proc = subprocess.Popen([sys.executable, "-m", "station", "--data", str(station_dir), "audit", "list",
                             "--user", "zhang", "--pin", "1234"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()  # the reader is gone before the command writes a line
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()


@pytest.mark.parametrize("limit", ["0", "-1", "10001"])
def test_audit_list_refuses_a_limit_out_of_range(station_dir, cli, limit):
    code, out, err = cli("audit", "list", "--limit", limit, "--data", station_dir, "--lang", "en")
    assert (code, out) == (1, "") and err.strip() == "--limit is between 1 and 10000."


def test_a_screenshot_writes_nothing_but_its_result(station_dir, tmp_path, cli):
    """No Qt platform chatter (propagateSizeHints, PipeWire) on stderr: scripts read it for real problems."""
    code, out, err = cli("screenshot", "--page", "login", "--out", tmp_path / "login.png", "--data", station_dir)
    assert code == 0 and (tmp_path / "login.png").exists() and out.strip()
    assert err == ""


def test_info_names_the_kind_of_data_directory_in_words(station_dir, cli):
    code, out, _err = cli("info", "--data", station_dir)
    assert code == 0 and "（村站）" in out and "station" not in out.split("，")[0]
    code, out, _err = cli("info", "--data", station_dir, "--lang", "en")
    assert "(village station)" in out
