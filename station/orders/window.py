"""The 7-day no-reason return window (消费者权益保护法 Art. 25; 网络购买商品七日无理由退货暂行办法).

The seven days start on the day after the station recorded pickup or doorstep delivery, counted in station
days (UTC+8); the last of them (pickup day + 7) ends at 24:00. Goods of the excepted kinds — chosen per item,
or the whole order confirmed non-returnable at purchase — get no no-reason return; a quality complaint is
still possible.
"""
import datetime as dt

from station.clock import station_today
from station.i18n import N_, tr

WINDOW_DAYS = 7
CLOSING_SOON_DAYS = 2

EXCEPTIONS = {
    "custom_made": N_("Orders", "custom-made"),
    "perishable": N_("Orders", "fresh or perishable"),
    "unsealed_media": N_("Orders", "unsealed audio-visual or software"),
    "periodical": N_("Orders", "newspaper or periodical"),
    "health_unsealed": N_("Orders", "unsealed goods affecting health or safety"),
    "quality_changed": N_("Orders", "quality changed by opening"),
    "activated": N_("Orders", "value lost on activation or trial"),
    "declared_at_sale": N_("Orders", "near-expiry or defective, declared at sale"),
}
NON_RETURNABLE = N_("Orders", "confirmed non-returnable at purchase")


def exception_name(code: str) -> str:
    pair = EXCEPTIONS.get(code)
    return tr(*pair) if pair else code


def window_ends(received_at: dt.datetime) -> dt.date:
    """The last day of the window, in station time, for goods received at this UTC instant."""
    return station_today(received_at) + dt.timedelta(days=WINDOW_DAYS)


def window_open(received_at: dt.datetime, now: dt.datetime) -> bool:
    return station_today(now) <= window_ends(received_at)


def received_between(first_end: dt.date, last_end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants [from, to) of receipts whose window ends on a day from `first_end` to `last_end`."""
    def midnight_utc(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time()) - dt.timedelta(hours=8)

    start = first_end - dt.timedelta(days=WINDOW_DAYS)
    stop = last_end - dt.timedelta(days=WINDOW_DAYS - 1)
    return midnight_utc(start), midnight_utc(stop)
