"""The evidence vault names altered and missing files; merging keeps every entry and item; volunteers get nothing."""
import inspect
import stat
from pathlib import Path

import pytest
from PIL import Image

from db.models import AuditEntry, EvidenceCustody
from station.cases import calendar, calendar_import, dossier, evidence, records, reminders, stats, views, watch
from station.cases.evidence import vault_path
from station.errors import PermissionDenied, Refused
from station.permissions import Perm
from tests.conftest import as_role
from tests.station.cases.conftest import PHONE


def new_case(desk, merchant="好运旗舰店") -> str:
    return records.add_case(desk, PHONE, merchant, "拼多多", "after_sales", "59", "拒绝售后")["number"]


def files(tmp_path: Path) -> list[Path]:
    photo = tmp_path / "商品照片.jpg"
    Image.new("RGB", (640, 480), (30, 120, 200)).save(photo)
    chat = tmp_path / "chat.txt"
    chat.write_text("客服：不退。", encoding="utf-8")
    return [photo, chat]


def test_files_are_stored_once_under_their_hash_read_only(desk, tmp_path):
    a, b = new_case(desk), new_case(desk)
    first = evidence.add_evidence(desk, a, files(tmp_path))
    second = evidence.add_evidence(desk, b, files(tmp_path)[:1])
    assert first[0]["sha256"] == second[0]["sha256"]
    path = vault_path(desk.data_dir, first[0]["sha256"])
    assert path.read_bytes() == files(tmp_path)[0].read_bytes()
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert evidence.read_evidence(desk, first[1]["gid"]) == "客服：不退。".encode()
    actions = [c.action for c in EvidenceCustody.select().where(EvidenceCustody.evidence == first[1]["gid"])]
    assert actions == ["added", "viewed"]


def test_tampered_and_deleted_files_are_detected_and_named(desk, tmp_path):
    number = new_case(desk)
    photo, chat = evidence.add_evidence(desk, number, files(tmp_path))
    assert evidence.verify_case(desk, number)["ok"]
    altered = vault_path(desk.data_dir, chat["sha256"])
    altered.chmod(0o644)
    altered.write_text("客服：马上退。", encoding="utf-8")
    vault_path(desk.data_dir, photo["sha256"]).unlink()
    result = evidence.verify_case(desk, number)
    assert not result["ok"]
    assert {(p["file_name"], p["status"]) for p in result["problems"]} == {("chat.txt", "altered"),
                                                                            ("商品照片.jpg", "missing")}
    with pytest.raises(Refused) as read:
        evidence.read_evidence(desk, chat["gid"])
    assert read.value.code == "refused.evidence_altered" and read.value.params["name"] == "chat.txt"
    with pytest.raises(Refused) as export:
        dossier.write_dossier(desk, number, tmp_path / "d.pdf")
    assert export.value.params["name"] in ("chat.txt", "商品照片.jpg")
    assert not (tmp_path / "d.pdf").exists()


def test_merge_keeps_every_timeline_entry_and_evidence_item(desk, tmp_path):
    dup, survivor = new_case(desk), new_case(desk)
    records.log_action(desk, dup, "merchant_contacted", "2026-11-02", "电话")
    evidence.add_evidence(desk, dup, files(tmp_path)[:1])
    records.log_action(desk, survivor, "platform_complaint", "2026-11-03")
    evidence.add_evidence(desk, survivor, files(tmp_path)[1:])
    before = {n: views.show_case(desk, n) for n in (dup, survivor)}
    records.merge_case(desk, dup, survivor)
    merged, kept = views.show_case(desk, dup), views.show_case(desk, survivor)
    entries = {(e["case"], e["day"], e["action"], e["note"]) for e in kept["timeline"]}
    for n in (dup, survivor):
        assert {(e["case"], e["day"], e["action"], e["note"]) for e in before[n]["timeline"]} <= entries
    assert {e["gid"] for e in kept["evidence"]} == {e["gid"] for b in before.values() for e in b["evidence"]}
    assert merged["state"] == "merged" and merged["merged_into"] == survivor and kept["merged_from"] == [dup]
    assert merged["timeline"][-1]["action"] == "merged_into"
    assert "merged_from" in {e["action"] for e in kept["timeline"]}
    assert AuditEntry.select().where(AuditEntry.action == "case.merge").count() == 1
    with pytest.raises(Refused) as refused:
        records.log_action(desk, dup, "note", "2026-11-04")
    assert refused.value.code == "refused.merged"


def test_flagged_merchant_warns_at_intake(desk):
    from station.orders.watch import flag_merchant

    new_case(desk, "黑心小店")
    flag_merchant(desk, "黑心小店", "多次拒绝退款")
    again = records.add_case(desk, PHONE, " 黑心小店", "", "other", "", "又一次")
    assert again["warning"] == {"merchant": "黑心小店", "source": "station", "reason": "多次拒绝退款"}
    assert watch.merchant_warning("别的店") is None


CASE_MODULES = (records, views, evidence, stats, reminders, dossier)


def case_services():
    for module in CASE_MODULES:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if getattr(fn, "permission", None) is not None and fn.__module__ == module.__name__:
                yield name, fn


def test_every_case_service_needs_the_cases_permission():
    found = dict(case_services())
    assert {"add_case", "log_action", "pause_case", "resume_case", "close_case", "merge_case", "add_clock",
            "show_case", "list_cases", "due_soon", "overdue", "add_evidence", "verify_case", "read_evidence",
            "case_stats", "run_case_reminders", "_checked_case",
            "escalate_case"} <= set(found)
    assert {fn.permission for fn in found.values()} == {Perm.CASES}


@pytest.mark.parametrize("role", ["volunteer", "office"])
def test_a_volunteer_is_refused_every_case_service(desk, tmp_path, role):
    number = new_case(desk)
    outsider = as_role(desk, role)
    for name, fn in case_services():
        args = [outsider] + ["x"] * (len(inspect.signature(fn).parameters) - 1)
        with pytest.raises(PermissionDenied):
            fn(*args[:2] if name not in ("merge_case",) else args[:3])
    with pytest.raises(PermissionDenied):
        dossier.write_dossier(outsider, number, tmp_path / "d.pdf")
    with pytest.raises(PermissionDenied):
        calendar_import.import_calendar_file(outsider, tmp_path / "none.json")
    if role == "volunteer":
        with pytest.raises(PermissionDenied):
            calendar.show_year(outsider, 2026)


def test_case_records_sync_but_files_only_after_escalation(desk, tmp_path):
    from db.models import Outbox
    from station.cases.evidence import escalate_case, escalated_files

    number = new_case(desk)
    records.log_action(desk, number, "filed_12315", "2026-11-30")
    item = evidence.add_evidence(desk, number, files(tmp_path)[:1])[0]
    entities = {o.entity for o in Outbox.select(Outbox.entity)}
    assert {"rights_case", "case_entry", "case_clock", "case_clock_change", "case_evidence",
            "evidence_custody"} <= entities
    assert escalated_files(desk.data_dir) == []
    assert escalate_case(desk, number)["evidence"] == 1
    assert [sha for sha, path in escalated_files(desk.data_dir) if path.is_file()] == [item["sha256"]]


def test_reminders_note_each_due_clock_once_a_day(desk):
    number = new_case(desk)
    records.log_action(desk, number, "filed_12315", "2026-11-25")  # due 2026-12-04: due soon on Dec 3
    records.log_action(desk, number, "mediation_session", "2026-12-03", "李律师")
    first = reminders.run_case_reminders(desk)
    assert (first["due_soon"], first["overdue"], first["sessions"]) == (1, 0, 1)
    again = reminders.run_case_reminders(desk)
    assert (again["due_soon"], again["overdue"], again["sessions"]) == (0, 0, 0)
    assert [e["action"] for e in views.show_case(desk, number)["timeline"]].count("reminder") == 2
