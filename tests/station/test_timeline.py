from station.residents import add_delegate, update_resident
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


def test_counter_records_on_the_timeline(ctx):
    """A handout (and its undoing), a notice, a problem report and a return to the courier each show once."""
    from station.parcels.handout import hand_out, undo_handout
    from station.parcels.intake import intake
    from station.parcels.notice_log import log_notice
    from station.parcels.problems import report_problem
    from station.parcels.returns import return_to_courier

    wang = resident(ctx, "王秀英", "13800000001")
    first = intake(ctx, "SF1234567890123", resident_gid=wang).parcel
    second = intake(ctx, "YT1234567890123", resident_gid=wang).parcel
    odd = intake(ctx, "JT1234567890123", resident_gid=wang).parcel
    late = intake(ctx, "773123456789012", resident_gid=wang).parcel
    log_notice(ctx, wang, "phone", "女儿接的电话")
    done = hand_out(ctx, [first.gid, second.gid], "王强", "儿子")
    undo_handout(ctx, done.handout_id)
    hand_out(ctx, [first.gid], "", "本人")
    report_problem(ctx, odd.tracking_no, "misaddressed", "写的邻村")
    return_to_courier(ctx, [late.tracking_no], "申通老周")
    timeline = resident_timeline(ctx, wang)
    kinds = {e.kind for e in timeline}
    assert {"parcel", "handout", "notice", "problem", "return"} <= kinds
    texts = [e.text for e in timeline]
    assert sum("王强" in t and "儿子" in t for t in texts) == 1
    assert sum(first.pickup_code in t and "王秀英" in t for t in texts) == 1  # handed out again, to herself
    assert "取件已撤销：包裹放回货架" in texts  # the undoing, in Chinese (the tests run in zh_CN)
    assert any("女儿接的电话" in t for t in texts)
    assert any("JT1234567890123" in t and "写的邻村" in t for t in texts)
    assert any("773123456789012" in t and "申通老周" in t for t in texts)
    # told once: the counter's records replace the parcel source's plain "picked up"/"returned" lines
    assert sum("773123456789012" in t for t in texts) == 2  # arrived, handed back
    assert sum("SF1234567890123" in t for t in texts) == 1  # arrived (the handout lists the pickup codes)


def test_a_parcel_in_the_timeline_names_its_carrier(ctx):
    from station.parcels.carriers import carrier_name

    wang = resident(ctx, "王秀英", "13800000001")
    parcel(ctx, wang, tracking="SF1234567890123", carrier="sf")
    (entry,) = [e for e in resident_timeline(ctx, wang) if e.kind == "parcel"]
    assert carrier_name('sf') in entry.text and "sf)" not in entry.text and "sf）" not in entry.text
