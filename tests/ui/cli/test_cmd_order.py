"""`station order …` / `return …` / `cash …` as a new user would try them, end to end through the real CLI."""
import datetime as dt
import json
import sqlite3
import subprocess

import pytest

from db.connection import close_database
from station.clock import station_today
from station.residents import add_delegate, add_resident

PHONE = "13800001111"


@pytest.fixture
def station_dir(ctx, data_dir):
    resident = add_resident(ctx, "王秀英", PHONE)
    add_delegate(ctx, resident.gid, "王强", "13700000001", "儿子")
    close_database()
    return data_dir


def shift_receipt(data_dir, order_id: str, days: int) -> None:
    """Pretend the order's parcel was picked up `days` station days ago (same time of day)."""
    with sqlite3.connect(data_dir / "station.db") as db:
        (collected,) = db.execute("SELECT collected_at FROM assisted_order WHERE gid = ?", (order_id,)).fetchone()
        earlier = str(dt.datetime.fromisoformat(collected) - dt.timedelta(days=days))
        db.execute("UPDATE assisted_order SET collected_at = ? WHERE gid = ?", (earlier, order_id))
        db.execute("UPDATE parcel SET picked_up_at = ? WHERE gid = (SELECT parcel_gid FROM assisted_order "
                   "WHERE gid = ?)", (earlier, order_id))


def add_order(cli, data, tracking: str, *extra: str) -> dict:
    return cli("--data", data, "--json", "order", "add", "--resident", PHONE, "--platform", "拼多多", "--merchant",
               "好米店", "--item", "大米:2:45.50", "--paid-by", "resident_cash", "--consent-by", "王强",
               "--consent-how", "phone", "--tracking", tracking, *extra, check_json=True)


def error(cli, *args) -> dict:
    code, out, err = cli("--json", "--lang", "en", *args)
    assert code == 1 and err.strip() and "Traceback" not in err
    return json.loads(out)["error"]


@pytest.mark.slow
def test_done_when_walkthrough(cli, station_dir, tmp_path):
    data = station_dir
    today = station_today(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    office = tmp_path / "office"
    assert cli("--data", office, "office", "init", "--admin", "zhang", "--name", "城关镇办",
               "--code", "OFFICE-CG")[0] == 0
    assert cli("--data", office, "office", "key", "export", "--out", tmp_path / "office.json")[0] == 0
    assert cli("--data", data, "identity", "export", "--out", tmp_path / "card.json")[0] == 0
    assert cli("--data", data, "office-key", "import", tmp_path / "office.json")[0] == 0
    assert cli("--data", office, "office", "enroll", tmp_path / "card.json")[0] == 0

    # an order with the delegate's consent; the parcel is recognised on intake and handed out
    order = add_order(cli, data, "73123456789012")
    assert (order["status"], order["total_fen"], order["consent_by"]) == ("placed", 9100, "王强")
    stored = cli("--data", data, "--json", "parcel", "intake", "73123456789012", check_json=True)
    assert stored["outcome"] == "stored" and stored["prealert_note"]
    assert cli("--data", data, "--json", "order", "show", order["id"], check_json=True)["status"] == "arrived"
    assert cli("--data", data, "parcel", "pickup", stored["parcel"]["pickup_code"])[0] == 0
    shown = cli("--data", data, "--json", "order", "show", order["id"], check_json=True)
    assert shown["status"] == "collected" and shown["window_ends"] == str(today + dt.timedelta(days=7))
    assert cli("--data", data, "order", "receipt", order["id"], "--out", tmp_path / "receipt.pdf")[0] == 0

    # returned on the last day of the window
    shift_receipt(data, order["id"], 7)
    soon = cli("--data", data, "--json", "return", "list", "--closing-soon", check_json=True)
    assert [(r["id"], r["window_ends"]) for r in soon] == [(order["id"], str(today))]
    ret = cli("--data", data, "--json", "return", "start", "--order", order["id"], "--reason", "changed_mind",
              "--no-reason", check_json=True)
    assert (ret["status"], ret["window_ends"]) == ("started", str(today))

    # one day late: refused with the reason
    late = add_order(cli, data, "73123456789013")
    late_parcel = cli("--data", data, "--json", "parcel", "intake", "73123456789013", check_json=True)
    assert cli("--data", data, "parcel", "pickup", late_parcel["parcel"]["pickup_code"], "--only-code")[0] == 0
    shift_receipt(data, late["id"], 8)
    refused = error(cli, "--data", data, "return", "start", "--order", late["id"], "--reason", "changed_mind",
                    "--no-reason")
    assert refused["code"] == "refused.window_closed" and str(today - dt.timedelta(days=1)) in refused["message"]

    # the return parcel goes to a courier; the refund is confirmed once, never more than paid
    assert error(cli, "--data", data, "return", "handoff", ret["id"], "--carrier", "中通")["code"] == \
        "invalid.tracking_missing"
    sent = cli("--data", data, "--json", "return", "handoff", ret["id"], "--carrier", "中通", "--tracking",
               "73100000000555", check_json=True)
    assert sent["status"] == "handed_off" and sent["refund_due"]
    assert error(cli, "--data", data, "return", "refund", ret["id"], "--amount", "91.01")["code"] == \
        "refused.refund_too_large"
    refund = cli("--data", data, "--json", "return", "refund", ret["id"], "--amount", "91", "--how", "cash",
                 check_json=True)
    assert (refund["status"], refund["refund_fen"]) == ("refunded", 9100)
    assert error(cli, "--data", data, "return", "refund", ret["id"], "--amount", "1")["code"] == \
        "refused.already_refunded"

    # an unexpected cash-on-delivery parcel is held with the warning
    code, out, _ = cli("--data", data, "parcel", "intake", "73100000000999", "--phone", PHONE, "--cod", "88")
    assert code == 0 and "不是通过本站下的单" in out
    held = cli("--data", data, "--json", "cod", "list", "--status", "held", check_json=True)
    assert [c["tracking"] for c in held] == ["73100000000999"]

    # the cash day balances: 91 + 91 in for the two orders, 91 refunded in cash
    assert cli("--data", data, "cash", "count", "--date", str(today), "--amount", "91")[0] == 0
    day = cli("--data", data, "--json", "cash", "day", "--date", str(today), "--out", tmp_path / "cash.pdf",
              check_json=True)
    assert (day["closing_fen"], day["counted_fen"], day["difference_fen"], day["balanced"]) == (9100, 9100, 0, True)
    page = subprocess.run(["pdftotext", str(tmp_path / "cash.pdf"), "-"], capture_output=True, text=True).stdout
    assert "账实相符" in page

    # the resident's timeline is complete
    from station.identity import open_station
    from station.timeline import resident_timeline

    ctx = open_station(data)
    texts = [e.text for e in resident_timeline(ctx, shown["resident_gid"])]
    close_database()
    for expected in ("已下单", "已到站", "已取件", "发起退货", "73100000000555", "已确认退款", "到付"):
        assert any(expected in t for t in texts), expected

    # synced records reach the office
    assert cli("--data", data, "sync", "export", "--out", tmp_path / "usb")[0] == 0
    assert cli("--data", office, "office", "import", *sorted((tmp_path / "usb").glob("*.vsb")))[0] == 0
    with sqlite3.connect(office / "station.db") as db:
        entities = {e for (e,) in db.execute("SELECT DISTINCT entity FROM office_record")}
    assert {"assisted_order", "order_item", "goods_return", "outgoing_parcel", "cash_entry", "cash_count",
            "cod_charge"} <= entities


def test_bad_orders_from_the_command_line_are_one_clear_line_with_a_code(cli, station_dir):
    data = station_dir
    base = ["--data", data, "order", "add", "--resident", PHONE, "--platform", "拼多多", "--merchant", "好米店",
            "--paid-by", "resident_cash", "--consent-how", "phone"]
    assert error(cli, *base, "--item", "大米:1:5", "--consent-by", "")["code"] == "invalid.consent_missing"
    assert error(cli, *base, "--item", "大米:0:5", "--consent-by", "王强")["code"] == "invalid.bad_quantity"
    assert error(cli, *base, "--item", "大米:1:-5", "--consent-by", "王强")["code"] == "invalid.bad_amount"
    assert error(cli, *base, "--item", "大米:1:5.123", "--consent-by", "王强")["code"] == "invalid.bad_amount"
    assert cli("--data", data, "--json", "order", "list", check_json=True) == []
    code, _out, err = cli("--data", data, "order", "add", "--resident", PHONE, "--item", "x:1:1", "--lang", "zh_CN",
                          "--platform", "p", "--merchant", "m", "--paid-by", "family", "--consent-by", "王秀英",
                          "--consent-how", "in_person")
    assert code == 1 and "付款人" in err


def test_a_day_that_does_not_balance_is_shown(cli, station_dir):
    data = station_dir
    today = str(station_today(dt.datetime.now(dt.UTC).replace(tzinfo=None)))
    assert cli("--data", data, "cash", "add", "--kind", "other_in", "--amount", "10", "--note", "复印费")[0] == 0
    assert cli("--data", data, "cash", "count", "--date", today, "--amount", "8")[0] == 0
    code, out, _ = cli("--data", data, "--lang", "en", "cash", "day", "--date", today)
    assert code == 0 and "DOES NOT BALANCE: difference ¥-2.00" in out
    assert error(cli, "--data", data, "cash", "day", "--date", "2999-01-01")["code"] == "invalid.future_date"


def test_expected_arrival_several_orders_in_one_return_and_an_exchange_closed(cli, station_dir, tmp_path):
    data = station_dir
    today = station_today(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    arrival = (today + dt.timedelta(days=3)).isoformat()
    first = add_order(cli, data, "73123456789012", "--expected-arrival", arrival)
    assert first["expected_arrival"] == arrival
    code, out, _ = cli("--data", data, "--lang", "en", "order", "show", first["id"])
    assert code == 0 and arrival in out
    past = error(cli, "--data", data, "order", "add", "--resident", PHONE, "--platform", "拼多多",
                 "--merchant", "好米店", "--item", "大米:1:1", "--paid-by", "own_account", "--consent-by", "王强",
                 "--consent-how", "phone",
                 "--expected-arrival", (today - dt.timedelta(days=1)).isoformat())
    assert past["code"] == "invalid.arrival_out_of_range"
    second = add_order(cli, data, "73123456789013")
    assert second["expected_arrival"] is None
    for tracking in ("73123456789012", "73123456789013"):
        stored = cli("--data", data, "--json", "parcel", "intake", tracking, check_json=True)
        assert cli("--data", data, "parcel", "pickup", stored["parcel"]["pickup_code"], "--only-code")[0] == 0
    ret = cli("--data", data, "--json", "return", "start", "--order", first["id"], "--order", second["id"],
              "--reason", "wrong_item", "--outcome", "exchange", check_json=True)
    assert sorted(ret["orders"]) == sorted([first["id"], second["id"]]) and ret["paid_fen"] == 18200
    assert len(ret["items"]) == 2
    done = cli("--data", data, "--json", "return", "exchanged", ret["id"], "--replacement", "73100000000777",
               check_json=True)
    assert done["status"] == "exchanged"
    again = error(cli, "--data", data, "return", "exchanged", ret["id"])
    assert again["code"] == "refused.already_exchanged"


def test_merchant_list_shows_each_flag_with_the_id_unflag_takes(cli, station_dir):
    assert cli("--data", station_dir, "merchant", "list")[1].strip() == "警示名单上没有商家。"
    flagged = cli("--json", "--data", station_dir, "merchant", "flag", "假药店", "--reason", "卖过假药",
                  check_json=True)
    listed = cli("--json", "--data", station_dir, "merchant", "list", check_json=True)
    assert [(r["id"], r["source"]) for r in listed] == [(flagged["gid"], "station")]
    _code, out, _err = cli("--data", station_dir, "merchant", "list")
    assert out.strip() == f"{flagged['gid']}  假药店（本站标记）：卖过假药"
    assert cli("--data", station_dir, "merchant", "unflag", listed[0]["id"])[0] == 0
    assert cli("--json", "--data", station_dir, "merchant", "list", check_json=True) == []
