from pypdf import PdfReader

from station.delivery.outcomes import close_run
from station.delivery.runs import plan_run
from tests.station.delivery.helpers import village


def test_roster_hours_and_thank_you_from_the_command_line(ctx, data_dir, cli, tmp_path):
    village(ctx)
    code, out, err = cli("volunteer", "add", "老李", "--phone", "13900000009", "--availability", "sat_am,mon_pm",
                         "--data", data_dir)
    assert code == 0, err
    code, _out, err = cli("volunteer", "add", "老李", "--if-missing", "--data", data_dir)
    assert code == 0, err
    code, _out, err = cli("volunteer", "add", "王五", "--availability", "someday", "--data", data_dir, "--lang", "en")
    assert code == 1 and "half-day" in err
    plan_run(ctx, group="一组", volunteer="老李")
    close_run(ctx, "R0001", all_delivered=True)
    code, out, err = cli("volunteer", "log", "老李", "--minutes", "45", "--note", "陪同取药", "--data", data_dir)
    assert code == 0, err
    month = ctx.now().strftime("%Y-%m")
    rows = cli("volunteer", "hours", "--month", month, "--json", "--data", data_dir, check_json=True)
    [row] = rows
    assert row["name"] == "老李" and row["runs"] == 1 and row["stops"] == 2 and row["minutes"] >= 46
    pdf = tmp_path / "thanks.pdf"
    code, _out, err = cli("volunteer", "thanks", "老李", "--month", month, "--out", pdf, "--data", data_dir)
    assert code == 0, err
    assert "老李" in PdfReader(pdf).pages[0].extract_text()
    code, _out, err = cli("volunteer", "hours", "--month", "2026-13", "--data", data_dir, "--lang", "en")
    assert code == 1 and "2026-03" in err


def test_the_roster_reads_as_words_in_either_language_and_an_empty_one_says_so(ctx, data_dir, cli):
    code, out, _err = cli("volunteer", "list", "--data", data_dir, "--lang", "en")
    assert code == 0 and "No volunteers on the roster yet" in out
    cli("volunteer", "add", "老李", "--availability", "mon_am,wed_am,wed_pm", "--data", data_dir)
    _code, out, _err = cli("volunteer", "list", "--data", data_dir, "--lang", "en")
    assert "Mon AM Wed" in out and "mon_am" not in out
    _code, out, _err = cli("volunteer", "list", "--data", data_dir)
    assert "周一上午 周三" in out
