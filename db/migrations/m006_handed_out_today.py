"""An index for the counter's "handed out today" figure.

Without it, counting today's handouts walks every picked-up parcel (almost all of a station's history:
~200 ms at a million parcels); with it, only today's. Partial, so parcels never handed out cost nothing.
"""


def migrate(db) -> None:
    db.execute_sql("CREATE INDEX parcel_picked_up_at ON parcel (picked_up_at) WHERE picked_up_at IS NOT NULL")
