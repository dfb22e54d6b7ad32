"""The counter's scan → decide → act flow, without widgets: each text in each state, and the state after it."""
from db.models import Resident
from station.counter import flow
from station.counter import states as s
from station.parcels.intake import intake
from station.parcels.views import parcels_where


def in_stock(ctx, tracking: str, gid: str):
    return intake(ctx, tracking, resident_gid=gid).parcel


def test_tracking_asks_then_a_phone_tail_stores(ctx, people):
    asked = flow.step(ctx, s.Idle(), "SF1234567890123")
    assert isinstance(asked, s.AskResident) and asked.pending.tracking == "SF1234567890123"
    assert flow.read(asked, "2468") == flow.ANSWER and flow.read(asked, "李建国") == flow.ANSWER
    stored = flow.step(ctx, asked, "2468")
    assert isinstance(stored, s.Stored) and stored.result.parcel.resident_name == "李建国"


def test_a_new_scan_while_asking_puts_the_parcel_aside(ctx, people):
    asked = flow.step(ctx, s.Idle(), "SF1234567890123")
    assert flow.read(asked, "YT1234567890123") == flow.SCAN
    assert flow.put_aside(asked, "YT1234567890123") == "SF1234567890123"
    assert flow.put_aside(asked, "2468") is None
    assert isinstance(flow.step(ctx, asked, "YT1234567890123"), s.AskResident)


def test_same_name_chooses_by_number(ctx, people):
    asked = flow.step(ctx, s.Idle(), "SF1234567890123")
    choose = flow.step(ctx, asked, "王秀英")
    assert isinstance(choose, s.ChooseResident) and len(choose.pending.candidates) == 2
    assert flow.read(choose, "2") == flow.CHOICE
    assert flow.step(ctx, choose, "9") is choose  # out of range: still choosing
    stored = flow.step(ctx, choose, "2")
    assert stored.result.parcel.resident_gid == choose.pending.candidates[1].gid


def test_unknown_answer_opens_the_form_carrying_what_was_typed(ctx, people):
    asked = flow.step(ctx, s.Idle(), "SF1234567890123")
    form = flow.step(ctx, asked, "13600001357")
    assert isinstance(form, s.NewResident) and (form.phone, form.name) == ("13600001357", "")
    assert flow.step(ctx, asked, "0000").phone == ""
    stored = flow.add_and_store(ctx, form, {"name": "陈桂兰", "phone": form.phone, "group_gid": None,
                                            "care_elderly": True})
    assert isinstance(stored, s.Stored) and stored.result.new_resident
    assert stored.result.parcel.resident_name == "陈桂兰"


def test_a_failing_intake_in_the_form_leaves_no_new_resident(ctx, people):
    asked = flow.step(ctx, s.Idle(), "SF1234567890123")
    form = flow.step(ctx, asked, "13600001357")
    in_stock(ctx, "SF1234567890123", people["li"].gid)  # meanwhile another counter took it in
    refused = flow.add_and_store(ctx, form, {"name": "陈桂兰", "phone": "13600001357"})
    assert isinstance(refused, s.Refusal) and refused.stay is form
    assert not Resident.select().where(Resident.name == "陈桂兰").exists()


def test_pickup_code_shows_the_handout_then_hands_over(ctx, people):
    parcel = in_stock(ctx, "SF1234567890123", people["li"].gid)
    handout = flow.step(ctx, s.Idle(), parcel.pickup_code)
    assert isinstance(handout, s.Handout) and handout.match.resident.name == "李建国"
    done = flow.hand_over(ctx, handout, [parcel.gid], delegate_gid=people["son"])
    assert isinstance(done, s.HandedOut) and done.result.receiver_name == "李明"
    undone = flow.undo(ctx, done, done.result.handout_id)
    assert isinstance(undone, s.Undone) and parcels_where("p.gid = ?", (parcel.gid,))[0].status == "waiting"


def test_several_residents_with_parcels_choose_who(ctx, people):
    in_stock(ctx, "SF1234567890123", people["wang1"].gid)
    in_stock(ctx, "YT1234567890123", people["wang2"].gid)
    for text in ("王秀英", "wxy"):
        choose = flow.step(ctx, s.Idle(), text)
        assert isinstance(choose, s.ChooseWaiting) and len(choose.lookup.matches) == 2
    picked = flow.step(ctx, choose, "1")
    assert isinstance(picked, s.Handout) and picked.match is choose.lookup.matches[0]


def test_refusals_keep_the_state_and_say_why(ctx, people):
    parcel = in_stock(ctx, "SF1234567890123", people["li"].gid)
    handout = flow.step(ctx, s.Idle(), parcel.pickup_code)
    flow.hand_over(ctx, handout, [parcel.gid])
    again = flow.hand_over(ctx, handout, [parcel.gid])
    assert isinstance(again, s.Refusal) and again.stay is handout and parcel.pickup_code in str(again.error)
    bad = flow.step(ctx, s.Idle(), "SF12!")
    assert isinstance(bad, s.Refusal) and isinstance(bad.stay, s.Idle)


def test_other_scans_just_say_what_happened(ctx, people):
    from station.scan import ScanResult

    assert flow.after_scan(ScanResult("something_else", "done")) == s.Said("done")
