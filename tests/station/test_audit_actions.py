"""Every action the services write to the audit log is declared once, with words for staff in Chinese and
English; `audit.record` refuses any other."""
import ast
from pathlib import Path

import pytest

from db.models import AuditEntry
from station import audit, audit_actions
from station.audit_actions import ACTION_LABELS, action_label, actor_label
from station.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]
CONSTANTS = {name for name, value in vars(audit_actions).items() if name.isupper() and isinstance(value, str)}
CHOICES = {"NOTICE_ACTIONS", "INIT_ACTIONS"}  # by kind: every value declared


def record_calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted((ROOT / "station").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "audit.record":
                found.append((path.relative_to(ROOT).as_posix(), node))
    return found


def _names(action: ast.expr) -> set[str]:
    """The upper-case names an action argument is made of: each must be a declared constant or choice."""
    return {n.id for n in ast.walk(action) if isinstance(n, ast.Name) and n.id.isupper()}


def test_every_record_call_passes_a_declared_constant():
    calls = record_calls()
    assert len(calls) > 40  # the walk really finds the calls
    for rel, call in calls:
        action = call.args[1]
        # a constant, a choice of constants, or a name bound to one (record() refuses anything undeclared)
        assert not any(isinstance(n, ast.JoinedStr) or isinstance(n, ast.Constant) and isinstance(n.value, str)
                       for n in ast.walk(action)), f"{rel}:{call.lineno}: an action code written out"
        assert _names(action) <= CONSTANTS | CHOICES, f"{rel}:{call.lineno}"


def test_every_declared_action_has_a_label():
    assert "parcel.handout" in ACTION_LABELS and len(ACTION_LABELS) > 30
    assert {"station.init", "office.init"} <= set(ACTION_LABELS)
    for choice in CHOICES:
        assert set(getattr(audit_actions, choice).values()) <= set(ACTION_LABELS), choice
    assert action_label("notice.phone") != "notice.phone"  # rows logged before the kinds were declared
    for name in CONSTANTS:
        assert getattr(audit_actions, name) in ACTION_LABELS, name


def test_record_refuses_an_undeclared_action(ctx):
    before = AuditEntry.select().count()
    with pytest.raises(ValueError, match="not declared"):
        audit.record(ctx, "parcel.teleported", "parcel", "x")
    assert AuditEntry.select().count() == before


def test_labels_follow_the_language():
    set_language("zh_CN")
    assert action_label("parcel.handout") == "包裹取件" and actor_label("console") == "本机管理员"
    set_language("en")
    assert action_label("parcel.handout") == "Parcels handed out" and actor_label("zhang") == "zhang"
    assert action_label("some.future_action") == "some.future_action"
