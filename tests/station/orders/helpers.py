"""A resident with a delegate, an order through the real counter (intake, handout), and a movable clock."""
import datetime as dt

from station.orders.orders import ItemIn, OrderIn, Payment, place_order
from station.parcels.handout import hand_out
from station.parcels.intake import intake
from station.residents import add_delegate, add_resident

PHONE = "13800001111"
TRACKING = "73123456789012"


def resident(ctx, name: str = "王秀英", phone: str = PHONE) -> str:
    return add_resident(ctx, name, phone).gid


def delegate(ctx, resident_gid: str, name: str = "王强") -> str:
    return add_delegate(ctx, resident_gid, name, "13700000001", "儿子").gid


def at(ctx, when: dt.datetime):
    """Move the station's clock (UTC) for the next service calls."""
    ctx.clock = lambda: when
    return ctx


def order_in(**changes) -> OrderIn:
    base = dict(resident=PHONE, platform="拼多多", merchant="好米店", items=[ItemIn("大米", 2, 4550)],
                payment=Payment("resident_cash"), consent_by="王秀英", consent_how="in_person", tracking=TRACKING)
    return OrderIn(**{**base, **changes})


def place(ctx, **changes):
    return place_order(ctx, order_in(**changes))


def collect(ctx, tracking: str = TRACKING) -> str:
    """The parcel arrives (intake recognises the pre-alert) and is handed out; returns its gid."""
    stored = intake(ctx, tracking)
    hand_out(ctx, [stored.parcel.gid])
    return stored.parcel.gid


def counts() -> dict[str, int]:
    """Rows in every table the orders area writes (and the audit), to prove a refusal changed nothing."""
    from db.models import database

    tables = ("assisted_order", "order_item", "goods_return", "outgoing_parcel", "carrier_handover", "cash_entry",
              "cash_count", "cod_charge", "prealert", "parcel", "audit")
    return {t: database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
