"""The PDFs render with pdftoppm, embed the CJK font, and say what they must."""
import datetime as dt
import subprocess

from station.orders.cash import cash_day, count_cash, record_cash
from station.orders.orders import show_order
from station.orders.printouts import cash_day_pdf, handover_pdf, order_receipt_lines, order_receipt_pdf
from station.orders.send import hand_over, send_parcel
from tests.station.orders.helpers import PHONE, at, place, resident


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def renders(path, tmp_path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    assert list(tmp_path.glob("page*.png"))


def test_the_order_receipt_is_large_type_with_price_payer_and_the_station_phone(ctx, tmp_path):
    from station.settings import set_setting

    resident(ctx)
    set_setting(ctx, "station_phone", "0571-88886666")
    order = show_order(ctx, place(ctx).id)
    assert min(size for size, text in order_receipt_lines(order) if text) >= 16
    out = order_receipt_pdf(order, tmp_path / "receipt.pdf")
    text = pdf_text(out)
    for expected in ("王秀英", "大米", "91.00", "0571-88886666", order.tracking, "现金"):
        assert expected in text, expected
    assert any("TrueType" in line and " yes " in line for line in fonts(out).splitlines())  # CJK font embedded
    renders(out, tmp_path)


def test_the_handover_list_names_each_parcel_and_has_a_signature_line(ctx, tmp_path):
    resident(ctx)
    send_parcel(ctx, PHONE, "中通", "73100000000771", 1000, inspected=True, id_checked=True)
    out = handover_pdf(hand_over(ctx, "中通", "李师傅"), tmp_path / "handover.pdf")
    text = pdf_text(out)
    assert "73100000000771" in text and "王秀英" in text and "签字" in text
    renders(out, tmp_path)


def test_the_cash_sheet_shows_opening_entries_closing_counted_and_the_difference(ctx, tmp_path):
    at(ctx, dt.datetime(2026, 3, 1, 2, 0))
    record_cash(ctx, "other_in", 1000, "复印费")
    count_cash(ctx, "2026-03-01", 800)
    out = cash_day_pdf(cash_day(ctx, "2026-03-01"), tmp_path / "cash.pdf")
    text = pdf_text(out)
    for expected in ("期初", "10.00", "期末", "8.00", "-2.00", "复印费"):
        assert expected in text, expected
    renders(out, tmp_path)


def test_the_receipt_prints_the_expected_arrival_large_or_that_the_merchant_has_not_shipped(ctx, tmp_path):
    from station.clock import station_today

    resident(ctx)
    day = station_today(ctx.now()) + dt.timedelta(days=4)
    dated = show_order(ctx, place(ctx, expected_arrival=day.isoformat()).id)
    assert dated.expected_arrival == day.isoformat()
    size, line = next((s, t) for s, t in order_receipt_lines(dated) if "预计" in t)
    assert size >= 30 and "月" in line and str(day.year) in line
    text = pdf_text(order_receipt_pdf(dated, tmp_path / "dated.pdf"))
    assert "预计到达" in text and str(day.day) in text
    undated = show_order(ctx, place(ctx, tracking="").id)
    assert "待商家发货" in pdf_text(order_receipt_pdf(undated, tmp_path / "undated.pdf"))


def test_the_cash_sheet_prints_the_audit_head_so_paper_anchors_the_log(ctx, tmp_path):
    from station.audit import audit_head

    at(ctx, dt.datetime(2026, 3, 1, 2, 0))
    record_cash(ctx, "other_in", 1000, "复印费")
    out = cash_day_pdf(cash_day(ctx, "2026-03-01"), tmp_path / "cash.pdf")
    seq, digest = audit_head()
    assert f"第 {seq} 行，{digest[:16]}" in pdf_text(out)

