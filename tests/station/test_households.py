import pytest

from db.models import AuditEntry
from station.errors import InvalidInput, NotFound, PermissionDenied
from station.residents import list_residents, resident_detail, share_household, update_resident
from tests.conftest import as_role
from tests.station.delivery.helpers import group, resident


@pytest.fixture
def people(ctx):
    g = group(ctx, "三组")
    return {"g": g, "wang": resident(ctx, "王秀英", "13800000001", g, care_elderly=True),
            "wangjun": resident(ctx, "王军", "13800000002", g), "li": resident(ctx, "李大山", "13900001234")}


def test_search_by_part_of_name_phone_tail_or_full_phone_and_care_only(ctx, people):
    assert [r.name for r in list_residents(ctx, "王")] == ["王军", "王秀英"]
    assert [r.name for r in list_residents(ctx, "1234")] == ["李大山"]
    assert [r.name for r in list_residents(ctx, "138 0000 0001")] == ["王秀英"]
    assert [r.name for r in list_residents(ctx, care_only=True)] == ["王秀英"]
    assert [r.name for r in list_residents(ctx, offset=1, limit=1)] == ["王军"]


def test_phones_are_masked_for_roles_that_may_not_see_them(ctx, people):
    assert list_residents(ctx, "李")[0].phone == "13900001234"
    assert list_residents(as_role(ctx, "office"), "李")[0].phone == "139****1234"
    assert resident_detail(as_role(ctx, "office"), people["li"])["phone"] == "139****1234"


def test_editing_sets_the_household_landmark_and_is_audited(ctx, people):
    after = update_resident(ctx, people["wang"], address="老井东边第二个院门", care_notes="耳背，请大声敲门",
                            care_hearing=True)
    assert after["address"] == "老井东边第二个院门" and after["care_hearing"] and after["care_elderly"]
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "resident.edit" and "耳背" in entry.after
    share_household(ctx, people["wangjun"], people["wang"])
    detail = resident_detail(ctx, people["wangjun"])
    assert detail["address"] == "老井东边第二个院门" and detail["housemates"] == ["王秀英"]
    assert list_residents(ctx, "王军")[0].address == "老井东边第二个院门"


def test_bad_edits_change_nothing(ctx, people):
    before = resident_detail(ctx, people["li"])
    rows = AuditEntry.select().count()
    for bad in ({"phone": "12345"}, {"name": " "}, {"address": "村口小卖部旁"}, {"care_notes": "x" * 301},
                {"group_gid": "nope"}, {"salary": 1}):
        with pytest.raises(InvalidInput):
            update_resident(ctx, people["li"], **bad)
    assert resident_detail(ctx, people["li"]) == before and AuditEntry.select().count() == rows
    with pytest.raises(NotFound):
        update_resident(ctx, "missing", name="x")
    with pytest.raises(PermissionDenied):
        update_resident(as_role(ctx, "volunteer"), people["li"], name="李")
