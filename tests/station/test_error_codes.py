"""Every refusal names its case: a raise of a station error without `why=` would print a bare `refused`
under --json, and scripts could not tell one refusal from another."""
import ast
import functools
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"InvalidInput", "NotFound", "Refused", "PermissionDenied"}
WHY = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")


@functools.cache
def error_calls() -> list[tuple[str, int, ast.Call]]:
    found = []
    for path in sorted([*(ROOT / "station").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in KINDS:
                found.append((rel, node.lineno, node))
    return found


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _why(call: ast.Call) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == "why"), None)


def test_every_station_error_raised_names_its_case():
    calls = error_calls()
    assert len(calls) > 150  # the walk really finds the raises
    missing = [f"{rel}:{line}" for rel, line, call in calls if _why(call) is None]
    assert not missing, "raise without why=: " + ", ".join(missing)


def test_codes_are_literal_snake_case():
    bad = [f"{rel}:{line}" for rel, line, call in calls_with_why() if not _snake_case(_why(call))]
    assert not bad, "why= must be a snake_case name (or an f-string of snake_case parts): " + ", ".join(bad)


def _snake_case(why: ast.expr) -> bool:
    if isinstance(why, ast.Constant):
        return bool(WHY.fullmatch(str(why.value)))
    return isinstance(why, ast.JoinedStr) and all(
        re.fullmatch(r"[a-z0-9_]*", part.value) for part in why.values if isinstance(part, ast.Constant))


def calls_with_why() -> list[tuple[str, int, ast.Call]]:
    return [(rel, line, call) for rel, line, call in error_calls() if _why(call) is not None]
