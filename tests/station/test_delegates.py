import pytest

from station.errors import InvalidInput
from station.residents import add_delegate, delegates_of, remove_delegate
from tests.conftest import as_role
from tests.station.delivery.helpers import resident


def test_delegates_are_added_masked_for_others_and_removed(ctx):
    wang = resident(ctx, "王秀英", "13800000001")
    d = add_delegate(ctx, wang, "王强", "13700000001", "儿子", may_collect=True, be_told=True)
    assert (d.name, d.relation, d.may_collect, d.be_told) == ("王强", "儿子", True, True)
    assert delegates_of(as_role(ctx, "office"), wang)[0].phone == "137****0001"
    with pytest.raises(InvalidInput):
        add_delegate(ctx, wang, "王强")
    with pytest.raises(InvalidInput):
        add_delegate(ctx, wang, "邻居张", may_collect=False, be_told=False)
    remove_delegate(ctx, d.gid)
    assert delegates_of(ctx, wang) == []
