"""Which courier a tracking number belongs to, from the carriers' published number formats.

Checked most specific first; a number no known format claims is still accepted as "other carrier"
when it is plausible (8-30 letters and digits, at least one digit), because small carriers come and go.
Clearly malformed text (spaces inside, symbols, too short or long) is refused with a reason.
"""
import re
from dataclasses import dataclass

from station.errors import InvalidInput
from station.i18n import N_, tr

MIN_LENGTH, MAX_LENGTH = 8, 30


@dataclass(frozen=True)
class Carrier:
    code: str
    name_pair: tuple[str, str]
    pattern: re.Pattern
    prefix: str = ""  # a letter prefix only this carrier uses: a wrong length after it is a typo

    @property
    def name(self) -> str:
        return tr(*self.name_pair)


def _carrier(code: str, name: tuple[str, str], pattern: str, prefix: str = "") -> Carrier:
    return Carrier(code, name, re.compile(pattern), prefix)


CARRIERS: tuple[Carrier, ...] = (
    _carrier("sf", N_("Carriers", "SF Express"), r"SF\d{13}", "SF"),
    _carrier("jd", N_("Carriers", "JD Logistics"), r"JDV[A-C]\d{11}", "JDV"),
    _carrier("yto", N_("Carriers", "YTO Express"), r"YT\d{13}", "YT"),
    _carrier("jt", N_("Carriers", "J&T Express"), r"JT\d{13}", "JT"),
    _carrier("deppon", N_("Carriers", "Deppon"), r"DPK\d{12}", "DPK"),
    _carrier("ems", N_("Carriers", "EMS / China Post"), r"[A-Z]{2}\d{9}CN|1[01]\d{11}"),
    _carrier("sto", N_("Carriers", "STO Express"), r"773\d{12}"),
    _carrier("zto", N_("Carriers", "ZTO Express"), r"7[358]\d{12}"),
    _carrier("yunda", N_("Carriers", "Yunda Express"), r"(?:43|46|31)\d{11}"),
    # Best Express (now part of J&T) printed 13-14 digit numbers starting 55-57; China Post's
    # domestic parcels (快递包裹) 13 digits starting 98/99. Less certain than the ones above.
    _carrier("best", N_("Carriers", "Best Express"), r"5[5-7]\d{11,12}"),
    _carrier("chinapost", N_("Carriers", "China Post parcel"), r"9[89]\d{11}"),
)
OTHER = _carrier("other", N_("Carriers", "Other carrier"), r"(?=.*\d)[A-Z0-9]{8,30}")
BY_CODE = {c.code: c for c in (*CARRIERS, OTHER)}


def clean(text: str) -> str:
    """Scanners add surrounding whitespace; hand typing adds lowercase."""
    return (text or "").strip().upper()


def recognise(tracking: str) -> Carrier | None:
    """The carrier whose format matches exactly; None when no known format does."""
    number = clean(tracking)
    return next((c for c in CARRIERS if c.pattern.fullmatch(number)), None)


def carrier_name(code: str) -> str:
    """Display name of a stored carrier code, any case (unknown codes shown as they are)."""
    carrier = BY_CODE.get((code or "").lower())
    return carrier.name if carrier else code


def check_tracking(text: str) -> str:
    """The cleaned tracking number, or InvalidInput saying what is wrong with it."""
    number = clean(text)
    if not number:
        raise InvalidInput("The tracking number is empty.", why="tracking_number")
    if re.search(r"\s", number):
        raise InvalidInput("{number} has spaces inside; a tracking number is one word.",
                           why="tracking_number", number=number[:40])
    if not re.fullmatch(r"[A-Z0-9]+", number):
        raise InvalidInput("{number} has symbols; a tracking number has only letters and digits.",
                           why="tracking_number", number=number[:40])
    if len(number) < MIN_LENGTH:
        raise InvalidInput("{number} is too short for a tracking number (at least {n} characters).",
                           why="tracking_number",
                           number=number, n=MIN_LENGTH)
    if len(number) > MAX_LENGTH:
        raise InvalidInput("{number} is too long for a tracking number (at most {n} characters).",
                           why="tracking_number",
                           number=number[:40], n=MAX_LENGTH)
    if recognise(number) is not None:
        return number
    for carrier in CARRIERS:
        if carrier.prefix and number.startswith(carrier.prefix):
            raise InvalidInput("{number} starts like a {carrier} number but does not have its length.",
                               why="tracking_number",
                               number=number, carrier=carrier.name)
    if not OTHER.pattern.fullmatch(number):
        raise InvalidInput("{number} has no digits; it is not a tracking number.", why="tracking_number", number=number)
    return number


def carrier_of(tracking: str) -> Carrier:
    """The known carrier, or OTHER for a plausible unknown one (call after check_tracking)."""
    return recognise(tracking) or OTHER


def looks_like_tracking(text: str) -> bool:
    try:
        check_tracking(text)
    except InvalidInput:
        return False
    return True
