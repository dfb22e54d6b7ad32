"""Chinese mobile numbers: checking, tails for lookup, masking for people who may not see them."""
import re

from station.errors import InvalidInput

_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def clean_phone(text: str) -> str:
    digits = re.sub(r"[\s\-()]", "", text or "")
    return digits[3:] if digits.startswith("+86") else digits


def check_mobile(text: str) -> str:
    phone = clean_phone(text)
    if not _MOBILE.match(phone):
        raise InvalidInput("{phone} is not a mobile number (11 digits starting with 1).", why="phone", phone=text)
    return phone


def is_phone_tail(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}", text or ""))


def phone_tail(phone: str) -> str:
    return phone[-4:] if phone else ""


def mask_phone(phone: str) -> str:
    """138****5678: enough to confirm with the resident, not enough to misuse."""
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) == 11 else ("****" + phone[-4:] if phone else "")
