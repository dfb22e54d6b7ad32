"""The problem queue: report (with photo evidence), re-assign with a fresh code, or hand back to the courier."""
import hashlib

import pytest
from PIL import Image

from db.models import AuditEntry, Parcel, ParcelHandoff, ParcelProblem
from station.errors import InvalidInput, NotFound, PermissionDenied, Refused
from station.parcels.handout import hand_out
from station.parcels.problems import open_problems, reassign_problem, report_problem, return_problem
from station.parcels.returns import handoffs, return_to_courier
from tests.conftest import as_role
from tests.station.parcels.helpers import reload, village


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "damage.jpg"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(path, "JPEG")
    return path


def test_damaged_parcel_keeps_its_photo_under_its_sha256(ctx, photo):
    v = village(ctx)
    problem = report_problem(ctx, "SF1234567890123", "damaged", "外箱压扁", photo)
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert problem.photo_sha256 == digest and problem.kind == "damaged" and problem.resident_name == "王秀英"
    kept = ctx.data_dir / problem.photo_path
    assert kept.read_bytes() == photo.read_bytes() and digest in kept.name
    assert reload(v["wang_a"]).status == "problem"
    assert [p.tracking_no for p in open_problems(ctx)] == ["SF1234567890123"]
    assert AuditEntry.select().where(AuditEntry.action == "parcel.problem").count() == 1


def test_bad_reports_are_refused_and_change_nothing(ctx, tmp_path, photo):
    v = village(ctx)
    not_photo = tmp_path / "notes.txt"
    not_photo.write_text("hello")
    cases = [
        (InvalidInput, ("SF1234567890123", "damaged")),  # no photo
        (InvalidInput, ("SF1234567890123", "damaged", "", not_photo)),
        (InvalidInput, ("SF1234567890123", "damaged", "", tmp_path / "missing.jpg")),
        (InvalidInput, ("SF1234567890123", "lost_in_space")),
        (InvalidInput, ("??", "unknown_addressee")),
        (Refused, ("SF9999999999999", "refused")),  # already picked up
    ]
    for error, args in cases:
        with pytest.raises(error):
            report_problem(ctx, *args)
    with pytest.raises(PermissionDenied):
        report_problem(as_role(ctx, "volunteer"), "SF1234567890123", "refused")
    assert ParcelProblem.select().count() == 0 and reload(v["wang_a"]).status == "waiting"
    assert not (ctx.data_dir / "photos").exists()


def test_unknown_tracking_number_is_taken_in_as_a_problem_without_addressee(ctx):
    problem = report_problem(ctx, "73123456789012", "unknown_addressee", "姓名写着“老刘”")
    parcel = Parcel.get_by_id(problem.parcel_gid)
    assert parcel.status == "problem" and parcel.resident_gid is None and parcel.carrier == "zto"


def test_problem_parcel_cannot_be_handed_out(ctx):
    v = village(ctx)
    report_problem(ctx, "SF1234567890123", "misaddressed")
    with pytest.raises(Refused):
        hand_out(ctx, [v["wang_a"]], receiver_name="王秀英")


def test_reassign_gives_a_new_code_and_slot_and_waits_again(ctx):
    v = village(ctx)
    report_problem(ctx, "SF1234567890123", "misaddressed", "应为二组王秀英")
    result = reassign_problem(ctx, "SF1234567890123", v["wang2"], "核对手机号")
    parcel = reload(v["wang_a"])
    assert (parcel.status, parcel.resident_gid, parcel.pickup_code) == ("waiting", v["wang2"], result["pickup_code"])
    assert result["pickup_code"] != "3-2-1045" and result["pickup_code"].startswith(result["shelf"] + "-")
    assert open_problems(ctx) == []
    assert ParcelProblem.get().resolution == "reassigned"
    with pytest.raises(Refused):
        reassign_problem(ctx, "SF1234567890123", v["wang2"])
    with pytest.raises(NotFound):
        report_problem(ctx, "SF1234567890123", "refused") and reassign_problem(ctx, "SF1234567890123", "nobody")


def test_return_to_courier_records_the_handoff_and_blocks_handout(ctx):
    v = village(ctx)
    report_problem(ctx, "YT1234567890123", "refused", "收件人拒收")
    with pytest.raises(InvalidInput):
        return_problem(ctx, "YT1234567890123", "  ")
    handoff = return_problem(ctx, "YT1234567890123", "圆通 刘师傅")
    assert (handoff.courier_name, handoff.reason, handoff.staff) == ("圆通 刘师傅", "problem", "console")
    assert reload(v["wang_b"]).status == "returned"
    assert ParcelProblem.get().resolution == "returned"
    assert [h.courier_name for h in handoffs(ctx, "YT1234567890123")] == ["圆通 刘师傅"]
    with pytest.raises(Refused):
        hand_out(ctx, [v["wang_b"]], receiver_name="王秀英")
    with pytest.raises(Refused):
        return_to_courier(ctx, ["YT1234567890123"], "刘师傅")


def test_return_of_several_is_all_or_nothing(ctx):
    v = village(ctx)
    with pytest.raises(Refused):
        return_to_courier(ctx, ["SF1234567890123", "SF9999999999999"], "顺丰 王师傅")
    assert reload(v["wang_a"]).status == "waiting" and ParcelHandoff.select().count() == 0
    with pytest.raises(NotFound):
        return_to_courier(ctx, ["SF1234567890123", "SF0000000000000"], "顺丰 王师傅")
    done = return_to_courier(ctx, ["SF1234567890123", "773123456789012"], "快递员")
    assert [h.reason for h in done] == ["overdue", "overdue"]
    assert AuditEntry.select().where(AuditEntry.action == "parcel.return").count() == 2
