"""Shelf label after intake (F3) and receipt after handout (F4): PDFs in the data dir's prints/ folder."""
from station.parcels.views import parcels_where
from tests.station.parcels.pdf_checks import has_embedded_cjk_font, pdf_text, render
from tests.ui.test_counter import key, page_of, scan, station, window  # noqa: F401 (fixtures)
from ui import ops
from ui.qt import Qt


def test_label_after_intake_and_receipt_after_handout_by_keyboard(window, qtbot, station, data_dir,  # noqa: F811
                                                                  tmp_path):
    page = page_of(window)
    page.open_prints = False
    assert not page.label_button.isEnabled() and not page.receipt_button.isEnabled()
    scan(qtbot, page, "SF1234567890123")
    scan(qtbot, page, "2468")
    parcel = parcels_where("p.tracking_no = 'SF1234567890123'")[0]
    assert page.label_button.isEnabled()
    key(qtbot, page, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: page.last_print is not None)
    label = page.last_print
    assert label.parent == data_dir / "prints" and label.exists()
    assert parcel.pickup_code in pdf_text(label) and has_embedded_cjk_font(label)
    assert render(label, _dir(tmp_path, "label"))
    assert str(label) in window.banner.text()

    scan(qtbot, page, parcel.pickup_code)
    scan(qtbot, page, "")  # Enter: hand out to the resident
    assert parcels_where("p.gid = ?", (parcel.gid,))[0].status == "picked_up"
    assert page.receipt_button.isEnabled()
    key(qtbot, page, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: page.last_print is not None)
    receipt = page.last_print
    assert receipt.parent == data_dir / "prints" and receipt.name.startswith("receipt-")
    text = pdf_text(receipt)
    assert parcel.pickup_code in text and "李建国" in text and has_embedded_cjk_font(receipt)
    assert render(receipt, _dir(tmp_path, "receipt"))
    qtbot.waitUntil(lambda: page.scan.hasFocus())
    ops.wait_idle()


def _dir(tmp_path, name):
    (tmp_path / name).mkdir()
    return tmp_path / name
