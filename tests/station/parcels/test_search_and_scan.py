import pytest

from station.errors import InvalidInput
from station.parcels.handout import hand_out
from station.parcels.intake import intake
from station.parcels.search import list_parcels, search_parcels
from station.scan import classify, route


@pytest.fixture
def stocked(ctx, people):
    a = intake(ctx, "SF1234567890123", resident_gid=people["wang1"].gid).parcel
    b = intake(ctx, "SF1234567890999", resident_gid=people["wang2"].gid).parcel
    c = intake(ctx, "75123456789012", resident_gid=people["li"].gid).parcel
    hand_out(ctx, [c.gid])
    return a, b, c


def test_search_by_name_phone_tail_code_and_tracking(ctx, stocked):
    a, b, c = stocked
    assert {p.gid for p in search_parcels(ctx, "王")} == {a.gid, b.gid}
    assert [p.gid for p in search_parcels(ctx, "5678")] == [b.gid]
    assert [p.gid for p in search_parcels(ctx, "sf1234567890")] == [a.gid, b.gid]
    assert [p.gid for p in search_parcels(ctx, c.pickup_code)] == [c.gid]  # history too
    assert search_parcels(ctx, "") == [] and search_parcels(ctx, "没有这个人") == []
    assert [p.status for p in list_parcels(ctx, "picked_up")] == ["picked_up"]


def test_router_classifies_scans(ctx, stocked):
    a = stocked[0]
    assert classify(a.pickup_code) == "pickup_code"
    assert classify("SF1111111111111") == "tracking"
    assert classify("1234") == "resident_phone" and classify("13800001234") == "resident_phone"
    assert classify("王秀英") == "resident_name"
    assert classify("VS1.abc.def") is None  # the delivery engineer's slips
    with pytest.raises(InvalidInput):
        route(ctx, "SF12 34")


def test_scan_of_a_new_tracking_number_asks_for_the_resident(ctx, stocked):
    result = route(ctx, "SF1111111111111")
    assert result.data["intake"].outcome == "need_resident"
    stored = route(ctx, "SF1111111111111", phone="2468")
    assert stored.data["intake"].parcel.resident_name == "李建国"


def test_scan_with_receiver_hands_out(ctx, stocked):
    a = stocked[0]
    result = route(ctx, a.pickup_code, receiver="")
    assert result.kind == "handout" and result.data["handout"].receiver_name == "王秀英"
