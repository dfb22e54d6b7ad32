"""Assisted orders, returns, outgoing parcels (寄件) and the cash ledger: orders placed by staff for a
resident with their items, returns with the no-reason window, outgoing parcels and the courier handover
lists, cash-on-delivery charges held at intake, the append-only cash ledger and counted cash, local
merchant flags; and a note on a delivery slip's outcome (a problem found at the door)."""
from db.changes import track_changes

SCHEMA = """
CREATE TABLE assisted_order (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, resident_gid TEXT NOT NULL REFERENCES resident (gid),
    platform TEXT NOT NULL, merchant TEXT NOT NULL, total_fen INTEGER NOT NULL,
    paid_by TEXT NOT NULL, payer_name TEXT NOT NULL DEFAULT '', payer_phone TEXT NOT NULL DEFAULT '',
    consent_by TEXT NOT NULL, consent_how TEXT NOT NULL, consent_delegate_gid TEXT,
    non_returnable INTEGER NOT NULL DEFAULT 0, tracking_no TEXT NOT NULL DEFAULT '', prealert_gid TEXT,
    parcel_gid TEXT, status TEXT NOT NULL, watch_warning TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL, created_by TEXT NOT NULL, shipped_at DATETIME, arrived_at DATETIME,
    collected_at DATETIME, done_at DATETIME, cancelled_at DATETIME, updated_at DATETIME NOT NULL);
CREATE INDEX assisted_order_resident ON assisted_order (resident_gid, created_at);
CREATE INDEX assisted_order_status ON assisted_order (status, created_at);
CREATE INDEX assisted_order_parcel ON assisted_order (parcel_gid);
CREATE INDEX assisted_order_prealert ON assisted_order (prealert_gid);
CREATE TABLE order_item (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, order_gid TEXT NOT NULL REFERENCES assisted_order (gid),
    name TEXT NOT NULL, quantity INTEGER NOT NULL, unit_price_fen INTEGER NOT NULL,
    exception TEXT NOT NULL DEFAULT '');
CREATE INDEX order_item_order ON order_item (order_gid);
CREATE TABLE goods_return (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, resident_gid TEXT NOT NULL REFERENCES resident (gid),
    order_gid TEXT REFERENCES assisted_order (gid), parcel_gid TEXT REFERENCES parcel (gid),
    reason TEXT NOT NULL, no_reason INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL, collected_at DATETIME NOT NULL, window_ends DATE NOT NULL, paid_fen INTEGER,
    carrier TEXT NOT NULL DEFAULT '', tracking_no TEXT NOT NULL DEFAULT '', handed_off_at DATETIME,
    handed_off_by TEXT NOT NULL DEFAULT '', refund_due DATE, refund_fen INTEGER, refund_how TEXT NOT NULL DEFAULT '',
    refunded_at DATETIME, refunded_by TEXT NOT NULL DEFAULT '', created_at DATETIME NOT NULL,
    created_by TEXT NOT NULL);
CREATE INDEX goods_return_resident ON goods_return (resident_gid, created_at);
CREATE INDEX goods_return_refund_due ON goods_return (refund_due) WHERE refunded_at IS NULL AND refund_due IS NOT NULL;
CREATE INDEX goods_return_order ON goods_return (order_gid);
CREATE INDEX goods_return_parcel ON goods_return (parcel_gid);
CREATE INDEX order_collected ON assisted_order (collected_at) WHERE status IN ('collected', 'delivered');
CREATE TABLE carrier_handover (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, carrier TEXT NOT NULL, at DATETIME NOT NULL, staff TEXT NOT NULL,
    courier_name TEXT NOT NULL DEFAULT '', parcel_count INTEGER NOT NULL);
CREATE TABLE outgoing_parcel (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, sender_gid TEXT NOT NULL REFERENCES resident (gid),
    carrier TEXT NOT NULL, tracking_no TEXT NOT NULL, fee_fen INTEGER NOT NULL DEFAULT 0,
    id_checked INTEGER NOT NULL DEFAULT 0, inspected INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '',
    return_gid TEXT REFERENCES goods_return (gid), handover_gid TEXT REFERENCES carrier_handover (gid),
    handed_over_at DATETIME, created_at DATETIME NOT NULL, created_by TEXT NOT NULL);
CREATE INDEX outgoing_parcel_waiting ON outgoing_parcel (carrier, created_at) WHERE handover_gid IS NULL;
CREATE INDEX outgoing_parcel_sender ON outgoing_parcel (sender_gid);
CREATE INDEX outgoing_parcel_tracking ON outgoing_parcel (tracking_no);
CREATE TABLE cash_entry (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, at DATETIME NOT NULL, day DATE NOT NULL, kind TEXT NOT NULL,
    amount_fen INTEGER NOT NULL, resident_gid TEXT, ref_entity TEXT NOT NULL DEFAULT '',
    ref_gid TEXT NOT NULL DEFAULT '', reverses_gid TEXT REFERENCES cash_entry (gid), note TEXT NOT NULL DEFAULT '',
    staff TEXT NOT NULL);
CREATE INDEX cash_entry_day ON cash_entry (day, at);
CREATE UNIQUE INDEX cash_entry_reverses ON cash_entry (reverses_gid) WHERE reverses_gid IS NOT NULL;
CREATE TABLE cash_count (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, day DATE NOT NULL, counted_fen INTEGER NOT NULL,
    at DATETIME NOT NULL, staff TEXT NOT NULL);
CREATE INDEX cash_count_day ON cash_count (day, at);
CREATE TABLE cod_charge (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, parcel_gid TEXT NOT NULL REFERENCES parcel (gid),
    resident_gid TEXT, amount_fen INTEGER NOT NULL, status TEXT NOT NULL, order_gid TEXT,
    created_at DATETIME NOT NULL, decided_at DATETIME, decided_by TEXT NOT NULL DEFAULT '', cash_entry_gid TEXT);
CREATE INDEX cod_charge_parcel ON cod_charge (parcel_gid);
CREATE INDEX cod_charge_status ON cod_charge (status);
CREATE TABLE merchant_flag (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL, created_by TEXT NOT NULL, removed_at DATETIME);
CREATE INDEX merchant_flag_name ON merchant_flag (name);
ALTER TABLE delivery_stop ADD COLUMN outcome_note TEXT NOT NULL DEFAULT '';
"""

SYNCED = ("assisted_order", "order_item", "goods_return", "carrier_handover", "outgoing_parcel", "cash_entry",
          "cash_count", "cod_charge", "merchant_flag")


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    for table in SYNCED:
        track_changes(db, table)
