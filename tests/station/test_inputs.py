import pytest

from station.errors import InvalidInput, NotFound
from station.inputs import clean_text


@pytest.mark.parametrize("text", ["a\x00b", "a\x1bb", "a\nb", "\udcff", "a\u202eb", "\x85"])
def test_one_line_fields_refuse_controls_surrogates_and_overrides(text):
    with pytest.raises(InvalidInput) as refused:
        clean_text("name", text)
    assert refused.value.code == "invalid.bad_character"


def test_free_texts_keep_newlines_and_tabs_but_not_other_controls():
    assert clean_text("note", "第一行\n\t第二行") == "第一行\n\t第二行"
    with pytest.raises(InvalidInput):
        clean_text("note", "a\x07b")


def test_phones_and_codes_are_nfkc_normalised_names_are_left_alone():
    assert clean_text("phone", "１３９００００１１１１") == "13900001111"
    assert clean_text("code", "３－２－１０４５") == "3-2-1045"
    assert clean_text("name", "王ＡＢ") == "王ＡＢ"


def test_lengths_are_capped():
    with pytest.raises(InvalidInput):
        clean_text("name", "x" * 201)
    assert len(clean_text("note", "x" * 5000)) == 5000


def test_input_echoed_in_an_error_stays_on_one_line():
    error = NotFound("No parcel with tracking number {tracking}.", tracking="SF1\n2\x1b[0m")
    assert "\n" not in error.message() and "\x1b" not in error.message() and "\\n" in error.message()


def test_text_inside_a_form_dataclass_is_checked_like_any_argument(ctx):
    """A surrogate in the resident of an order form reached the database and printed a traceback (CLI fuzz)."""
    from station.orders.orders import OrderIn, place_order

    form = OrderIn(resident="\ud800", platform="淘宝", merchant="某店", items=[], payment=None, consent_by="本人",
                   consent_how="in_person")
    with pytest.raises(InvalidInput) as refused:
        place_order(ctx, form)
    assert refused.value.why == "bad_character" and "U+D800" in refused.value.message()
