"""A parcel on a doorstep delivery run is not handed out at the counter: the refusal names the run and volunteer."""
import pytest

from station.delivery.outcomes import record_outcome
from station.delivery.runs import plan_run
from station.delivery.stops import run_sheet
from station.delivery.volunteers import save_volunteer
from station.errors import Refused
from station.parcels.handout import hand_out
from tests.station.delivery.helpers import village


def test_refusal_names_the_open_run_and_its_volunteer(ctx):
    v = village(ctx)
    save_volunteer(ctx, "老李", "13900000009")
    plan_run(ctx, group="一组", volunteer="老李")
    with pytest.raises(Refused) as err:
        hand_out(ctx, [v["p_li_old"]])
    assert (err.value.params["run"], err.value.params["volunteer"]) == ("R0001", "老李")


def test_a_run_without_volunteer_says_so_and_not_home_puts_the_parcel_back(ctx):
    v = village(ctx)
    plan_run(ctx, group="一组")
    with pytest.raises(Refused) as err:
        hand_out(ctx, [v["p_li_old"]])
    assert (err.value.params["run"], err.value.params["volunteer"]) == ("R0001", "—")
    stop = next(s for s in run_sheet(ctx, "R0001").slips if s.name == "李大山")
    record_outcome(ctx, stop.payload, "not_home")
    hand_out(ctx, [v["p_li_old"]])  # back on the shelf after "not home": handed out at the counter
