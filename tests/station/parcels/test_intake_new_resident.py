"""A resident nobody knew and their parcel are stored by one service call, in one transaction."""
import pytest

from db.models import Resident
from station.errors import InvalidInput, Refused
from station.parcels.intake import STORED, intake, intake_for_new_resident


def test_new_resident_and_parcel_together(ctx, people):
    result = intake_for_new_resident(ctx, "SF1234567890123", "陈桂兰", "13500001111", care_elderly=True)
    assert result.outcome == STORED and result.new_resident and result.parcel.resident_name == "陈桂兰"
    assert Resident.get(Resident.name == "陈桂兰").care_elderly


def test_a_refused_intake_leaves_no_new_resident(ctx, people):
    intake(ctx, "SF1234567890123", phone="2468")
    before = Resident.select().count()
    with pytest.raises(Refused):  # the parcel is already on the shelf: the intake part fails
        intake_for_new_resident(ctx, "SF1234567890123", "陈桂兰", "13500001111")
    with pytest.raises(InvalidInput):  # a bad tracking number fails after the resident was added
        intake_for_new_resident(ctx, "SF12", "陈桂兰", "13500001111")
    assert Resident.select().count() == before and not Resident.select().where(Resident.name == "陈桂兰").exists()
