import datetime as dt
import json
import re
from collections import Counter

import pytest
from peewee import fn

from db.connection import close_database
from db.models import Account, Delegate, Household, Meta, Outbox, Parcel, Resident, StationRecord, VillageGroup
from db.models import database as db
from station.accounts import authenticate
from station.context import CONSOLE, Ctx
from station.demo import DEMO_CODE, fill_demo, make_demo_station
from station.errors import InvalidInput, PermissionDenied, Refused
from station.identity import open_station
from station.parcels import ParcelStatus
from station.residents import add_resident, find_residents
from tests.conftest import as_role

TRACKING = {
    "sf": r"SF\d{13}", "jd": r"JDV[A-C]\d{11}", "yto": r"YT\d{13}", "jt": r"JT\d{13}", "zto": r"(75|78|73)\d{12}",
    "sto": r"773\d{12}", "yunda": r"(43|46|31)\d{11}", "ems": r"([A-Z]{2}\d{9}CN|(11|10)\d{11})",
    "deppon": r"DPK\d{12}",
}
FIXED_NOW = dt.datetime(2026, 11, 20, 6, 30)  # 14:30 in China


@pytest.fixture
def demo(data_dir):
    """A small demo station (600 residents, 4000 parcels) as the console admin."""
    counts = make_demo_station(data_dir, residents=600, parcels=4000, seed=7)
    return open_station(data_dir), counts


def test_demo_station_has_its_accounts_and_the_asked_counts(demo, data_dir):
    ctx, counts = demo
    assert StationRecord.get().code == DEMO_CODE == ctx.station_code
    assert StationRecord.get().name == "演示村站"
    assert {(a.username, a.display_name, a.role) for a in Account.select()} == {
        ("zhanzhang", "张站长", "admin"), ("xiaowang", "小王", "staff"), ("laoli", "老李", "volunteer")}
    assert authenticate(ctx, "laoli", "3456").display_name == "老李"
    assert Resident.select().count() == counts.residents == 600
    assert Parcel.select().count() == counts.parcels == 4000
    assert 6 <= VillageGroup.select().count() <= 12
    assert all(re.fullmatch(r"第[一二三四五六七八九十]+村民小组", g.name) for g in VillageGroup.select())
    assert Household.select().count() == counts.households > 100
    assert Delegate.select().count() == counts.delegates > 20
    assert sum(counts.by_status.values()) == 4000


def test_changes_reach_the_outbox_like_any_other_write(demo):
    ctx, counts = demo
    per_entity = dict(Outbox.select(Outbox.entity, fn.COUNT(Outbox.gid)).group_by(Outbox.entity).tuples())
    assert per_entity["parcel"] == 4000
    assert per_entity["resident"] == 600


def test_many_share_a_surname_and_some_share_a_full_name(demo):
    names = [r.name for r in Resident.select(Resident.name)]
    surnames = Counter(name[0] for name in names)
    assert sum(n for _, n in surnames.most_common(5)) > len(names) * 0.45
    repeated = {name: n for name, n in Counter(names).items() if n > 1}
    assert repeated.get("王秀英", 0) >= 2
    assert len(repeated) >= 10
    ctx, _ = demo
    assert len(find_residents(ctx, "王秀英")) == repeated["王秀英"]


def test_phones_are_valid_mobiles_and_some_households_share_one(demo):
    residents = list(Resident.select())
    assert all(re.fullmatch(r"1[3-9]\d{9}", r.phone) for r in residents)
    assert all(r.phone_tail == r.phone[-4:] for r in residents)
    shared = [phone for phone, n in Counter(r.phone for r in residents).items() if n > 1]
    assert shared
    ctx, _ = demo
    assert len(find_residents(ctx, shared[0])) >= 2
    assert all(re.fullmatch(r"1[3-9]\d{9}", d.phone) for d in Delegate.select())


def test_care_flags_and_notes_look_like_a_real_village(demo):
    residents = list(Resident.select())
    elderly = sum(r.care_elderly for r in residents)
    assert 0.15 * len(residents) < elderly < 0.35 * len(residents)
    for flag in ("care_mobility", "care_vision", "care_hearing", "care_alone"):
        assert any(getattr(r, flag) for r in residents), flag
    assert any("耳背" in r.care_notes or "听力" in r.care_notes for r in residents if r.care_hearing)
    relations = {d.relation for d in Delegate.select()}
    assert "邻居" in relations and relations & {"儿子", "女儿", "儿媳", "老伴"}


def test_tracking_numbers_follow_each_carriers_format(demo):
    seen = set()
    for carrier, tracking in Parcel.select(Parcel.carrier, Parcel.tracking_no).tuples():
        assert re.fullmatch(TRACKING[carrier], tracking), (carrier, tracking)
        seen.add(carrier)
    assert seen == set(TRACKING)


def test_waiting_parcels_have_unique_codes_on_their_shelf(demo):
    still_here = list(Parcel.select().where(Parcel.status.in_([ParcelStatus.WAITING, ParcelStatus.PROBLEM])))
    codes = [p.pickup_code for p in still_here]
    assert len(codes) == len(set(codes))
    waiting = [p for p in still_here if p.status == ParcelStatus.WAITING]
    assert waiting
    last_serial = int(Meta.get(Meta.key == "pickup_serial").value)
    latest = Parcel.select().order_by(Parcel.arrived_at.desc(), Parcel.gid.desc()).first()
    assert 1000 <= last_serial <= 9999
    assert Parcel.select().where(Parcel.pickup_code.endswith(f"-{last_serial}"),
                                 Parcel.arrived_at == latest.arrived_at).exists()
    for parcel in waiting:
        assert re.fullmatch(r"[1-6]-[1-4]", parcel.shelf)
        assert re.fullmatch(r"[1-6]-[1-4]-\d{4}", parcel.pickup_code)
        assert parcel.pickup_code.startswith(parcel.shelf + "-")
        assert parcel.picked_up_at is None and parcel.receiver_name == ""


def test_parcels_spread_over_a_year_recent_ones_waiting(demo):
    ctx, _ = demo
    now = ctx.now()
    arrived = [p.arrived_at for p in Parcel.select(Parcel.arrived_at)]
    assert now - dt.timedelta(days=366) < min(arrived) and max(arrived) <= now
    months = Counter((a.year, a.month) for a in arrived)
    assert len(months) >= 12
    for parcel in Parcel.select().where(Parcel.status == ParcelStatus.WAITING):
        assert now - parcel.arrived_at < dt.timedelta(days=15)
    statuses = Counter(p.status for p in Parcel.select(Parcel.status))
    assert statuses["picked_up"] > statuses["waiting"] > 0
    assert statuses["returned"] + statuses["problem"] > 0


def test_picked_up_parcels_record_time_and_receiver(demo):
    handed = list(Parcel.select().where(Parcel.status.in_([ParcelStatus.PICKED_UP, ParcelStatus.DELIVERED])))
    assert all(p.picked_up_at is not None and p.picked_up_at >= p.arrived_at for p in handed)
    assert all(p.receiver_name and p.receiver_relation for p in handed)
    relations = Counter(p.receiver_relation for p in handed)
    assert relations["本人"] > len(handed) / 2
    assert len(relations) > 3
    by_gid = {r.gid: r.name for r in Resident.select()}
    assert all(p.receiver_name == by_gid[p.resident_gid] for p in handed if p.receiver_relation == "本人")


def _fill_fixed(data_dir, code: str, seed: int) -> dict[str, list[tuple]]:
    from station.identity import init_station

    init_station(data_dir, code, "测试村站")
    ctx = Ctx(data_dir, code, CONSOLE, clock=lambda: FIXED_NOW)
    fill_demo(ctx, residents=120, parcels=1500, seed=seed)
    tables = {}
    for table in ("village_group", "household", "resident", "delegate", "parcel"):
        tables[table] = db.execute_sql(f"SELECT * FROM {table} ORDER BY gid").fetchall()
    close_database()
    return tables


def test_the_same_seed_gives_the_same_village(tmp_path):
    first = _fill_fixed(tmp_path / "a", "CN-A", seed=3)
    again = _fill_fixed(tmp_path / "b", "CN-A", seed=3)
    other = _fill_fixed(tmp_path / "c", "CN-A", seed=4)
    assert first == again
    assert first["resident"] != other["resident"]
    assert first["parcel"] != other["parcel"]


def test_a_station_with_data_is_refused_and_left_alone(ctx):
    add_resident(ctx, "王秀英", "13800138000")
    with pytest.raises(Refused):
        fill_demo(ctx, residents=50, parcels=100)
    assert Resident.select().count() == 1
    assert Parcel.select().count() == 0


def test_an_office_gets_no_demo_station_data(data_dir):
    from station.identity import init_station

    office = init_station(data_dir, "TOWN-01", "某镇便民服务中心", kind="office")
    with pytest.raises(Refused):
        fill_demo(office, residents=10, parcels=10)
    assert Resident.select().count() == 0


def test_filling_twice_is_refused(demo):
    ctx, counts = demo
    with pytest.raises(Refused):
        fill_demo(ctx, residents=10, parcels=10)
    assert Parcel.select().count() == counts.parcels


def test_only_an_admin_fills_demo_data(ctx):
    with pytest.raises(PermissionDenied):
        fill_demo(as_role(ctx, "staff"), residents=10, parcels=10)
    assert Resident.select().count() == 0


def test_bad_sizes_are_refused_before_anything_is_made(data_dir):
    with pytest.raises(InvalidInput):
        make_demo_station(data_dir, residents=0)
    with pytest.raises(InvalidInput):
        make_demo_station(data_dir, parcels=-1)
    assert not (data_dir / "station.db").exists()


def test_progress_is_reported_up_to_the_total(ctx):
    seen = []
    fill_demo(ctx, residents=50, parcels=45_000, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (45_000, 45_000)
    assert len(seen) >= 2 and seen == sorted(seen)


def test_cli_makes_then_refuses(cli, tmp_path):
    data = tmp_path / "d"
    code, out, err = cli("demo", "--data", data, "--residents", "80", "--parcels", "700")
    assert code == 0, err
    assert "DEMO-001" in out and "700" in out
    code, out, err = cli("demo", "--data", data)
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, _, _ = cli("demo", "--data", tmp_path / "e", "--parcels", "many")
    assert code == 2
    code, _, err = cli("demo", "--data", tmp_path / "f", "--residents", "0")
    assert code == 1 and err.strip()


def test_cli_fills_an_existing_empty_station_as_json(cli, tmp_path):
    data = tmp_path / "s"
    assert cli("init", "--admin", "zhang", "--code", "CN-X-01", "--name", "某村", "--data", data)[0] == 0
    code, out, err = cli("demo", "--residents", "40", "--parcels", "300", "--seed", "2", "--json", "--data", data)
    assert code == 0, err
    result = json.loads(out)
    assert result["parcels"] == 300 and result["residents"] == 40 and result["made_station"] is False


def test_a_failure_half_way_keeps_nothing(ctx):
    class Stop(Exception):
        pass

    def stop_after_first_chunk(done: int, total: int) -> None:
        raise Stop()

    def indexes() -> set[str]:
        return {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}

    before = indexes()
    with pytest.raises(Stop):
        fill_demo(ctx, residents=50, parcels=45_000, progress=stop_after_first_chunk)
    assert Resident.select().count() == 0 and Parcel.select().count() == 0
    assert indexes() == before and "parcel_tracking" in before
    assert fill_demo(ctx, residents=50, parcels=100).parcels == 100


def test_demo_records_beside_the_parcels(demo):
    """Problem parcels carry their report, returned ones the courier handoff, 老李 is on the roster."""
    from station.delivery.volunteers import roster
    from station.parcels.carriers import recognise
    from station.parcels.problems import KINDS
    from station.parcels.returns import REASONS

    ctx, _counts = demo
    conn = db.connection()
    problems = conn.execute("SELECT p.status, pp.kind, pp.resolved_at FROM parcel p "
                            "JOIN parcel_problem pp ON pp.parcel_gid = p.gid").fetchall()
    assert len(problems) == Parcel.select().where(Parcel.status == "problem").count() > 0
    assert all(status == "problem" and kind in KINDS and resolved is None for status, kind, resolved in problems)
    handoffs = conn.execute("SELECT p.status, h.reason, h.courier_name FROM parcel p "
                            "JOIN parcel_handoff h ON h.parcel_gid = p.gid").fetchall()
    assert len(handoffs) == Parcel.select().where(Parcel.status == "returned").count() > 0
    assert all(status == "returned" and reason in REASONS and courier for status, reason, courier in handoffs)
    laoli = [v for v in roster(ctx) if v.account == "laoli"]
    assert len(laoli) == 1 and laoli[0].name == "老李"
    for tracking, carrier in conn.execute("SELECT tracking_no, carrier FROM parcel"):
        found = recognise(tracking)
        assert found is not None and found.code == carrier, tracking


def test_demo_problem_queue_lists_the_problem_parcels_with_their_kinds(demo):
    from station.parcels.problems import open_problems

    ctx, _counts = demo
    queue = open_problems(ctx)
    assert len(queue) == Parcel.select().where(Parcel.status == "problem").count() > 0
    assert {p.kind for p in queue} <= {"unknown_addressee", "misaddressed", "refused"}


def test_demo_volunteer_has_recent_closed_runs_matching_the_delivered_parcels(demo):
    from station.delivery.runs import list_runs
    from station.delivery.stops import run_sheet
    from station.delivery.volunteers import roster
    from station.timeline import resident_timeline

    ctx, _counts = demo
    conn = db.connection()
    runs = list_runs(ctx)
    assert runs and {r["status"] for r in runs} == {"closed"}
    laoli = next(v for v in roster(ctx) if v.account == "laoli")
    assert conn.execute("SELECT count(DISTINCT run_gid), min(minutes) > 0 FROM volunteer_hours "
                        "WHERE volunteer_gid = ?", (laoli.gid,)).fetchone() == (len(runs), 1)
    carried = conn.execute("SELECT p.status, count(*) FROM delivery_item i JOIN parcel p ON p.gid = i.parcel_gid "
                           "GROUP BY p.status").fetchall()
    assert [status for status, _n in carried] == ["delivered"]
    sheet = run_sheet(ctx, runs[0]["code"])
    assert sheet.slips and all(s.parcels for s in sheet.slips)
    resident = conn.execute("SELECT resident_gid FROM delivery_stop LIMIT 1").fetchone()[0]
    assert any(e.kind == "delivery" for e in resident_timeline(ctx, resident))
