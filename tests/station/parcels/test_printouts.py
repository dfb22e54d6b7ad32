"""The notice board, shelf labels and receipts as a reader sees them: right Chinese text, embedded font."""
import dataclasses
import datetime as dt

import pytest

from station.errors import InvalidInput
from station.i18n import set_language
from station.parcels.handout import hand_out
from station.parcels.labels import shelf_label_pdf
from station.parcels.notices import notice_board_pdf
from station.parcels.printing import mask_name
from station.parcels.receipts import receipt_pdf
from tests.station.parcels.helpers import T0, village
from tests.station.parcels.pdf_checks import has_embedded_cjk_font, page_sizes_mm, pdf_text, qr_texts, render


def test_names_are_masked_like_the_wall_expects():
    assert mask_name("王秀英") == "王*英"
    assert mask_name("王英") == "王*"
    assert mask_name("欧阳娜娜") == "欧**娜"
    assert mask_name("王") == "王"


def test_notice_board_lists_waiting_parcels_masked_and_grouped(ctx, tmp_path):
    village(ctx)
    ctx = dataclasses.replace(ctx, clock=lambda: T0 + dt.timedelta(days=1))
    out = tmp_path / "board.pdf"
    result = notice_board_pdf(ctx, out)
    assert result["parcels"] == 5 and result["residents"] == 4
    text = pdf_text(out)
    assert "测试村站" in text and "2026年11月21日" in text  # the station's name and the day, in Chinese
    for code in ("3-2-1045", "3-2-1046", "1-1-2001", "2-1-3001", "1-2-2002"):
        assert code in text
    assert "王*英" in text and "欧**娜" in text and "李*" in text
    assert "王秀英" not in text and "李明" not in text
    assert "2-1-3002" not in text  # picked up already
    assert text.index("一组") < text.index("二组")
    assert has_embedded_cjk_font(out)
    assert page_sizes_mm(out)[0] == (210.0, 297.0)


def test_notice_board_by_code_is_in_code_order(ctx, tmp_path):
    village(ctx)
    out = tmp_path / "board.pdf"
    notice_board_pdf(ctx, out, by="code")
    text = pdf_text(out)
    positions = [text.index(c) for c in ("1-1-2001", "1-2-2002", "2-1-3001", "3-2-1045", "3-2-1046")]
    assert positions == sorted(positions)


def test_notice_board_in_english(ctx, tmp_path):
    village(ctx)
    set_language("en")
    out = tmp_path / "board.pdf"
    notice_board_pdf(ctx, out)
    assert "parcels waiting for pickup" in pdf_text(out)


def test_empty_notice_board_says_so(ctx, tmp_path):
    out = tmp_path / "board.pdf"
    assert notice_board_pdf(ctx, out)["parcels"] == 0
    assert "没有待取的包裹" in pdf_text(out)


def test_shelf_label_is_60_by_40_mm_with_code_name_and_scannable_qr(ctx, tmp_path):
    ids = village(ctx)
    out = tmp_path / "labels.pdf"
    shelf_label_pdf([ids["wang_a"], ids["p_ouyang"]], out)
    assert page_sizes_mm(out) == [(60.0, 40.0), (60.0, 40.0)]
    text = pdf_text(out)
    assert "3-2-1045" in text and "王*英" in text and "欧**娜" in text and "3-2" in text
    assert "顺丰 890123" in text and "EMS/中国邮政" in text
    assert "2026年11月20日" in text  # the arrival day, in Chinese (the tests run in zh_CN)
    assert has_embedded_cjk_font(out)
    pages = render(out, tmp_path, dpi=200)
    assert qr_texts(pages[0]) == ["3-2-1045"]
    assert qr_texts(pages[1]) == ["1-2-2002"]


def test_shelf_label_refuses_nothing_to_print(ctx, tmp_path):
    with pytest.raises(InvalidInput):
        shelf_label_pdf([], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_receipt_of_a_real_handout_to_a_proxy(ctx, tmp_path):
    ids = village(ctx)
    handout = hand_out(ctx, [ids["wang_a"], ids["wang_b"]], receiver_name="李小红", receiver_relation="女儿")
    out = tmp_path / "receipt.pdf"
    receipt_pdf(handout, out)
    width, _height = page_sizes_mm(out)[0]
    assert width == 80.0
    text = pdf_text(out)
    for expected in ("测试村站", "王秀英", "李小红", "女儿", "3-2-1045", "3-2-1046", "SF1234567890123",
                     "YT1234567890123", "console"):
        assert expected in text
    assert has_embedded_cjk_font(out)


def test_receipt_needs_parcels(ctx, tmp_path):
    with pytest.raises(InvalidInput):
        receipt_pdf({"parcels": []}, tmp_path / "r.pdf")


def test_read_aloud_texts_in_both_languages(ctx):
    from station.parcels.notices import board_notice_text, resident_notice_text

    v = village(ctx)
    expected = "王秀英，您有 2\u00a0个包裹，取件码 3-2-1045、3-2-1046。"  # a no-break space: "2 个" stays together
    assert resident_notice_text(ctx, v["wang"], spoken=False) == expected
    assert "3，2，1 0 4 5" in resident_notice_text(ctx, v["wang"])
    set_language("en")
    assert resident_notice_text(ctx, v["li"], spoken=False) == "李明, you have 1 parcel, pickup code 2-1-3001."
    text = board_notice_text(ctx)
    assert text.startswith("5 parcels waiting for 4 residents.") and "欧阳娜娜" in text


def test_the_board_rule_under_the_title_runs_across_the_page_not_hidden_under_the_group_band(ctx, tmp_path):
    """It was drawn under the first group heading's grey band, leaving only a stray dash in the gutter."""
    from PIL import Image

    village(ctx)
    out = tmp_path / "board.pdf"
    notice_board_pdf(ctx, out)
    image = Image.open(render(out, tmp_path, dpi=72)[0]).convert("L")
    width = image.width
    dark_rows = [y for y in range(image.height // 4)
                 if all(image.getpixel((x, y)) < 100 for x in (50, width // 2, width - 50))]
    assert dark_rows, "no rule across the page under the title"


def test_the_notice_board_prints_the_audit_head_so_paper_anchors_the_log(ctx, tmp_path):
    from station.audit import audit_head

    village(ctx)
    set_language("en")
    out = tmp_path / "board.pdf"
    notice_board_pdf(ctx, out)
    seq, digest = audit_head()
    assert f"Audit log head: row {seq}, {digest[:16]}" in pdf_text(out)
