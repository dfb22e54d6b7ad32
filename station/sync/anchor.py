"""What keeps a restored station and its office in step, and the audit log anchored outside its file.

- A *sync generation* names one continuous history of the station's database. A restore (or moving the
  station to a new PC with `station keys import`) starts a new one: the next bundle is a full snapshot that
  says so, and the office replaces what it held for the station by it. Until the office acknowledges the new
  generation, every bundle stays a full snapshot (a lost USB stick loses nothing).
- The station's audit rows travel in its bundles; the office keeps them, checks that each bundle's chain
  extends what it holds, and sends back its warnings and the head it holds. The station remembers the head it
  sent and the head the office acknowledged, so a wiped or cut log shows locally too (station/audit.py).
"""
import json

from db.models import Meta
from station.audit import audit_head, head_text  # noqa: F401 (the head, printed on paper and sent)
from station.i18n import N_, tr
from station.ids import new_gid

GENERATION_KEY = "sync_generation"
FULL_KEY = "sync_full_pending"  # "1": the office has not acknowledged the current generation yet
AUDIT_SENT_KEY = "audit_sent_head"  # "seq:hash" of the newest audit row in the last bundle written
AUDIT_ACKED_KEY = "audit_acked_head"  # "seq:hash" of the newest audit row the office holds
WARNINGS_KEY = "sync_office_warnings"  # JSON list the office sent back

WARNING_TEXTS = {
    "restored": N_("SyncWarnings", "Station {station} started a new sync generation (restored from a backup or "
                                   "moved to a new PC): the office replaced its copy with the station's "
                                   "(records: {old} before, {new} now)."),
    "audit_cut": N_("SyncWarnings", "Station {station}'s audit log was cut: the office holds rows up to {last}, "
                                    "the station's log now ends at row {first}."),
    "audit_rewritten": N_("SyncWarnings", "Station {station}'s audit log was rewritten: rows {first}–{last} "
                                          "differ from what the office holds."),
    "audit_gap": N_("SyncWarnings", "Station {station}'s audit log has a gap: rows {first}–{last} never "
                                    "reached the office."),
    "audit_replaced": N_("SyncWarnings", "After the restore of station {station}, audit rows {first}–{last} the "
                                         "office held are no longer in the station's log (the office keeps them)."),
}
TAMPER_KINDS = ("audit_cut", "audit_rewritten", "audit_gap")


def _meta(key: str, default: str = "") -> str:
    row = Meta.get_or_none(Meta.key == key)
    return row.value if row else default


def _set(key: str, value: str) -> None:
    Meta.replace(key=key, value=value).execute()


def generation() -> str:
    value = _meta(GENERATION_KEY)
    if not value:  # a database older than generations: start the first one
        value = new_gid()
        _set(GENERATION_KEY, value)
    return value


def full_pending() -> bool:
    return _meta(FULL_KEY) == "1"


def start_generation() -> str:
    """A new history from here (inside the caller's transaction): full snapshots until the office confirms."""
    from station.sync.state import ACKED_KEY

    value = new_gid()
    _set(GENERATION_KEY, value)
    _set(FULL_KEY, "1")
    _set(ACKED_KEY, "0")
    _set(AUDIT_ACKED_KEY, "")
    return value


def confirm_generation(office_generation: str) -> bool:
    """The office says which generation it holds; True when it is ours (then its acknowledgement counts)."""
    if office_generation != generation():
        return False
    _set(FULL_KEY, "")
    return True


def parse_head(text: str) -> tuple[int, str] | None:
    if not text or ":" not in text:
        return None
    seq, digest = text.split(":", 1)
    return (int(seq), digest) if seq.isdigit() else None


def remember_sent(head: tuple[int, str]) -> None:
    _set(AUDIT_SENT_KEY, f"{head[0]}:{head[1]}")


def remember_acked(head: dict | None) -> None:
    if isinstance(head, dict) and isinstance(head.get("seq"), int) and isinstance(head.get("hash"), str):
        _set(AUDIT_ACKED_KEY, f"{head['seq']}:{head['hash']}")


def anchors() -> list[tuple[str, int, str]]:
    """The heads this station handed on: ("sent" | "acked", seq, hash)."""
    found = []
    for name, key in (("sent", AUDIT_SENT_KEY), ("acked", AUDIT_ACKED_KEY)):
        head = parse_head(_meta(key))
        if head and head[0] > 0:
            found.append((name, *head))
    return found


def acked_audit_seq() -> int:
    head = parse_head(_meta(AUDIT_ACKED_KEY))
    return head[0] if head else 0


def store_warnings(items: object) -> None:
    clean = [w for w in items if isinstance(w, dict) and w.get("kind") in WARNING_TEXTS] if isinstance(
        items, list) else []
    _set(WARNINGS_KEY, json.dumps(clean, ensure_ascii=False))


def office_warnings() -> list[dict]:
    try:
        return json.loads(_meta(WARNINGS_KEY, "[]"))
    except ValueError:
        return []


def warning_text(item: dict) -> str:
    params = {k: v for k, v in (item.get("params") or {}).items()}
    try:
        return tr(*WARNING_TEXTS[item["kind"]]).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(item.get("kind", ""))
