"""A dozen rights cases for a demo station, made through the real case services so every clock, timeline
entry, evidence hash and audit row is what a user's own work would leave: various categories and states, a
few with evidence (small generated photos and a chat export), some due soon or overdue, one paused, one
escalated, one opened from an overdue refund, closed ones with outcomes. A handful of rows: fast."""
import datetime as dt
import random
import struct
import tempfile
import zlib
from pathlib import Path

from db.models import GoodsReturn, Parcel, Resident
from station.cases import records
from station.cases.calendar import load_calendar
from station.cases.evidence import add_evidence, escalate_case
from station.clock import station_today
from station.context import Ctx
from station.errors import Refused

# (category, merchant, platform, amount, summary, wants, actions [(action, working days ago)], ending)
# ending: None (open) | "pause" | "escalate" | ("close", outcome, amount, satisfaction, next step)
CASES = (
    ("refund_overdue", "好米店", "拼多多", "55.00", "退货已寄回十多天，商家一直不退款。", "退还货款",
     (("merchant_contacted", 16), ("filed_12315", 14)), None),
    ("expired_counterfeit", "健康生活馆", "淘宝", "36.00", "降压茶收到时已过保质期两个月。", "退一赔十",
     (("merchant_contacted", 9), ("platform_complaint", 8), ("filed_12315", 6)), "evidence"),
    ("false_advertising", "老年用品专营", "淘宝", "129.00", "血压计宣传“医用级精准”，实测误差很大。", "退货退款",
     (("merchant_contacted", 40), ("filed_12315", 38), ("accepted", 33)), "pause"),
    ("after_sales", "电器专卖", "京东", "490.00", "收音机一周就坏了，商家拒绝保修。", "免费维修或换新",
     (("merchant_contacted", 30), ("filed_12315", 28), ("accepted", 25), ("mediation_session", -3)), "escalate"),
    ("fraud", "暖冬服饰", "拼多多", "299.00", "直播间说“包邮送羽绒服”，付款后商家失联。", "追回货款",
     (("platform_complaint", 3),), None),
    ("other", "日用百货", "淘宝", "", "快递员未经同意把包裹放在门口，包裹丢失。", "商家补发",
     (("merchant_contacted", 2),), None),
    ("refund_overdue", "农家优选", "拼多多", "69.90", "退货后退款迟迟不到账。", "退还货款",
     (("merchant_contacted", 60), ("filed_12315", 58), ("accepted", 55)), ("close", "money", "69.90", 5, "")),
    ("after_sales", "京东自营", "京东", "89.00", "保暖内衣尺码不对，换货被拒。", "换货",
     (("merchant_contacted", 45),), ("close", "other", "", 4, "")),
    ("false_advertising", "好米店", "拼多多", "55.00", "大米标“五常”，包装上找不到产地。", "退一赔三",
     (("merchant_contacted", 80), ("filed_12315", 78), ("accepted", 75)), ("close", "terminated", "", 2, "12315")),
    ("other", "健康生活馆", "淘宝", "25.00", "护膝少发一只，居民后来自己和商家谈好了。", "补发",
     (("merchant_contacted", 20),), ("close", "withdrawn", "", None, "")),
)


def _photo(rng: random.Random, label: str) -> bytes:
    """A small photo-like PNG (a receipt-ish card with lines of "text"), different for every case so the
    hashes differ. Written by hand with zlib: the demo is made at a first start, before the window shows,
    where no image library may be loaded yet (tests/ui/test_startup_imports.py)."""
    width, height = 320, 240
    paper = bytes(rng.randrange(200, 250) for _ in range(3))
    ink = bytes((90, 90, 110))
    lines = [(30 + row * 30, 24 + rng.randrange(120, 270)) for row in range(6)]
    raw = bytearray()
    for y in range(height):
        ends = next((end for top, end in lines if top <= y < top + 14), 0)
        raw += b"\x00" + b"".join(ink if 24 <= x < ends else paper for x in range(width))
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + \
        _chunk(b"tEXt", b"Title\x00" + label.encode("ascii", "replace")) + \
        _chunk(b"IDAT", zlib.compress(bytes(raw), 6)) + _chunk(b"IEND", b"")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _evidence(ctx: Ctx, rng: random.Random, number: str, merchant: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        photo, chat = Path(folder) / f"receipt-{number}.png", Path(folder) / f"chat-{number}.txt"
        photo.write_bytes(_photo(rng, number))
        chat.write_text(f"[客服 {merchant}] 您好，退款正在处理。\n[居民] 已经等了两周了。\n[客服] 请再耐心等待。\n",
                        encoding="utf-8")
        add_evidence(ctx, number, [photo, chat])


def _from_what_the_station_knows(ctx: Ctx, today: dt.date) -> bool:
    """One case opened from a refund the demo's orders left overdue (else from a parcel), facts carried over."""
    for row in GoodsReturn.select().where(GoodsReturn.refunded_at.is_null(), GoodsReturn.refund_due.is_null(False)):
        try:
            records.add_case(ctx, category="refund_overdue", from_return=row.gid, opened_on=str(today))
            return True
        except Refused:
            continue
    parcel = Parcel.select().where(Parcel.resident_gid.is_null(False)).order_by(Parcel.arrived_at.desc()).first()
    if parcel is None:
        return False
    records.add_case(ctx, merchant="农家优选", platform="拼多多", category="expired_counterfeit", amount="32.00",
                     summary="鲜鸡蛋到货时多个破损发臭。", wants="退款", from_parcel=parcel.tracking_no,
                     opened_on=str(today))
    return True


def _back(today: dt.date, n: int, calendar) -> dt.date:
    """The day `n` working days before today (calendar days when n is negative: a session ahead)."""
    if n < 0:
        return today - dt.timedelta(days=n)
    day = today
    while n > 0:
        day -= dt.timedelta(days=1)
        known = calendar.is_workday(day)
        n -= 1 if (known if known is not None else day.weekday() < 5) else 0
    return day


def fill_cases(ctx: Ctx, rng: random.Random) -> int:
    """Open the demo's cases for residents of the village; returns how many."""
    today = station_today(ctx.now())
    people = [g for (g,) in Resident.select(Resident.gid).order_by(Resident.gid).limit(200).tuples()]
    if not people:
        return 0
    calendar = load_calendar()
    for category, merchant, platform, amount, summary, wants, actions, ending in CASES:
        opened = _back(today, max([a[1] for a in actions] + [0]) + 1, calendar)
        number = records.add_case(ctx, rng.choice(people), merchant, platform, category, amount, summary, wants,
                                  opened_on=str(opened))["number"]
        for action, ago in actions:
            records.log_action(ctx, number, action, str(_back(today, ago, calendar)))
        _end(ctx, rng, number, merchant, today, ending)
    return len(CASES) + _from_what_the_station_knows(ctx, today)


def _end(ctx: Ctx, rng: random.Random, number: str, merchant: str, today: dt.date, ending) -> None:
    if ending in ("evidence", "escalate", "pause"):
        _evidence(ctx, rng, number, merchant)
    if ending == "escalate":
        escalate_case(ctx, number, "调解未果，交镇办")
    elif ending == "pause":
        records.pause_case(ctx, number, str(today - dt.timedelta(days=4)), "居民住院，暂停")
    elif isinstance(ending, tuple):
        _, outcome, amount, satisfaction, next_step = ending
        records.close_case(ctx, number, outcome, amount, next_step, satisfaction, str(today))
