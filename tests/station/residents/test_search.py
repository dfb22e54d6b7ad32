"""The one resident search rule: what each kind of text finds, the same for every face of the station."""
import pytest

from db.models import database
from station.errors import InvalidInput
from station.residents import add_resident, find_residents, list_residents, update_resident
from station.residents.pinyin import name_initials
from station.residents.search import clause
from tests.station.delivery.helpers import group


@pytest.fixture
def people(ctx):
    g = group(ctx, "三组")
    return {"wang": add_resident(ctx, "王秀英", "13800000001", g), "wang2": add_resident(ctx, "王秀英", "13900000001"),
            "wangjun": add_resident(ctx, "王军", "13800001234", g), "wu": add_resident(ctx, "吴晓燕", "13700005555")}


def names(found) -> list[str]:
    return [r.name for r in found]


def test_exact_name_wins_over_names_starting_with_it(ctx, people):
    assert names(find_residents(ctx, "王秀英")) == ["王秀英", "王秀英"]
    assert names(find_residents(ctx, "王")) == ["王军", "王秀英", "王秀英"]
    assert names(find_residents(ctx, "秀英")) == ["王秀英", "王秀英"]  # nobody's name starts with it: containing
    assert find_residents(ctx, "赵") == []


def test_phone_full_tail_and_part(ctx, people):
    assert [r.gid for r in find_residents(ctx, "138 0000 0001")] == [people["wang"].gid]
    assert names(find_residents(ctx, "1234")) == ["王军"]
    assert names(find_residents(ctx, "+86 13700005555")) == ["吴晓燕"]
    assert sorted(names(find_residents(ctx, "00000"))) == ["王秀英", "王秀英"]


def test_pinyin_initials_exact_then_prefix(ctx, people):
    assert name_initials("王秀英") == "wxy" and name_initials("吴晓燕") == "wxy"
    assert sorted(names(find_residents(ctx, "WXY"))) == ["吴晓燕", "王秀英", "王秀英"]
    assert names(find_residents(ctx, "wj")) == ["王军"]
    assert sorted(names(find_residents(ctx, "w"))) == ["吴晓燕", "王军", "王秀英", "王秀英"]


def test_renaming_keeps_the_initials_in_step(ctx, people):
    update_resident(ctx, people["wangjun"].gid, name="李军")
    assert names(find_residents(ctx, "lj")) == ["李军"] and find_residents(ctx, "wj") == []


def test_empty_text_lists_everyone_but_finds_no_one(ctx, people):
    assert len(list_residents(ctx, "")) == 4
    with pytest.raises(InvalidInput):
        find_residents(ctx, "  ")


def test_exact_and_prefix_levels_use_an_index(ctx, people):
    for text in ("13800000001", "1234", "wxy", "王秀英", "王"):
        where, params = clause(text)
        plan = database.execute_sql(f"EXPLAIN QUERY PLAN SELECT gid FROM resident r WHERE {where}", params).fetchall()
        assert "USING INDEX" in " ".join(str(row[-1]) for row in plan), (text, plan)
