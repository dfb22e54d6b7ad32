"""Ids sort in the order they were made, even many within one millisecond (lists ordered by id rely on it)."""
from station.ids import gid_time_ms, new_gid


def test_ids_made_in_one_millisecond_keep_their_order():
    made = [new_gid() for _ in range(2000)]
    assert sorted(made) == made and len(set(made)) == len(made)
    assert len({gid_time_ms(g) for g in made}) < len(made)  # the loop really made several per millisecond


def test_an_id_for_a_given_time_carries_that_time():
    assert gid_time_ms(new_gid(at_ms=1_700_000_000_000)) == 1_700_000_000_000
