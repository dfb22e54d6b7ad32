"""Every action the services write to the audit log has words for staff, in Chinese and English."""
import re
from pathlib import Path

from station.audit_labels import ACTION_LABELS, action_label, actor_label
from station.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]
RECORD = re.compile(r'audit\.record\(\s*ctx[^,]*,\s*f?"([^"]+)"')


def recorded_actions() -> set[str]:
    found = set()
    for path in (ROOT / "station").rglob("*.py"):
        found |= set(RECORD.findall(path.read_text("utf-8")))
    return found


def test_every_recorded_action_has_a_label():
    actions = recorded_actions()
    assert "parcel.handout" in actions and len(actions) > 30  # the scan really finds the calls
    for code in actions:
        if code == "{kind}.init":
            assert {"station.init", "office.init"} <= set(ACTION_LABELS)
        elif code.startswith("notice."):
            assert action_label("notice.phone") != "notice.phone"
        else:
            assert code in ACTION_LABELS, code


def test_labels_follow_the_language():
    set_language("zh_CN")
    assert action_label("parcel.handout") == "包裹取件" and actor_label("console") == "本机管理员"
    set_language("en")
    assert action_label("parcel.handout") == "Parcels handed out" and actor_label("zhang") == "zhang"
    assert action_label("some.future_action") == "some.future_action"
