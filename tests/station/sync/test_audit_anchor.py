"""Issue 9: every silent rewrite of the audit log is reported, locally or at the town office, naming the rows.

The attacker here holds the database file and knows the (unkeyed) chain: they re-chain after editing and
rewrite the head in `meta`, and in the hardest cases also the station's anchors. What they cannot rewrite is
what already left the PC: the rows and head the office holds."""
from db.connection import close_database
from db.models import database
from station import audit, audit_verify
from station.i18n import set_language
from station.residents import add_resident
from station.sync import anchor
from station.sync.office_import import import_file
from station.sync.outgoing import export_bundle
from station.sync.returns import import_return_bundle, make_return_bundle
from tests.station.sync.helpers import make_office, make_station, switch

CODE = "CN-AU-01"


def _world(tmp_path):
    office = make_office(tmp_path)
    station = make_station(tmp_path, CODE, office)
    ctx = switch(station)
    for i in range(6):
        add_resident(ctx, f"居民{i}", f"1380000{i:04d}")
    close_database()
    return office, station


def _sync(root, office, station, name):
    bundle = export_bundle(switch(station), root / name)
    octx = switch(office, office=True)
    import_file(octx, bundle["file"])
    back = make_return_bundle(octx, CODE, root / f"{name}-back")
    import_return_bundle(switch(station), back["file"])
    close_database()
    return back


def _rechain() -> None:
    """What an attacker with the file does after changing rows: recompute every hash and the head."""
    prev = audit.GENESIS
    rows = database.execute_sql("SELECT rowid, seq, at, actor, action, entity, entity_id, before, after FROM audit "
                                "ORDER BY seq").fetchall()
    for rowid, seq, at, actor, action, entity, entity_id, before, after in rows:
        digest = audit.entry_hash(seq, audit.stamp(at), actor, action, entity, entity_id, before, after, prev)
        database.execute_sql("UPDATE audit SET prev_hash = ?, hash = ? WHERE rowid = ?", (prev, digest, rowid))
        prev = digest
    last = rows[-1][1] if rows else 0
    database.execute_sql("REPLACE INTO meta (key, value) VALUES (?, ?)", (audit.HEAD_KEY, f"{last}:{prev}"))


def _forge_anchors() -> None:
    database.execute_sql("DELETE FROM meta WHERE key IN (?, ?)", (anchor.AUDIT_SENT_KEY, anchor.AUDIT_ACKED_KEY))


def _office_warnings(office) -> list[tuple]:
    switch(office, office=True)
    rows = database.execute_sql("SELECT kind, first_seq, last_seq FROM office_warning ORDER BY id").fetchall()
    close_database()
    return rows


def test_deleting_every_row_and_the_head_is_seen_locally(ctx):
    database.execute_sql("DELETE FROM audit")
    database.execute_sql("DELETE FROM meta WHERE key = ?", (audit.HEAD_KEY,))
    verdict = audit_verify.verify_chain()
    assert (verdict.ok, verdict.problem, verdict.first_bad_seq) == (False, "all_removed", 1)


def test_cutting_rows_that_reached_the_office_is_seen_locally_and_at_the_office(tmp_path):
    set_language("en")
    office, station = _world(tmp_path)
    _sync(tmp_path, office, station, "usb1")
    switch(station)
    sent = {name: seq for name, seq, _hash in anchor.anchors()}["sent"]  # the head the office was sent
    database.execute_sql("DELETE FROM audit WHERE seq > ?", (sent - 3,))
    _rechain()
    verdict = audit_verify.verify_chain()
    assert (verdict.ok, verdict.problem, verdict.first_bad_seq) == (False, "cut_below_anchor", sent - 2)
    assert "removed" in audit_verify.problem_text(verdict) and str(sent - 2) in audit_verify.problem_text(verdict)
    _forge_anchors()  # the attacker cleans up the local anchors too …
    assert audit_verify.verify_chain().ok
    close_database()
    back = _sync(tmp_path, office, station, "usb2")  # … and the office still sees it
    assert [(kind, last) for kind, _first, last in _office_warnings(office)] == [("audit_cut", sent)]
    assert "audit_cut" in {w["kind"] for w in back["warnings"]}
    switch(station)
    verdict = audit_verify.verify_chain()  # the office's head no longer matches, and the office said why
    assert not verdict.ok and verdict.problem in ("cut_below_anchor", "anchor_differs", "office_reported")
    database.execute_sql("DELETE FROM meta WHERE key = ?", (anchor.AUDIT_ACKED_KEY,))
    verdict = audit_verify.verify_chain()
    assert (verdict.ok, verdict.problem) == (False, "office_reported") and "cut" in audit_verify.problem_text(verdict)


def test_editing_a_row_and_rechaining_is_seen_locally_and_at_the_office_naming_the_row(tmp_path):
    office, station = _world(tmp_path)
    _sync(tmp_path, office, station, "usb1")
    switch(station)
    database.execute_sql("UPDATE audit SET actor = 'someone_else' WHERE seq = 4")
    _rechain()
    verdict = audit_verify.verify_chain()
    assert not verdict.ok and verdict.problem == "anchor_differs"
    _forge_anchors()
    close_database()
    _sync(tmp_path, office, station, "usb2")
    kinds = _office_warnings(office)
    assert kinds and kinds[0][0] == "audit_rewritten" and kinds[0][1] == 4


def test_deleting_a_row_and_renumbering_is_seen_at_the_office(tmp_path):
    office, station = _world(tmp_path)
    _sync(tmp_path, office, station, "usb1")
    switch(station)
    database.execute_sql("DELETE FROM audit WHERE seq = 5")
    database.execute_sql("UPDATE audit SET seq = seq - 1 WHERE seq > 5")
    _rechain()
    _forge_anchors()
    assert audit_verify.verify_chain().ok  # locally perfect now
    close_database()
    _sync(tmp_path, office, station, "usb2")
    rewritten = [w for w in _office_warnings(office) if w[0] in ("audit_rewritten", "audit_cut")]
    assert rewritten and rewritten[0][1] is not None and rewritten[0][1] >= 5


def test_an_honest_station_raises_no_warning(tmp_path):
    office, station = _world(tmp_path)
    _sync(tmp_path, office, station, "usb1")
    add_resident(switch(station), "后来", "13800009999")
    close_database()
    back = _sync(tmp_path, office, station, "usb2")
    assert _office_warnings(office) == [] and back["warnings"] == []
    switch(station)
    assert audit_verify.verify_chain().ok and anchor.anchors()


def test_audit_verify_after_drop_table_is_one_line(ctx, data_dir, cli):
    database.execute_sql("DROP TABLE audit")
    close_database()
    code, _out, err = cli("audit", "verify", "--data", data_dir, "--lang", "en")
    assert code == 1 and "Traceback" not in err and err.strip() == "Audit log tampered: the audit log table is missing."
    code, _out, err = cli("audit", "list", "--data", data_dir, "--lang", "en")
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
