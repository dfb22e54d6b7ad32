import pytest

from db.models import Delegate
from station.ids import new_gid
from station.residents import add_resident, add_village_group


@pytest.fixture
def people(ctx):
    """Two residents named 王秀英 in different groups, one 李建国 with a registered delegate."""
    g1, g3 = add_village_group(ctx, "一组"), add_village_group(ctx, "三组")
    wang1 = add_resident(ctx, "王秀英", "13800001234", g1["gid"], care_elderly=True)
    wang2 = add_resident(ctx, "王秀英", "13900005678", g3["gid"])
    li = add_resident(ctx, "李建国", "13700002468", g1["gid"])
    son = Delegate.create(gid=new_gid(), owner=ctx.station_code, resident=li.gid, name="李明", phone="13600009999",
                          relation="儿子")
    return {"wang1": wang1, "wang2": wang2, "li": li, "son": son.gid}
