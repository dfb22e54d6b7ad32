import pytest

from db.models import CashEntry, OutgoingParcel
from station.errors import InvalidInput, Refused
from station.orders.send import hand_over, list_outgoing, send_parcel
from tests.station.orders.helpers import PHONE, counts, resident


def test_an_outgoing_parcel_records_the_checks_and_its_fee_in_the_ledger(ctx):
    who = resident(ctx)
    sent = send_parcel(ctx, PHONE, "中通", "73100000000777", 1200, inspected=True, id_checked=True)
    assert (sent.sender_gid, sent.inspected, sent.id_checked, sent.handover_id) == (who, True, True, None)
    entry = CashEntry.get()
    assert (entry.kind, entry.amount_fen, entry.ref_gid) == ("send_fee", 1200, sent.id)
    assert "id_number" not in OutgoingParcel._meta.fields  # real-name check recorded, no ID number kept


def test_the_handover_takes_every_waiting_parcel_of_that_carrier_only(ctx):
    resident(ctx)
    a = send_parcel(ctx, PHONE, "中通", "73100000000771", 1000, True, True)
    b = send_parcel(ctx, PHONE, "中通", "73100000000772", 1000, True, True)
    other = send_parcel(ctx, PHONE, "顺丰", "SF1234567890123", 2000, True, True)
    done = hand_over(ctx, "中通", "李师傅")
    assert {p.id for p in done.parcels} == {a.id, b.id}
    assert [p.id for p in list_outgoing(ctx, waiting_only=True)] == [other.id]
    with pytest.raises(Refused) as err:
        hand_over(ctx, "中通")
    assert err.value.code == "refused.nothing_to_hand_over"


def test_bad_outgoing_parcels_are_refused_and_change_nothing(ctx):
    resident(ctx)
    send_parcel(ctx, PHONE, "中通", "73100000000771", 1000)
    before = counts()
    for args, code in (((PHONE, "中通", "", 1000), "invalid.tracking_missing"),
                       ((PHONE, "", "73100000000772", 1000), "invalid.carrier_missing"),
                       ((PHONE, "中通", "73100000000772", 0), "invalid.amount_not_positive"),
                       ((PHONE, "中通", "73100000000771", 1000), "refused.already_sent")):
        with pytest.raises((InvalidInput, Refused)) as err:
            send_parcel(ctx, *args)
        assert err.value.code == code
    assert counts() == before


def test_without_the_id_seen_it_is_kept_and_marked_on_the_couriers_list(ctx, tmp_path):
    """The issue's contract (`send add … [--inspected]`, no ID option) takes such a parcel in; the real-name
    check is recorded as not done, and the courier's handover list says NO beside it."""
    import subprocess

    from station.orders.printouts import handover_pdf

    resident(ctx)
    sent = send_parcel(ctx, PHONE, "中通", "73100000000777", 1200, recipient="王强  杭州")
    assert (sent.id_checked, sent.inspected, sent.recipient) == (False, False, "王强 杭州")
    out = handover_pdf(hand_over(ctx, "中通"), tmp_path / "handover.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "73100000000777" in text and "否" in text
    with pytest.raises(InvalidInput) as err:
        send_parcel(ctx, PHONE, "中通", "73100000000778", 1200, recipient="长" * 61)
    assert err.value.code == "invalid.recipient_long"
