import datetime as dt
import threading

import pytest

from db.connection import close_database
from db.models import AuditEntry, database
from station.errors import InvalidInput, NotFound, Refused
from station.identity import open_station
from station.parcels.handout import hand_out, handout_record, receipt_lines, undo_handout, waiting_for
from station.parcels.intake import intake
from station.parcels.views import parcels_where


def _in(ctx, tracking, gid):
    return intake(ctx, tracking, resident_gid=gid).parcel


def test_code_finds_all_of_the_residents_waiting_parcels(ctx, people):
    a = _in(ctx, "SF1234567890123", people["li"].gid)
    b = _in(ctx, "YT1234567890123", people["li"].gid)
    _in(ctx, "JT1234567890123", people["wang1"].gid)
    lookup = waiting_for(ctx, a.pickup_code)
    assert len(lookup.matches) == 1
    assert [p.gid for p in lookup.matches[0].parcels] == [a.gid, b.gid]
    assert lookup.matches[0].delegates[0]["name"] == "李明"
    assert [p.gid for p in waiting_for(ctx, "2468").matches[0].parcels] == [a.gid, b.gid]
    assert waiting_for(ctx, "SF1234567890123").matches[0].resident.gid == people["li"].gid


def test_same_name_residents_come_back_separately(ctx, people):
    _in(ctx, "SF1234567890123", people["wang1"].gid)
    _in(ctx, "YT1234567890123", people["wang2"].gid)
    lookup = waiting_for(ctx, "王秀英")
    assert {(m.resident.group, m.resident.phone_tail, len(m.parcels)) for m in lookup.matches} == {
        ("一组", "1234", 1), ("三组", "5678", 1)}
    assert "elderly" in next(m for m in lookup.matches if m.resident.group == "一组").resident.care


def test_handout_to_self_records_receiver_and_receipt(ctx, people):
    a = _in(ctx, "SF1234567890123", people["wang1"].gid)
    b = _in(ctx, "YT1234567890123", people["wang1"].gid)
    done = hand_out(ctx, [a.gid, b.gid])
    assert (done.receiver_name, done.receiver_relation) == ("王秀英", "本人")
    assert {p.status for p in done.parcels} == {"picked_up"}
    lines = dict(receipt_lines(done))
    assert lines["取件人"] == "王秀英 (本人)"
    assert a.pickup_code in lines and lines["包裹数"] == "2"
    assert AuditEntry.get(AuditEntry.action == "parcel.handout").entity_id == done.handout_id
    assert handout_record(ctx, done.handout_id).parcels == done.parcels


def test_registered_delegate_and_adhoc_proxy(ctx, people):
    a = _in(ctx, "SF1234567890123", people["li"].gid)
    b = _in(ctx, "YT1234567890123", people["li"].gid)
    by_son = hand_out(ctx, [a.gid], delegate_gid=people["son"])
    assert (by_son.receiver_name, by_son.receiver_relation, by_son.delegate_gid) == ("李明", "儿子", people["son"])
    with pytest.raises(InvalidInput):  # a stranger must say how they are related
        hand_out(ctx, [b.gid], "赵大妈")
    with pytest.raises(InvalidInput):
        hand_out(ctx, [b.gid], delegate_gid="NOT-A-DELEGATE")
    proxy = hand_out(ctx, [b.gid], "赵大妈", "邻居")
    assert (proxy.receiver_name, proxy.receiver_relation, proxy.delegate_gid) == ("赵大妈", "邻居", None)


def test_double_pickup_and_returned_parcel_are_refused(ctx, people):
    a = _in(ctx, "SF1234567890123", people["li"].gid)
    b = _in(ctx, "YT1234567890123", people["li"].gid)
    hand_out(ctx, [a.gid])
    with pytest.raises(Refused) as err:
        hand_out(ctx, [a.gid, b.gid])
    assert "李建国" in str(err.value)
    assert parcels_where("p.gid = ?", (b.gid,))[0].status == "waiting"  # nothing changed
    with pytest.raises(Refused):
        waiting_for(ctx, a.pickup_code)
    with database.atomic():
        database.execute_sql("UPDATE parcel SET status = 'returned' WHERE gid = ?", (b.gid,))
    with pytest.raises(Refused) as err:
        hand_out(ctx, [b.gid])
    assert "退回" in err.value.message()
    with pytest.raises(NotFound):
        waiting_for(ctx, "9-9-9999")


def test_parcels_of_two_residents_are_not_handed_out_together(ctx, people):
    a = _in(ctx, "SF1234567890123", people["wang1"].gid)
    b = _in(ctx, "YT1234567890123", people["wang2"].gid)
    with pytest.raises(InvalidInput):
        hand_out(ctx, [a.gid, b.gid])


def test_undo_within_the_window_only(ctx, people):
    a = _in(ctx, "SF1234567890123", people["li"].gid)
    done = hand_out(ctx, [a.gid])
    undone = undo_handout(ctx, done.handout_id)
    assert undone.undone_at and {p.status for p in undone.parcels} == {"waiting"}
    assert waiting_for(ctx, a.pickup_code).matches[0].parcels[0].pickup_code == a.pickup_code
    with pytest.raises(Refused):
        undo_handout(ctx, done.handout_id)
    again = hand_out(ctx, [a.gid])
    later = ctx.now() + dt.timedelta(minutes=11)
    from station.context import Ctx

    late_ctx = Ctx(ctx.data_dir, ctx.station_code, ctx.actor, lambda: later)
    with pytest.raises(Refused):
        undo_handout(late_ctx, again.handout_id)
    assert parcels_where("p.gid = ?", (a.gid,))[0].status == "picked_up"
    assert AuditEntry.select().where(AuditEntry.action == "parcel.handout_undo").count() == 1


def test_two_counters_hand_out_the_same_parcel_at_once(ctx, people):
    parcel = _in(ctx, "SF1234567890123", people["li"].gid)
    close_database()
    outcomes, barrier = [], threading.Barrier(2)

    def counter(name):
        worker_ctx = open_station(ctx.data_dir)
        barrier.wait()
        try:
            outcomes.append(("ok", hand_out(worker_ctx, [parcel.gid], name, "邻居").receiver_name))
        except Refused as exc:
            outcomes.append(("refused", exc.message()))

    threads = [threading.Thread(target=counter, args=(n,)) for n in ("赵大妈", "钱大爷")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(o[0] for o in outcomes) == ["ok", "refused"]
    winner = next(o[1] for o in outcomes if o[0] == "ok")
    loser = next(o[1] for o in outcomes if o[0] == "refused")
    assert winner in loser  # "… was already handed out at … to <winner>"
    assert parcels_where("p.gid = ?", (parcel.gid,))[0].receiver_name == winner
    assert database.execute_sql("SELECT count(*) FROM handout").fetchone()[0] == 1


def test_a_double_pickup_names_the_time_on_the_stations_clock(ctx, people):
    """Times are stored in UTC; the refusal says the time staff saw on the counter's wall clock (UTC+8)."""
    from station.context import Ctx

    at = dt.datetime(2026, 3, 1, 23, 30)
    fixed = Ctx(ctx.data_dir, ctx.station_code, ctx.actor, lambda: at)
    a = _in(fixed, "SF1234567890123", people["li"].gid)
    hand_out(fixed, [a.gid])
    with pytest.raises(Refused) as err:
        hand_out(fixed, [a.gid])
    assert "07:30" in err.value.message() and "23:30" not in err.value.message()
