"""Delivery slips PDF: 500 slips through the station's service beside bare reportlab + qrcode.

    PYTHONPATH=$PWD python -m bench.slips [--slips 500] [--rounds 3]

Both sides make the QR with the same qrcode call (alphanumeric mode, fixed mask) and draw the same
pages with the same elements (a QR code of the same payload, slip code, name,
group and landmark, masked phone, care notes, parcel lines, outcome tick boxes, signature box, cut lines,
page number) in the same run.
The station side also reads the run from SQLite, derives each slip's HMAC tag, translates the labels
and wraps the text; the bare side gets the strings handed to it. Target: station rate >= 0.8 of bare.
"""
import argparse
import io
import shutil
import tempfile
import time
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_ALPHA_NUM, QRData
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from db.models import Parcel, Resident
from station.delivery.runs import plan_run
from station.delivery.slips import print_slips
from station.delivery.stops import build_sheet, get_run
from station.identity import init_station
from station.ids import new_gid
from station.pdf import cjk_font
from station.residents import add_village_group


def make_station(folder: Path, slips: int):
    ctx = init_station(folder, "CN-BENCH-01", "幸福村便民服务站")
    group = add_village_group(ctx, "一组")["gid"]
    now = ctx.now()
    residents = [{"gid": new_gid(), "owner": ctx.station_code, "name": f"王秀{n:03d}", "phone": f"138{n:08d}",
                  "phone_tail": f"{n:08d}"[-4:], "group": group, "care_elderly": True,
                  "care_notes": "耳背，请大声敲门；住老井东边第二个院门", "created_at": now} for n in range(slips)]
    Resident.insert_many(residents).execute()
    parcels = [{"gid": new_gid(), "owner": ctx.station_code, "tracking_no": f"ZT7730{n:08d}", "carrier": "中通",
                "resident": r["gid"], "pickup_code": f"{n:04d}", "shelf": f"A-{n % 9 + 1}", "status": "waiting",
                "arrived_at": now, "updated_at": now} for n, r in enumerate(residents)]
    Parcel.insert_many(parcels).execute()
    return ctx, plan_run(ctx, group="一组")["code"]


OUTCOMES = ("已送达", "交给代收人", "不在家", "拒收", "地址有误", "已送达，当面验货发现问题")


def bare_pdf(items: list[dict], font: str) -> bytes:
    """The limit: reportlab and qrcode with the strings already at hand, four slips per page."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    width, height = A4
    slot = (height - 56) / 4
    for index, item in enumerate(items):
        if index and index % 4 == 0:
            c.showPage()
        x, y, w, h = 28, height - 28 - (index % 4 + 1) * slot, width - 56, slot - 4
        c.setDash(4, 3)
        c.rect(x, y, w, h)
        c.setDash()
        qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=4)
        qr.add_data(QRData(item["payload"].encode("ascii"), mode=MODE_ALPHA_NUM))
        qr.make(fit=True)
        matrix = qr.get_matrix()
        size, n = 120.0, len(matrix)
        m = size / n
        path = c.beginPath()
        for row, cells in enumerate(matrix):
            col = 0
            while col < n:
                if cells[col]:
                    start = col
                    while col < n and cells[col]:
                        col += 1
                    path.rect(x + 10 + start * m, y + h - 10 - (row + 1) * m, (col - start) * m, m)
                else:
                    col += 1
        c.drawPath(path, stroke=0, fill=1)
        left = x + 140
        for text, size, dy in ((item["header"], 10, 18), (item["name"], 24, 48), (item["where"], 12, 66),
                               (item["phone"], 11, 80), (item["care"], 11, 94), (item["parcels"], 11, 108),
                               (item["parcel"], 10.5, 120)):
            c.setFont(font, size)
            c.drawString(left, y + h - dy, text)
        c.setFont(font, 16)
        c.drawString(x + 10, y + h - 150, item["code"])
        c.setFont(font, 10)
        c.drawString(x + 10, y + h - 164, "回站后在柜台扫码")
        c.setFont(font, 10.5)
        c.drawString(x + w - 180, y + h - 30, "送达结果（勾选一项）：")
        for n, outcome in enumerate(OUTCOMES):  # the tick boxes
            c.rect(x + w - 180, y + h - 45 - 14 * n, 9, 9)
            c.drawString(x + w - 167, y + h - 44 - 14 * n, outcome)
        c.rect(x + w - 180, y + 10, 170, 50)
        c.setFont(font, 10)
        c.drawString(x + w - 176, y + 48, "签名 / 按手印")
        if index % 4 == 0:
            c.drawRightString(width - 28, 12, f"第 {index // 4 + 1} / {-(-len(items) // 4)} 页")
    c.showPage()
    c.save()
    return buffer.getvalue()


def bare_items(ctx, code: str) -> list[dict]:
    sheet = build_sheet(get_run(code))
    return [{"payload": s.payload, "code": s.slip_code, "name": s.name, "header": f"幸福村便民服务站 · {code}",
             "where": f"地址：{s.group} · {s.address}", "phone": f"电话：{s.phone}",
             "care": f"照护：高龄 — {s.care_notes}", "parcels": f"包裹（{len(s.parcels)} 件）",
             "parcel": f"取件码 {s.parcels[0].pickup_code} · 中通 {s.parcels[0].tracking_no}"}
            for s in sheet.slips]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slips", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-slips-"))
    try:
        ctx, code = make_station(folder / "station", args.slips)
        font = cjk_font()
        items = bare_items(ctx, code)
        ours, bare = [], []
        for _ in range(args.rounds):
            start = time.perf_counter()
            print_slips(ctx, code, folder / "slips.pdf", 4)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            (folder / "bare.pdf").write_bytes(bare_pdf(items, font))
            bare.append(time.perf_counter() - start)
        ours_rate, bare_rate = args.slips / min(ours), args.slips / min(bare)
        print(f"slips PDF, {args.slips} slips, 4 per page, best of {args.rounds}")
        print(f"  station print_slips (SQLite + HMAC + layout): {ours_rate:8.0f} slips/s  ({min(ours):.3f} s)")
        print(f"  bare reportlab + qrcode, strings at hand:   {bare_rate:8.0f} slips/s  ({min(bare):.3f} s)")
        print(f"  ratio station/bare: {ours_rate / bare_rate:.2f}  (target >= 0.80)")
    finally:
        from db.connection import close_database

        close_database()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
