import pytest

from station.errors import InvalidInput
from station.orders.money import parse_yuan, yuan


@pytest.mark.parametrize("text, fen", [("12", 1200), ("12.5", 1250), ("0.01", 1), ("¥45.50", 4550)])
def test_yuan_with_at_most_two_decimals_becomes_fen(text, fen):
    assert parse_yuan(text) == fen
    assert parse_yuan(yuan(fen)) == fen


@pytest.mark.parametrize("text, code", [("-5", "invalid.bad_amount"), ("0", "invalid.amount_not_positive"),
                                        ("1.234", "invalid.bad_amount"), ("abc", "invalid.bad_amount"),
                                        ("9999999", "invalid.amount_too_large"), ("", "invalid.bad_amount")])
def test_negative_zero_absurd_and_malformed_amounts_are_refused(text, code):
    with pytest.raises(InvalidInput) as err:
        parse_yuan(text)
    assert err.value.code == code
