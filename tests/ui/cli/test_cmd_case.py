"""The issue's "Done when", as a new user would try it from the command line (the real CLI, a subprocess)."""
import datetime as dt
import json

import pytest
from PIL import Image

from tests.station.parcels.pdf_checks import has_embedded_cjk_font, pdf_text

CAL_2027 = {"year": 2027, "source": "国办发明电 (test)",
            "holidays": [{"from": "2027-01-01", "to": "2027-01-03", "name": "元旦"}], "workdays": []}


def desk(cli, tmp_path):
    data = tmp_path / "st"
    assert cli("init", "--admin", "zhang", "--code", "CN-T-09", "--name", "河西村站", "--data", data)[0] == 0
    code, _, err = cli("parcel", "intake", "SF1234567890123", "--phone", "13800001045", "--name", "王秀英",
                       "--data", data)
    assert code == 0, err
    return data


def evidence_files(tmp_path):
    photos = []
    for n, colour in enumerate([(200, 30, 30), (30, 160, 60)]):
        photos.append(tmp_path / f"photo{n}.jpg")
        Image.new("RGB", (800, 600), colour).save(photos[-1])
    chat = tmp_path / "聊天记录.txt"
    chat.write_text("买家：什么时候退款？\n客服：已经在处理了。", encoding="utf-8")
    return photos, chat


def overdue_refund(ctx) -> str:
    """An assisted order collected and returned a month ago whose refund never came (the orders services)."""
    from db.connection import close_database
    from station.orders.returns import hand_off_return, start_return
    from tests.station.orders.helpers import at, collect, place, resident

    resident(ctx)
    at(ctx, dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=40))
    order = place(ctx)
    collect(ctx)
    ret = start_return(ctx, order_id=order.id, reason="quality")
    hand_off_return(ctx, ret.id, "中通", "73100000000555")
    close_database()
    return ret.id


@pytest.mark.slow
def test_done_when_walkthrough(cli, ctx, tmp_path):
    data = ctx.data_dir
    return_id = overdue_refund(ctx)
    run = lambda *a: cli(*a, "--data", data, "--json", check_json=True)  # noqa: E731

    # Open a case from the overdue refund in one action: its facts are carried over.
    case = run("case", "add", "--from-return", return_id, "--date", "2026-09-25")
    number = case["number"]
    opened = run("case", "show", number)
    assert (opened["merchant"], opened["platform"], opened["amount_claimed"], opened["category"],
            opened["source_ref"]) == ("好米店", "拼多多", "91.00", "refund_overdue", return_id)
    photos, chat = evidence_files(tmp_path)
    added = run("case", "evidence", number, *photos, chat)
    assert [a["kind"] for a in added] == ["photo", "photo", "chat"]

    run("case", "log", number, "--action", "merchant_contacted", "--date", "2026-09-25", "--note", "电话联系客服")
    run("case", "log", number, "--action", "filed_12315", "--date", "2026-09-29")
    shown = run("case", "show", number)
    acceptance = next(c for c in shown["clocks"] if c["kind"] == "acceptance")
    assert (acceptance["start"], acceptance["due"], acceptance["provisional"]) == ("2026-09-29", "2026-10-14", False)
    run("case", "pause", number, "--date", "2026-09-30")
    run("case", "resume", number, "--date", "2026-10-09")
    acceptance = next(c for c in run("case", "show", number)["clocks"] if c["kind"] == "acceptance")
    assert acceptance["due"] == "2026-10-16"
    run("case", "log", number, "--action", "accepted", "--date", "2026-10-12")
    run("case", "log", number, "--action", "mediation_session", "--date", "2026-10-20", "--note", "李律师值班")

    before = run("case", "stats", "--by", "platform")
    closed = run("case", "close", number, "--outcome", "money", "--amount", "91", "--satisfaction", "5",
                 "--date", "2026-11-30")
    assert closed["timely"] is True
    after = run("case", "stats", "--by", "platform")
    assert (before["total"]["money"], after["total"]["money"]) == ("0.00", "91.00")
    assert after["groups"][0]["key"] == "拼多多" and after["total"]["on_time"] == "100.0%"

    pdf = tmp_path / "dossier.pdf"
    assert run("case", "dossier", number, "--out", pdf)["evidence"] == 3
    text = pdf_text(pdf)
    assert number in text and "好米店" in text and added[2]["sha256"][:24] in text.replace("\n", "")
    assert has_embedded_cjk_font(pdf)
    assert run("case", "verify", number)["ok"] is True

    # A deadline reaching 2027 is provisional until the 2027 table is imported, then exact.
    second = run("case", "add", "--resident", "13800001111", "--merchant", "别的店", "--category", "other",
                 "--summary", "虚假宣传", "--date", "2026-11-02")["number"]
    run("case", "log", second, "--action", "accepted", "--date", "2026-11-20")
    mediation = run("case", "show", second)["clocks"][0]
    assert (mediation["provisional"], mediation["missing_year"], mediation["due"]) == (True, 2027, "2027-01-22")
    assert run("calendar", "show", "--year", "2027")["known"] is False
    table = tmp_path / "2027.json"
    table.write_text(json.dumps(CAL_2027, ensure_ascii=False), encoding="utf-8")
    assert run("calendar", "import", table)["clocks_recomputed"] == 1
    mediation = run("case", "show", second)["clocks"][0]
    assert (mediation["provisional"], mediation["missing_year"], mediation["due"]) == (False, None, "2027-01-25")
    assert run("calendar", "show", "--year", "2027")["holidays"][0] == {"date": "2027-01-01", "kind": "holiday",
                                                                        "name": "元旦"}


def test_verify_names_an_altered_file_and_exits_1(cli, tmp_path):
    data = desk(cli, tmp_path)
    number = cli("case", "add", "--resident", "13800001045", "--merchant", "好运旗舰店", "--category", "fraud",
                 "--summary", "冒充客服", "--data", data, "--json", check_json=True)["number"]
    _, chat = evidence_files(tmp_path)
    item = cli("case", "evidence", number, chat, "--data", data, "--json", check_json=True)[0]
    vault = data / "evidence" / item["sha256"][:2] / item["sha256"]
    vault.chmod(0o644)
    vault.write_text("改过了", encoding="utf-8")
    code, out, err = cli("case", "verify", number, "--data", data, "--lang", "en")
    assert code == 1 and "聊天记录.txt (altered)" in err


def test_calendar_import_refuses_a_bad_file_with_a_code(cli, tmp_path):
    data = desk(cli, tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2027-01-05,workday,调休\n", encoding="utf-8")
    code, out, _ = cli("calendar", "import", bad, "--data", data, "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "invalid.workday_on_weekday"


def test_a_case_from_a_parcel_carries_its_resident_and_tracking(cli, tmp_path):
    data = desk(cli, tmp_path)
    case = cli("case", "add", "--from-parcel", "SF1234567890123", "--merchant", "好运旗舰店", "--category", "other",
               "--data", data, "--json", check_json=True)
    shown = cli("case", "show", case["number"], "--data", data, "--json", check_json=True)
    assert (shown["complainant"], shown["source_kind"], shown["source_ref"]) == ("王秀英", "parcel", "SF1234567890123")
    code, out, _ = cli("case", "add", "--from-return", "NOPE", "--data", data, "--json")
    assert code == 1 and json.loads(out)["error"]["code"].startswith("not_found")


def test_case_lists_say_state_and_clock_in_words(cli, tmp_path):
    data = desk(cli, tmp_path)
    made = cli("--json", "--data", data, "case", "add", "--resident", "13800001045", "--merchant", "某旗舰店",
               "--platform", "淘宝", "--category", "after_sales", "--amount", "99", "--summary", "不退款",
               check_json=True)
    month_ago = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    cli("--data", data, "case", "log", made["number"], "--action", "filed_12315", "--date", month_ago)
    listed = cli("--data", data, "case", "list")[1]
    assert "办理中" in listed and " open " not in listed
    due = cli("--data", data, "case", "list", "--overdue")[1]
    assert "监管部门决定是否受理" in due and "acceptance" not in due
