from station.delegates import add_delegate
from station.households import update_resident
from station.timeline import TimelineEntry, register_source, resident_timeline
from tests.station.delivery.helpers import parcel, resident


def test_timeline_gathers_parcels_record_changes_and_registered_sources(ctx):
    wang = resident(ctx, "王秀英", "13800000001")
    parcel(ctx, wang, days_ago=2, tracking="ZT123")
    update_resident(ctx, wang, care_notes="耳背")
    add_delegate(ctx, wang, "王强")
    register_source("test_orders", lambda gid: [TimelineEntry(ctx.now(), "order", "代下单：大米", "o1")]
                    if gid == wang else [])
    texts = [e.text for e in resident_timeline(ctx, wang)]
    assert any("ZT123" in t for t in texts) and "代下单：大米" in texts
    kinds = [e.kind for e in resident_timeline(ctx, wang)]
    assert kinds.count("record") == 3 and kinds[-1] == "parcel"  # oldest last: the parcel came first


def test_a_parcel_in_the_timeline_names_its_carrier(ctx):
    from station.parcels.carriers import carrier_name

    wang = resident(ctx, "王秀英", "13800000001")
    parcel(ctx, wang, tracking="SF1234567890123", carrier="sf")
    (entry,) = [e for e in resident_timeline(ctx, wang) if e.kind == "parcel"]
    assert carrier_name('sf') in entry.text and "sf)" not in entry.text and "sf）" not in entry.text
