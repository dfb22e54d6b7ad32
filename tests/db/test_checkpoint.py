"""The WAL is folded back into the database by a background job, so counter commits rarely do it."""
from db.connection import PRAGMAS, checkpoint
from db.models import database
from station import audit, audit_verify, scheduling
from station.audit_actions import DEMO_FILL
from station.paths import DB_FILE


def test_the_counter_connection_leaves_checkpoints_to_the_background(ctx):
    assert database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == PRAGMAS["wal_autocheckpoint"] > 1000
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert "wal_checkpoint" in [job.id for job in scheduling.make_scheduler(ctx).get_jobs()]


def test_a_checkpoint_copies_every_committed_page_and_keeps_the_data(ctx, data_dir):
    with database.atomic("IMMEDIATE"):
        for n in range(20):
            audit.record(ctx, DEMO_FILL, "test", str(n))  # any declared action
    busy, wal_pages, copied = checkpoint(data_dir / DB_FILE)
    assert busy == 0 and wal_pages > 0 and copied == wal_pages
    scheduling.run_checkpoint(ctx)  # the job itself: nothing left to copy, no error
    assert audit_verify.verify_chain().ok and len(audit.entries(ctx, action=DEMO_FILL)) == 20
