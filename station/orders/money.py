"""Money is kept as integer fen; people type and read yuan with at most two decimals."""
import re

from station.errors import InvalidInput

MAX_FEN = 5_000_000  # 50,000 yuan: more than any village order; a typo, not a purchase
_YUAN = re.compile(r"^(\d{1,9})(?:\.(\d{1,2}))?$")


def parse_yuan(text: object, what: str = "amount") -> int:
    """'12.5' -> 1250 fen; refuses negative, zero, more than two decimals and absurd sums."""
    raw = str(text if text is not None else "").strip().removeprefix("¥").strip()
    match = _YUAN.match(raw)
    if not match:
        raise InvalidInput("{value} is not an amount in yuan (like 12.50, at most two decimals).",
                           why="bad_amount", value=raw[:20] or "—")
    fen = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    return check_fen(fen)


def check_fen(fen: int) -> int:
    if not isinstance(fen, int) or isinstance(fen, bool) or fen <= 0:
        raise InvalidInput("An amount must be more than zero.", why="amount_not_positive")
    if fen > MAX_FEN:
        raise InvalidInput("{amount} yuan is more than the station handles (at most {most} yuan).",
                           why="amount_too_large", amount=yuan(fen), most=yuan(MAX_FEN))
    return fen


def yuan(fen: int | None) -> str:
    """1250 -> '12.50' (a minus sign for money going out)."""
    if fen is None:
        return "—"
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"
