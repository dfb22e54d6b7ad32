"""Lists joined the way each language writes them (no 、 left in the English UI)."""
import pytest

from station.i18n import join_list, language, set_language


@pytest.fixture
def restore_language():
    before = language()
    yield
    set_language(before)


@pytest.mark.parametrize(("lang", "joined"), [("zh_CN", "高龄、独居"), ("en", "高龄, 独居")])
def test_join_list_uses_the_languages_separator(restore_language, lang, joined):
    set_language(lang)
    assert join_list(["高龄", "独居"]) == joined

