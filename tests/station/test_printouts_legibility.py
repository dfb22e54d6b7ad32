"""Printouts for older eyes: every text in every printout's PDF at 10 pt or more, the resident's name at
20 pt or more on slips, labels and the board; slips with outcome tick boxes and labelled fields; board
names told apart within a group; pages "第 1 / 2 页" — in both languages, with a deliberately long
name and address and a slip with many parcels."""
import pytest

from station.delivery.runs import plan_run
from station.delivery.slips import print_slips
from station.i18n import set_language
from station.parcels.handout import hand_out
from station.parcels.labels import shelf_label_pdf
from station.parcels.notices import notice_board_pdf
from station.parcels.receipts import receipt_pdf
from tests.station.parcels.helpers import group, parcel, resident
from tests.station.parcels.pdf_checks import pdf_text
from tests.station.pdf_fonts import text_boxes, text_sizes

LONG_NAME = "阿卜杜热合曼·买买提"
LONG_ADDRESS = ("村东头老井往北走三百米，过了小石桥再往右拐，第二个红色铁门院子，院里有棵大枣树，门口拴着一条黄狗，"
                "敲门要大声，老人耳背")


def make_printouts(ctx, folder) -> dict:
    """Slips (4 and 2 a page), shelf labels, the board and a receipt of a village made to be hard to print."""
    from station.residents import update_resident

    g1 = group(ctx, "一组", 1)
    zhang_a = resident(ctx, "张伟", "13800001111", g1, care_elderly=True, care_hearing=True)
    zhang_b = resident(ctx, "张炜", "13900002222", g1)
    long = resident(ctx, LONG_NAME, "13700003333", g1, care_mobility=True, care_alone=True)
    update_resident(ctx, long, address=LONG_ADDRESS, care_notes="耳背，请大声敲门；腿脚不便，请把包裹送进屋里放在桌上")
    parcels = {"zhang_a": parcel(ctx, zhang_a, "3-2-1045", "SF1234567890123"),
               "zhang_b": parcel(ctx, zhang_b, "3-2-1046", "YT1234567890123", carrier="yto"),
               "counter": parcel(ctx, zhang_b, "3-2-1047", "ZT1234567890123", carrier="zto")}
    for n in range(14):  # many parcels on one slip
        parcels[f"long{n}"] = parcel(ctx, long, f"4-1-{2000 + n}", f"JDVA{n:011d}", carrier="jd")
    for n in range(60):  # a board of more than one page
        parcel(ctx, resident(ctx, f"李{chr(0x4e00 + n * 37)}华", f"136{n:08d}", g1), f"5-{n % 6 + 1}-{3000 + n}")
    out = {}
    out["labels"] = shelf_label_pdf([parcels["zhang_a"], parcels["long0"]], folder / "labels.pdf")
    out["board"] = folder / "board.pdf"
    notice_board_pdf(ctx, out["board"])
    plan_run(ctx, parcel_gids=[parcels["zhang_a"], parcels["zhang_b"]] + [parcels[f"long{n}"] for n in range(14)])
    for per_page in (4, 2):
        out[f"slips{per_page}"] = folder / f"slips{per_page}.pdf"
        print_slips(ctx, "R0001", out[f"slips{per_page}"], per_page)
    handout = hand_out(ctx, [parcels["counter"]], receiver_name="张小红", receiver_relation="女儿")
    out["receipt"] = receipt_pdf(handout, folder / "receipt.pdf")
    return out


@pytest.fixture(params=["zh_CN", "en"])
def printouts(request, ctx, tmp_path) -> dict:
    set_language(request.param)
    return make_printouts(ctx, tmp_path)


def test_no_printed_text_is_under_10_pt(printouts):
    for kind, path in printouts.items():
        sizes = text_sizes(path)
        assert sizes, f"{kind}: no text found"
        small = [(text, size) for text, size in sizes if size < 10 - 0.01]
        assert not small, f"{kind}: text under 10 pt: {small[:5]}"


def test_the_residents_name_is_at_least_20_pt(printouts):
    names = {"slips4": ["张伟", "张炜"], "slips2": ["张伟", "张炜"], "labels": ["张*"], "board": ["张*"]}
    for kind, wanted in names.items():
        sizes = text_sizes(printouts[kind])
        for name in wanted:
            found = [size for text, size in sizes if text.strip().startswith(name)]
            assert found and min(found) >= 20, f"{kind}: {name} at {found}"
    long = [size for text, size in text_sizes(printouts["slips4"]) if text.startswith(LONG_NAME[:3])]
    assert long and min(long) >= 20


def test_slips_have_a_tick_box_per_outcome_and_labelled_fields(printouts):
    from station.delivery import OUTCOME_LABELS
    from station.i18n import tr

    text = pdf_text(printouts["slips4"])
    for label in OUTCOME_LABELS.values():
        assert tr(*label).split("，")[0].split(",")[0] in text
    for field in (tr("Slips", "Address: {address}"), tr("Slips", "Phone: {phone}"), tr("Slips", "Care: {care}")):
        assert field.split("{")[0].strip() in text
    assert tr("Slips", "Code {code}").split("{")[0].strip() in text
    flat = "".join("".join(t.split()) for t, _size in text_sizes(printouts["slips4"]))  # in drawing order
    assert "".join(tr("Slips", "Scan at the counter when back").split()) in flat
    assert tr("Slips", "Signature / fingerprint") in text


def test_a_slip_with_many_parcels_says_how_many_more(printouts):
    text = pdf_text(printouts["slips4"])
    assert ("另有" in text) or ("more" in text)


def test_board_names_in_one_group_can_be_told_apart(printouts):
    text = pdf_text(printouts["board"])
    assert "1111" in text and "2222" in text  # 张* 尾号 1111 and 张* 尾号 2222
    assert "13800001111" not in text


def test_pages_say_page_of_total(printouts):
    board = pdf_text(printouts["board"])
    slips = pdf_text(printouts["slips2"])  # three slips, two a page
    if "第" in board:  # pdftotext drops the spaces between Chinese characters
        board, slips = "".join(board.split()), "".join(slips.split())
        assert "第1/2页" in board and "第2/2页" in board and "第2/2页" in slips
    else:
        assert "Page 1 of 2" in board and "Page 2 of 2" in board and "Page 2 of 2" in slips


def test_nothing_is_drawn_past_its_slip_or_label(printouts):
    """Every text's extent stays inside the page's printable box (no long name or address runs off)."""
    margins = {"slips4": 28, "slips2": 28, "labels": 5, "board": 30, "receipt": 8}
    for kind, path in printouts.items():
        for page, (width, _height), boxes in text_boxes(path):
            for text, x0, x1 in boxes:
                inside = x0 >= margins[kind] - 0.5 and x1 <= width - margins[kind] + 0.5
                assert inside, f"{kind} page {page}: {text!r} from {x0:.0f} to {x1:.0f}"


@pytest.mark.parametrize(("kind", "k"), [("slips4", 1.0), ("slips2", 1.4)])
def test_slip_texts_stay_in_their_column(printouts, kind, k):
    """The middle column (name, address, care, parcels) never runs into the tick boxes, nor they off the slip."""
    from station.delivery.slips import MARGIN

    for page, (width, _height), boxes in text_boxes(printouts[kind]):
        inner = width - 2 * MARGIN
        right = MARGIN + inner - 10 - min(170 * k, inner * 0.32)
        for text, x0, x1 in boxes:
            if text.startswith(("第", "Page")) or "R0001" in text:  # page number; the header spans both columns
                continue
            limit = right - 9 if x0 < right - 1 else width - MARGIN - 9
            assert x1 <= limit + 0.5, f"{kind} page {page}: {text!r} ends at {x1:.0f}, past {limit:.0f}"


@pytest.fixture(params=["zh_CN", "en"])
def order_printouts(request, ctx, tmp_path) -> dict:
    """The orders area's printouts: the order receipt, the courier handover list and the day's cash sheet."""
    import datetime as dt

    from station.orders.cash import cash_day, count_cash, record_cash
    from station.orders.orders import show_order
    from station.orders.printouts import cash_day_pdf, handover_pdf, order_receipt_pdf
    from station.orders.send import hand_over, send_parcel
    from tests.station.orders.helpers import PHONE, at, place
    from tests.station.orders.helpers import resident as order_resident

    set_language(request.param)
    order_resident(ctx)
    order = show_order(ctx, place(ctx).id)
    send_parcel(ctx, PHONE, "中通", "73100000000771", 1000, inspected=True, id_checked=True)
    at(ctx, dt.datetime(2026, 3, 1, 2, 0))
    record_cash(ctx, "other_in", 1000, "复印费")
    count_cash(ctx, "2026-03-01", 800)
    return {"order_receipt": order_receipt_pdf(order, tmp_path / "order.pdf"),
            "handover": handover_pdf(hand_over(ctx, "中通", "李师傅"), tmp_path / "handover.pdf"),
            "cash_sheet": cash_day_pdf(cash_day(ctx, "2026-03-01"), tmp_path / "cash.pdf")}


def test_no_text_on_the_orders_printouts_is_under_10_pt(order_printouts):
    for kind, path in order_printouts.items():
        sizes = text_sizes(path)
        assert sizes, f"{kind}: no text found"
        small = [(text, size) for text, size in sizes if size < 10 - 0.01]
        assert not small, f"{kind}: text under 10 pt: {small[:5]}"
