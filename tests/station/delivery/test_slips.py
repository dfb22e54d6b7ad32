"""The slips PDF as a volunteer carries it, and scanned back through the real `station scan`."""
import subprocess

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from db.models import AuditEntry, Parcel
from station.delivery.runs import plan_run
from station.delivery.slips import print_slips
from station.delivery.stops import run_sheet
from tests.station.delivery.helpers import parcel, resident, status, village


def decode_pages(pdf, tmp_path, dpi: int = 150) -> list[str]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(tmp_path / "page")], check=True)
    payloads = []
    for png in sorted(tmp_path.glob("page*.png")):
        payloads += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    return payloads


@pytest.mark.parametrize("per_page", [4, 2])
def test_every_slip_qr_decodes_and_scans_back_as_delivered(ctx, data_dir, tmp_path, cli, per_page):
    v = village(ctx)
    for n in range(4):  # a fuller run: more flagged residents of group one
        parcel(ctx, resident(ctx, f"孙{n}", f"1390000001{n}", v["g1"], care_alone=True))
    plan_run(ctx, group="一组")
    out = tmp_path / "slips.pdf"
    done = print_slips(ctx, "R0001", out, per_page)
    assert len(PdfReader(out).pages) == done["pages"] == -(-6 // per_page)
    payloads = decode_pages(out, tmp_path)
    sheet = run_sheet(ctx, "R0001")
    assert sorted(payloads) == sorted(s.payload for s in sheet.slips)
    assert all(p.startswith("VS1.") and len(p.split(".")) == 3 for p in payloads)
    for payload in payloads:
        code, stdout, stderr = cli("scan", payload, "--outcome", "delivered", "--data", data_dir)
        assert code == 0, stderr
    on_run = [p.gid for s in sheet.slips for p in s.parcels]
    assert len(on_run) == 7 and all(status(p) == "delivered" for p in on_run)
    assert run_sheet(ctx, "R0001").status == "closed"


def test_the_pdf_carries_names_and_care_notes_but_the_qr_nothing_personal(ctx, tmp_path):
    v = village(ctx)
    plan_run(ctx, group="一组")
    out = tmp_path / "slips.pdf"
    print_slips(ctx, "R0001", out)
    text = PdfReader(out).pages[0].extract_text()
    assert "王秀英" in text and "耳背" in text and "138****0001" in text and "13800000001" not in text
    for payload in decode_pages(out, tmp_path):
        assert "王" not in payload and "1380" not in payload and v["wang"] not in payload


def test_a_payload_with_one_character_changed_is_refused_and_changes_nothing(ctx, data_dir, tmp_path, cli):
    village(ctx)
    plan_run(ctx, group="二组")
    out = tmp_path / "slips.pdf"
    print_slips(ctx, "R0001", out)
    [payload] = decode_pages(out, tmp_path)
    audit_rows = AuditEntry.select().count()
    statuses = {p.gid: p.status for p in Parcel.select()}
    for position in (5, 20, len(payload) - 1):
        changed = payload[:position] + ("A" if payload[position] != "A" else "B") + payload[position + 1:]
        code, _out, err = cli("scan", changed, "--outcome", "delivered", "--data", data_dir, "--lang", "en")
        assert code == 1 and "damaged or not from this station" in err and "Traceback" not in err
    assert AuditEntry.select().count() == audit_rows
    assert {p.gid: p.status for p in Parcel.select()} == statuses


def test_slips_name_the_carrier_not_its_stored_code(ctx, tmp_path):
    from station.parcels.carriers import carrier_name

    v = village(ctx)
    parcel(ctx, v["wang"], tracking="SF1234567890123", carrier="sf")
    plan_run(ctx, group="一组")
    out = tmp_path / "slips.pdf"
    print_slips(ctx, "R0001", out)
    text = PdfReader(out).pages[0].extract_text()
    assert carrier_name("sf") in text and "  sf  " not in text
