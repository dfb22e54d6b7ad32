"""The counter extras from the command line: notice board, problem queue, returns, reminders, notice log."""
import json

from PIL import Image

from tests.station.parcels.pdf_checks import pdf_text


def station(cli, tmp_path):
    data = tmp_path / "st"
    assert cli("init", "--admin", "zhang", "--code", "CN-T-02", "--name", "河西村站", "--data", data)[0] == 0
    arrivals = (("SF1234567890123", "13800001045", "王秀英"), ("YT1234567890123", "13700003333", "李明"))
    for tracking, phone, name in arrivals:
        code, out, err = cli("parcel", "intake", tracking, "--phone", phone, "--name", name, "--data", data)
        assert code == 0, err
    return data


def test_notices_pdf_from_the_cli(cli, tmp_path):
    data = station(cli, tmp_path)
    out = tmp_path / "board.pdf"
    result = cli("notices", "--out", out, "--data", data, "--json", check_json=True)
    assert result["parcels"] == 2 and result["residents"] == 2
    text = pdf_text(out)
    assert "河西村站 待取包裹通知" in text and "王*英" in text and "李*" in text
    code, stdout, _ = cli("notices", "--out", out, "--by", "code", "--data", data)
    assert code == 0 and "通知单已写入" in stdout


def test_problem_resolve_and_return_with_clear_errors(cli, tmp_path):
    data = station(cli, tmp_path)
    code, _, err = cli("parcel", "problem", "SF1234567890123", "--kind", "damaged", "--data", data)
    assert code == 1 and err.strip() == "破损件需要附上破损照片。"
    photo = tmp_path / "d.jpg"
    Image.new("RGB", (20, 20), (255, 0, 0)).save(photo, "JPEG")
    code, out, err = cli("parcel", "problem", "SF1234567890123", "--kind", "damaged", "--note", "压扁",
                         "--photo", photo, "--data", data)
    assert code == 0, err
    assert "已列入问题件（破损）" in out and "SHA-256" in out
    problems = cli("parcel", "problems", "--data", data, "--json", check_json=True)
    assert [p["tracking_no"] for p in problems] == ["SF1234567890123"]
    assert cli("parcel", "problem", "SF1234567890123", "--kind", "nonsense", "--data", data)[0] == 2
    code, _, err = cli("parcel", "resolve", "SF1234567890123", "--data", data)
    assert code == 1 and "--resident" in err
    code, out, err = cli("parcel", "resolve", "SF1234567890123", "--phone", "3333", "--data", data, "--lang", "en")
    assert code == 0, err
    assert "now waits for 李明" in out
    code, _, err = cli("parcel", "return", "SF1234567890123", "--courier", " ", "--data", data)
    assert code == 1 and "快递员" in err
    code, out, err = cli("parcel", "return", "SF1234567890123", "YT1234567890123", "--courier", "顺丰 王师傅",
                         "--data", data, "--json")
    assert code == 0, err
    assert [h["reason"] for h in json.loads(out)] == ["overdue", "overdue"]
    code, _, err = cli("parcel", "return", "SF1234567890123", "--courier", "顺丰", "--data", data)
    assert code == 1 and "退回快递员" in err
    code, _, err = cli("parcel", "pickup", "SF1234567890123", "--data", data)
    assert code == 1


def test_remind_returns_and_notice_log(cli, tmp_path):
    data = station(cli, tmp_path)
    code, out, _ = cli("parcel", "remind", "--data", data)
    assert code == 0 and "已提醒 0\u00a0位居民" in out
    assert cli("parcel", "returns", "--data", data)[1].strip() == "没有需要退回快递员的包裹。"
    code, out, _ = cli("parcel", "notice-log", "王秀英", "--data", data)
    assert code == 0 and out.strip() == "还没有通知记录。"
    code, _, err = cli("parcel", "notice-log", "赵六", "--data", data)
    assert code == 1 and "赵六" in err


def test_shelf_labels_from_the_cli_by_code_or_tracking_number(cli, tmp_path):
    from tests.station.parcels.pdf_checks import page_sizes_mm

    data = station(cli, tmp_path)
    listed = json.loads(cli("parcel", "list", "--json", "--data", data)[1])
    code_of = {p["tracking_no"]: p["pickup_code"] for p in listed}
    out = tmp_path / "labels.pdf"
    done = json.loads(cli("parcel", "label", code_of["SF1234567890123"], "yt1234567890123", "--out", out,
                          "--json", "--data", data)[1])
    assert done["labels"] == 2 and len(page_sizes_mm(out)) == 2
    text = pdf_text(out)
    assert code_of["SF1234567890123"] in text and "王*英" in text and "王秀英" not in text
    code, out_text, err = cli("parcel", "label", "9-9-9999", "--out", tmp_path / "x.pdf", "--data", data,
                              "--lang", "en")
    assert (code, out_text) == (1, "") and err.strip() == "No parcel has the pickup code or tracking number 9-9-9999."
