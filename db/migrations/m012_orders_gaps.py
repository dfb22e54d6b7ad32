"""Orders gaps: an order's expected arrival date (on the receipt); an exchange closed when the replacement
arrives; an outgoing parcel's recipient (name and place, as on the waybill); one return over items of several
orders (return_item, each with its own window)."""
from db.changes import track_changes

SCHEMA = """
ALTER TABLE assisted_order ADD COLUMN expected_arrival DATE;
ALTER TABLE outgoing_parcel ADD COLUMN recipient TEXT NOT NULL DEFAULT '';
ALTER TABLE goods_return ADD COLUMN exchanged_at DATETIME;
ALTER TABLE goods_return ADD COLUMN exchanged_by TEXT NOT NULL DEFAULT '';
ALTER TABLE goods_return ADD COLUMN replacement_tracking TEXT NOT NULL DEFAULT '';
CREATE TABLE return_item (
    gid TEXT PRIMARY KEY, owner TEXT NOT NULL, return_gid TEXT NOT NULL REFERENCES goods_return (gid),
    order_gid TEXT NOT NULL REFERENCES assisted_order (gid), order_item_gid TEXT NOT NULL REFERENCES order_item (gid),
    name TEXT NOT NULL, quantity INTEGER NOT NULL, paid_fen INTEGER NOT NULL, window_ends DATE NOT NULL);
CREATE INDEX return_item_return ON return_item (return_gid);
CREATE INDEX return_item_order ON return_item (order_gid);
CREATE INDEX return_item_order_item ON return_item (order_item_gid);
"""


def migrate(db) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    track_changes(db, "return_item")
