"""A year of the orders area for a demo station, beside its parcels: assisted orders (one parcel in 200
came through one), their items and pre-alerts, returns with handoffs and refunds (a few overdue), outgoing
parcels with daily courier handovers, expected cash-on-delivery charges, and the cash ledger with a count
for each day (balanced, but for one day that shows a shortfall). Bulk inserts like the parcels."""
import datetime as dt
import random
from collections import defaultdict

from station.demo.rows import Stamps, gid_at

ORDER_EVERY = 200  # parcels per assisted order
SEND_EVERY = 300  # parcels per outgoing parcel
PRODUCTS = (("大米 10kg", 5500), ("食用油 5L", 6990), ("老花镜", 2500), ("血压计", 12900), ("保暖内衣", 8900),
            ("洗衣粉", 2390), ("护膝", 3900), ("收音机", 4900), ("拐杖", 5900), ("降压茶", 3600, "health_unsealed"),
            ("鲜鸡蛋 30枚", 3200, "perishable"))
PLATFORMS = (("拼多多", ("好米店", "农家优选", "暖冬服饰")), ("淘宝", ("健康生活馆", "老年用品专营", "日用百货")),
             ("京东", ("京东自营", "电器专卖")))
REASONS = ("changed_mind", "quality", "damaged", "wrong_item", "not_as_described")
CARRIERS = ("中通", "圆通", "韵达", "邮政")
DAY = 86_400


def _ts(text: str) -> int:
    return int(dt.datetime.fromisoformat(str(text)).replace(tzinfo=dt.UTC).timestamp())


def _local_day(seconds: int) -> dt.date:
    return dt.datetime.fromtimestamp(seconds + 8 * 3600, dt.UTC).date()


class OrdersMaker:
    def __init__(self, rng: random.Random, owner: str, now_s: int, stamps: Stamps) -> None:
        self.rng, self.owner, self.now_s, self.stamps = rng, owner, now_s, stamps
        self.today = _local_day(now_s)
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.handovers: dict[tuple[dt.date, str], str] = {}  # (station day, carrier) -> handover gid

    def gid(self, seconds: int) -> str:
        return gid_at(seconds * 1000, self.rng)

    def make(self, conn) -> dict[str, list[tuple]]:
        parcels = conn.execute(
            "SELECT gid, resident_gid, tracking_no, arrived_at, picked_up_at, status FROM parcel "
            "WHERE resident_gid IS NOT NULL AND status IN ('picked_up', 'delivered', 'waiting') AND rowid % ? = 0",
            (ORDER_EVERY,)).fetchall()
        for row in parcels:
            self.order(*row)
        senders = conn.execute("SELECT gid FROM resident WHERE rowid % 7 = 0").fetchall()
        if senders:
            for n in range(max(1, conn.execute("SELECT max(rowid) FROM parcel").fetchone()[0] // SEND_EVERY)):
                self.outgoing(senders[n % len(senders)][0], self.now_s - int(self.rng.random() * 365 * DAY))
        self.counts()
        return self.rows

    def cash(self, at: int, kind: str, fen: int, resident: str | None, ref: tuple[str, str], note: str = "") -> None:
        self.rows["cash_entry"].append((self.gid(at), self.owner, self.stamps.at(at), _local_day(at).isoformat(),
                                        kind, fen, resident, ref[0], ref[1], None, note, "xiaowang"))

    def order(self, parcel: str, resident: str, tracking: str, arrived: str, picked: str | None, status: str) -> None:
        rng, st = self.rng, self.stamps
        arrived_s = _ts(arrived)
        created = arrived_s - int((2 + rng.random() * 4) * DAY)
        gid, alert = self.gid(created), self.gid(created)
        platform, merchants = rng.choice(PLATFORMS)
        items = [rng.choice(PRODUCTS) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
        total = sum(p[1] for p in items)
        paid_by = rng.choice(("resident_cash", "resident_cash", "family", "own_account"))
        picked_s = _ts(picked) if picked else None
        state = {"waiting": "arrived", "picked_up": "collected", "delivered": "delivered"}[status]
        done = picked_s is not None and picked_s < self.now_s - 9 * DAY
        if done:
            state = "done"
        self.rows["assisted_order"].append((
            gid, self.owner, resident, platform, rng.choice(merchants), total, paid_by,
            "王丽" if paid_by == "family" else "", "13600000002" if paid_by == "family" else "", "本人", "in_person",
            None, 0, tracking, alert, parcel, state, "", st.at(created), "xiaowang", None, arrived,
            picked, st.at(picked_s + 9 * DAY) if done else None, None, st.at(picked_s or arrived_s)))
        for item in items:
            exception = item[2] if len(item) > 2 else ""
            self.rows["order_item"].append((self.gid(created), self.owner, gid, item[0], 1, item[1], exception))
        self.rows["prealert"].append((alert, self.owner, tracking, resident, f"代下单 {gid}",
                                      st.at(created), parcel, arrived))
        if paid_by == "resident_cash":
            self.cash(created, "order_payment", total, resident, ("assisted_order", gid), platform)
        if picked_s is not None and rng.random() < 0.08:
            self.goods_return(gid, parcel, resident, picked_s, total)

    def goods_return(self, order: str, parcel: str, resident: str, picked_s: int, paid: int) -> None:
        rng, st = self.rng, self.stamps
        started = picked_s + int(rng.random() * 6 * DAY)
        if started > self.now_s:
            return
        handed = started + int(rng.random() * DAY)
        due = _local_day(handed) + dt.timedelta(days=7)
        refunded = handed + int((2 + rng.random() * 6) * DAY)
        if refunded > self.now_s or rng.random() < 0.05:
            refunded = None  # still waiting (overdue once the due date passed)
        reason = rng.choice(REASONS)
        ends = _local_day(picked_s) + dt.timedelta(days=7)
        gid = self.gid(started)
        self.rows["goods_return"].append((
            gid, self.owner, resident, order, parcel, reason, int(reason == "changed_mind"), "refund", "",
            "refunded" if refunded else "handed_off", st.at(picked_s), ends.isoformat(), paid, "中通",
            f"7310{int(rng.random() * 1e10):010d}", st.at(handed), "xiaowang", due.isoformat(),
            paid if refunded else None, "original" if refunded else "", st.at(refunded) if refunded else None,
            "xiaowang" if refunded else "", st.at(started), "xiaowang"))

    def outgoing(self, sender: str, at: int) -> None:
        carrier = self.rng.choice(CARRIERS)
        fee = self.rng.choice((800, 1000, 1200, 1500, 2000))
        gid = self.gid(at)
        day = _local_day(at)
        handover = self.handovers.setdefault((day, carrier), self.gid(at + 3600)) if day < self.today else None
        self.rows["outgoing_parcel"].append((
            gid, self.owner, sender, carrier, f"7530{int(self.rng.random() * 1e10):010d}", fee, 1, 1, "",
            None, handover, self.stamps.at(at + 3600) if handover else None, self.stamps.at(at), "xiaowang"))
        self.cash(at, "send_fee", fee, sender, ("outgoing_parcel", gid), carrier)

    def counts(self) -> None:
        for (day, carrier), gid in self.handovers.items():
            n = sum(1 for r in self.rows["outgoing_parcel"] if r[10] == gid)
            at = self.stamps.at(int(dt.datetime.combine(day, dt.time(10)).replace(tzinfo=dt.UTC).timestamp()))
            self.rows["carrier_handover"].append((gid, self.owner, carrier, at, "xiaowang", "", n))
        by_day: dict[dt.date, int] = defaultdict(int)
        for row in self.rows["cash_entry"]:
            by_day[dt.date.fromisoformat(row[3])] += row[5]
        balance, short_day = 0, max((d for d in by_day if d < self.today), default=None)
        for day in sorted(by_day):
            balance += by_day[day]
            if day >= self.today:
                continue
            counted = balance - (500 if day == short_day else 0)  # yesterday's count came out ¥5 short
            at = int(dt.datetime.combine(day, dt.time(11)).replace(tzinfo=dt.UTC).timestamp())
            self.rows["cash_count"].append((self.gid(at), self.owner, day.isoformat(), counted, self.stamps.at(at),
                                            "zhanzhang"))


COLUMNS = {
    "assisted_order": ("gid", "owner", "resident_gid", "platform", "merchant", "total_fen", "paid_by", "payer_name",
                       "payer_phone", "consent_by", "consent_how", "consent_delegate_gid", "non_returnable",
                       "tracking_no", "prealert_gid", "parcel_gid", "status", "watch_warning", "created_at",
                       "created_by", "shipped_at", "arrived_at", "collected_at", "done_at", "cancelled_at",
                       "updated_at"),
    "order_item": ("gid", "owner", "order_gid", "name", "quantity", "unit_price_fen", "exception"),
    "prealert": ("gid", "owner", "tracking_no", "resident_gid", "note", "created_at", "parcel_gid", "linked_at"),
    "goods_return": ("gid", "owner", "resident_gid", "order_gid", "parcel_gid", "reason", "no_reason", "outcome",
                     "note", "status", "collected_at", "window_ends", "paid_fen", "carrier", "tracking_no",
                     "handed_off_at", "handed_off_by", "refund_due", "refund_fen", "refund_how", "refunded_at",
                     "refunded_by", "created_at", "created_by"),
    "carrier_handover": ("gid", "owner", "carrier", "at", "staff", "courier_name", "parcel_count"),
    "outgoing_parcel": ("gid", "owner", "sender_gid", "carrier", "tracking_no", "fee_fen", "id_checked", "inspected",
                        "note", "return_gid", "handover_gid", "handed_over_at", "created_at", "created_by"),
    "cash_entry": ("gid", "owner", "at", "day", "kind", "amount_fen", "resident_gid", "ref_entity", "ref_gid",
                   "reverses_gid", "note", "staff"),
    "cash_count": ("gid", "owner", "day", "counted_fen", "at", "staff"),
}
ORDER = ("assisted_order", "order_item", "prealert", "goods_return", "carrier_handover", "outgoing_parcel",
         "cash_entry", "cash_count")


def fill_orders(conn, rng: random.Random, owner: str, now_s: int, stamps: Stamps) -> dict[str, int]:
    """Insert the orders area's year; returns rows per table."""
    rows = OrdersMaker(rng, owner, now_s, stamps).make(conn)
    for table in ORDER:
        columns = COLUMNS[table]
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows[table])
    return {table: len(rows[table]) for table in ORDER}
