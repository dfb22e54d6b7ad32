import pytest

from db.models import AuditEntry, database
from station.errors import InvalidInput, PermissionDenied, Refused
from station.parcels.codes import allocate_slot
from station.parcels.intake import CHOOSE, NEED_RESIDENT, NO_MATCH, STORED, intake, register_prealert
from station.settings import set_setting
from tests.conftest import as_role


def test_intake_by_phone_tail_assigns_code_and_shelf(ctx, people):
    result = intake(ctx, "sf1234567890123", phone="2468")
    assert result.outcome == STORED and result.carrier == "sf" and result.carrier_name == "顺丰"
    p = result.parcel
    assert p.resident_name == "李建国" and p.status == "waiting" and p.tracking_no == "SF1234567890123"
    shelf, layer, serial = p.pickup_code.split("-")
    assert p.shelf == f"{shelf}-{layer}" and len(serial) == 4
    assert AuditEntry.get(AuditEntry.action == "parcel.intake").entity_id == p.gid


def test_full_phone_and_name_find_the_right_one_of_two(ctx, people):
    assert intake(ctx, "SF1234567890123", phone="13900005678").parcel.resident_gid == people["wang2"].gid
    result = intake(ctx, "SF1234567890124", name="王秀英")
    assert result.outcome == CHOOSE and {c.group for c in result.candidates} == {"一组", "三组"}
    assert database.execute_sql("SELECT count(*) FROM parcel").fetchone()[0] == 1
    chosen = intake(ctx, "SF1234567890124", resident_gid=people["wang1"].gid)
    assert chosen.parcel.resident_gid == people["wang1"].gid


def test_unknown_resident_and_inline_add(ctx, people):
    assert intake(ctx, "SF1234567890123", phone="0000").outcome == NO_MATCH
    assert intake(ctx, "SF1234567890123").outcome == NEED_RESIDENT
    added = intake(ctx, "SF1234567890123", phone="13500001111", name="陈桂兰")
    assert added.outcome == STORED and added.new_resident and added.parcel.resident_name == "陈桂兰"


def test_a_waiting_tracking_number_is_refused(ctx, people):
    first = intake(ctx, "SF1234567890123", phone="2468").parcel
    with pytest.raises(Refused) as err:
        intake(ctx, "SF1234567890123", phone="1234")
    assert first.pickup_code in str(err.value) and first.shelf in str(err.value)


@pytest.mark.parametrize(("tracking", "phone"), [("SF12", "2468"), ("SF1234567890123", "12345"),
                                                 ("SF1234567890123", "23800001234")])
def test_bad_input_changes_nothing(ctx, people, tracking, phone):
    with pytest.raises(InvalidInput):
        intake(ctx, tracking, phone=phone)
    assert database.execute_sql("SELECT count(*) FROM parcel").fetchone()[0] == 0


def test_prealert_is_linked_at_intake(ctx, people):
    register_prealert(ctx, "JT1234567890123", people["wang2"].gid, "代下单：老花镜")
    with pytest.raises(Refused):
        register_prealert(ctx, "JT1234567890123", people["wang1"].gid)
    result = intake(ctx, "jt1234567890123")
    assert result.outcome == STORED and result.parcel.resident_gid == people["wang2"].gid
    assert result.prealert_note == "代下单：老花镜"
    linked = database.execute_sql("SELECT parcel_gid FROM prealert").fetchone()[0]
    assert linked == result.parcel.gid


def test_a_family_shares_a_slot_and_slots_fill_evenly(ctx, people):
    set_setting(ctx, "shelf_count", 2)
    set_setting(ctx, "shelf_layers", 2)
    a = intake(ctx, "SF1000000000001", phone="2468").parcel
    b = intake(ctx, "SF1000000000002", phone="2468").parcel
    assert a.shelf == b.shelf
    others = {intake(ctx, f"SF100000000001{i}", phone=p).parcel.shelf for i, p in enumerate(["1234", "5678"])}
    assert len(others | {a.shelf}) == 3
    codes = [r[0] for r in database.execute_sql("SELECT pickup_code FROM parcel")]
    assert len(set(codes)) == len(codes)


def test_allocate_slot_skips_codes_still_on_the_shelf(ctx, people):
    with database.atomic():
        shelf, code = allocate_slot()
    assert code.startswith(shelf + "-")


def test_volunteers_may_not_take_parcels_in(ctx, people):
    with pytest.raises(PermissionDenied):
        intake(as_role(ctx, "volunteer"), "SF1234567890123", phone="2468")
