import pytest

from station.errors import InvalidInput
from station.parcels.carriers import carrier_name, carrier_of, check_tracking, recognise

KNOWN = [
    ("SF1234567890123", "sf"), ("sf1234567890123", "sf"), ("JDVA12345678901", "jd"), ("JDVC12345678901", "jd"),
    ("YT1234567890123", "yto"), ("JT1234567890123", "jt"), ("75123456789012", "zto"), ("78123456789012", "zto"),
    ("73123456789012", "zto"), ("773123456789012", "sto"), ("4312345678901", "yunda"), ("4612345678901", "yunda"),
    ("3112345678901", "yunda"), ("EA123456789CN", "ems"), ("1112345678901", "ems"), ("1012345678901", "ems"),
    ("DPK123456789012", "deppon"), ("5512345678901", "best"), ("9812345678901", "chinapost"),
]


@pytest.mark.parametrize(("number", "code"), KNOWN)
def test_published_formats_are_recognised(number, code):
    assert recognise(number).code == code
    assert check_tracking(f"  {number} ") == number.upper()


@pytest.mark.parametrize("number", ["ABC12345678", "X9" * 10, "12345678", "A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5"])
def test_unknown_but_plausible_numbers_are_allowed(number):
    assert recognise(number) is None
    assert carrier_of(check_tracking(number)).code == "other"


@pytest.mark.parametrize(("text", "why"), [
    ("", "empty"), ("   ", "empty"), ("SF12 34567890123", "spaces"), ("SF-1234567890123", "symbols"),
    ("7512345678901!", "symbols"), ("SF123", "too short"), ("1234567", "too short"), ("A" * 20 + "1" * 11, "too long"),
    ("SF12345678901", "length"), ("JDVD12345678901", "length"), ("DPK1234", "short"), ("ABCDEFGHIJ", "no digits"),
    ("顺丰1234567890", "symbols"),
])
def test_malformed_numbers_are_refused_with_a_reason(text, why):
    with pytest.raises(InvalidInput) as err:
        check_tracking(text)
    assert why in str(err.value)


def test_carrier_names_are_translated():
    assert carrier_name("sf") == "顺丰"
    assert carrier_name("jd") == "京东"
    assert carrier_name("zto") == "中通"
    assert carrier_name("ems") == "EMS/中国邮政"
