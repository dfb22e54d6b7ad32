"""m002_counter: shelf slot counts follow every status change, whoever makes it."""
from db.models import database
from station.parcels.handout import hand_out, undo_handout
from station.parcels.intake import intake
from station.residents import add_resident


def _waiting(label: str) -> int:
    row = database.execute_sql("SELECT waiting FROM shelf_slot WHERE label = ?", (label,)).fetchone()
    return row[0] if row else 0


def test_slot_counts_follow_intake_handout_undo_and_other_paths(ctx):
    li = add_resident(ctx, "李建国", "13700002468")
    a = intake(ctx, "SF1234567890123", resident_gid=li.gid).parcel
    b = intake(ctx, "YT1234567890123", resident_gid=li.gid).parcel
    assert a.shelf == b.shelf and _waiting(a.shelf) == 2
    done = hand_out(ctx, [a.gid])
    assert _waiting(a.shelf) == 1
    undo_handout(ctx, done.handout_id)
    assert _waiting(a.shelf) == 2
    with database.atomic():  # the problem queue or a return to sender, written by another module
        database.execute_sql("UPDATE parcel SET status = 'problem' WHERE gid = ?", (b.gid,))
    assert _waiting(a.shelf) == 1
    with database.atomic():
        database.execute_sql("UPDATE parcel SET status = 'waiting', shelf = '9-9' WHERE gid = ?", (b.gid,))
    assert (_waiting(a.shelf), _waiting("9-9")) == (1, 1)
    with database.atomic():
        database.execute_sql("DELETE FROM parcel WHERE gid = ?", (b.gid,))
    assert _waiting("9-9") == 0


def test_counter_tables_sync_through_the_outbox(ctx):
    li = add_resident(ctx, "李建国", "13700002468")
    parcel = intake(ctx, "SF1234567890123", resident_gid=li.gid).parcel
    done = hand_out(ctx, [parcel.gid])
    entities = {r[0] for r in database.execute_sql("SELECT entity FROM outbox WHERE gid = ?", (done.handout_id,))}
    assert entities == {"handout"}
