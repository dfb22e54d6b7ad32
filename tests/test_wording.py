"""Wording defects that must not come back (issue 11): Chinese quotes in English, the centred "…" in
English, numbers wrapping apart from their units in Chinese, "1 pages" / "1 shelf labels" / "1 parcels", and
the delivery proposals' "Why" mixing "waiting long" with "Elderly, Limited mobility"."""
import ast
import re
import subprocess
import sys

from station.i18n import ellipsis, ntr, set_language, tr
from tests.test_translations import ROOT

UNITS = "项|件|个|位|天|页|张|次|条|户|人|元|分钟|小时|周|个月|年|秒|字"
APART = re.compile(rf"(\{{[a-z_]+\}}|\d) ({UNITS})|(第|共) (\{{|\d)")


def code_strings() -> dict[tuple[str, str], object]:
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n as tool

    return tool.code_strings()


def chinese_translations() -> dict[tuple[str, str], str]:
    from station.i18n import catalog

    catalog.cache_clear()
    return catalog("zh_CN")


def test_no_english_text_uses_chinese_quotes():
    bad = [source for _context, source in code_strings() if re.search("[“”「」『』]", source)]
    assert not bad, bad


def test_english_gets_three_dots_not_the_centred_ellipsis():
    with_ellipsis = [key for key in code_strings() if "…" in key[1]]
    assert with_ellipsis  # the English sources write "…"; tr() gives English "..." for it
    set_language("en")
    assert all("…" not in tr(*key) and "..." in tr(*key) for key in with_ellipsis)
    assert ellipsis() == "..."
    set_language("zh_CN")
    assert ellipsis() == "…"


def test_chinese_numbers_never_wrap_apart_from_their_units():
    apart = {key: text for key, text in chinese_translations().items() if APART.search(text)}
    assert not apart, f"use a no-break space (U+00A0) between number and unit: {apart}"


def test_singular_and_plural_in_english():
    set_language("en")
    assert ntr("Cli", "1 page", "{count} pages", 1) == "1 page"
    assert ntr("Cli", "1 page", "{count} pages", 2) == "2 pages"
    assert ntr("Cli", "1 shelf label written to {out}.", "{count} shelf labels written to {out}.", 1,
               out="x.pdf") == "1 shelf label written to x.pdf."
    for text in (source for _context, source in code_strings()):
        assert not re.search(r"\{(pages|labels|slips)\} (pages|shelf labels|slips)", text), text


# A count right before a plural noun ("{n} parcels", "{count} evidence files") reads "1 parcels" when the count
# is 1: such a message is ntr("Context", "1 parcel", "{count} parcels", n), or a frame holding ntr() pieces.
MODIFIERS = "evidence|open|waiting|return|mediation|doorstep|village|new"  # "{n} evidence files"
COUNT_AND_NOUN = re.compile(rf"\{{[a-z_]+(?::[^}}]*)?\}} (?:(?:{MODIFIERS}) )?([a-z-]+s)\b")
VERBS = {"is", "was", "has", "holds", "comes", "contains", "differs", "exists", "names", "reuses", "starts", "uses",
         "belongs"}  # "{file} is …", "{name} has …": a name before a verb, not a count before a noun
LIMIT_UNITS = {"characters", "bytes"}  # limits set in code ("at most {n} characters"), never 1
ALWAYS_PLURAL = {
    ("Cli", "{count} orders"): "shown only when a return holds two or more orders",
    ("Orders", "{merchant} ({count} orders)"): "shown only when a return holds two or more orders",
    ("Errors", "{n} residents match {query}; scan their pickup code instead."): "raised when not exactly one matches",
    ("Errors", "{n} residents match {query}; use the pickup code."): "raised when not exactly one matches",
    ("Errors", "{count} residents share the phone number {phone}; name one by its ID."): "two or more share it",
    ("Errors", "The expected arrival {day} must be from today to {most} days ahead."): "{most} is a limit in code",
    ("Cli", "Held back: {station} changes {a}–{b} (waiting for earlier ones)."): "{station} is a station code",
}
ERROR_CLASSES = {"StationError", "InvalidInput", "NotFound", "Refused", "PermissionDenied", "NoStation", "SchemaTooNew"}


def _one_and_many(node: ast.AST) -> bool:
    """(N_("Errors", "… 1 slip …"), N_("Errors", "… {count} slips …")): an error's text picked by its count."""
    if not (isinstance(node, ast.Tuple) and len(node.elts) == 2):
        return False
    if not all(isinstance(e, ast.Call) and getattr(e.func, "id", "") == "N_" and len(e.args) == 2 for e in node.elts):
        return False
    one = node.elts[0].args[1]
    return isinstance(one, ast.Constant) and bool(re.search(r"\b1 ", str(one.value)))


def count_and_noun_messages() -> list[tuple[str, str, str]]:
    """(where, context, English source) of every tr()/N_()/error text with a count before a plural noun.
    ntr() forms are not looked at, nor the second of a pair (N_("…", "1 …"), N_("…", "… {count} …s …")), the
    plural an error picks by its count."""
    found = []
    for folder in ("station", "ui", "db"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            plurals_of_pairs = {id(node.elts[1]) for node in ast.walk(tree) if _one_and_many(node)}
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or id(node) in plurals_of_pairs:
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                        for a in node.args]
                if name in ("tr", "N_") and len(args) >= 2 and args[0] and args[1]:
                    context, text = args[0], args[1]
                elif name in ERROR_CLASSES and args and args[0]:
                    context, text = "Errors", args[0]
                else:
                    continue
                nouns = {m.group(1) for m in COUNT_AND_NOUN.finditer(text)} - VERBS - LIMIT_UNITS
                if nouns and (context, text) not in ALWAYS_PLURAL:
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", context, text))
    return found


def test_no_count_sits_before_a_plural_noun_outside_ntr():
    """"1 parcels proposed for doorstep delivery.", "Handed out 1 parcels", "1 cases", "1 records"."""
    found = count_and_noun_messages()
    assert not found, "use ntr() with both forms: " + "; ".join(f"{where} [{c}] {t}" for where, c, t in found)
    assert all(key in code_strings() for key in ALWAYS_PLURAL), "an allowed message is gone: drop it from the list"


def test_counts_of_one_read_in_the_singular():
    set_language("en")
    try:
        assert ntr("Cli", "1 parcel proposed for doorstep delivery.", "{count} parcels proposed for doorstep delivery.",
                   1) == "1 parcel proposed for doorstep delivery."
        from station.sync.status import SyncStatus, status_text

        assert status_text(SyncStatus(office="", office_name="", office_fingerprint="", waiting=1, acked=0,
                                      last_synced=None, url="")).endswith(
            "1 change waiting")
    finally:
        set_language("zh_CN")


def test_the_cli_says_1_shelf_label_and_1_page(cli, tmp_path):
    data = tmp_path / "st"
    assert cli("init", "--admin", "zhang", "--code", "CN-T-03", "--name", "河西村站", "--data", data)[0] == 0
    code, _out, err = cli("parcel", "intake", "SF1234567890123", "--phone", "13800001045", "--name", "王秀英",
                          "--data", data)
    assert code == 0, err
    code, out, err = cli("parcel", "label", "SF1234567890123", "--out", tmp_path / "l.pdf", "--data", data,
                         "--lang", "en")
    assert code == 0 and "1 shelf label written" in out, err
    code, out, err = cli("notices", "--out", tmp_path / "b.pdf", "--data", data, "--lang", "en")
    assert code == 0 and "1 parcel for 1 resident, 1 page." in out, err


def test_why_a_delivery_is_proposed_reads_as_one_list_of_capitalised_reasons(qapp):
    from station.residents import CARE_LABELS
    from ui.delivery.proposals import ProposalsView

    set_language("en")
    row = {"care": list(CARE_LABELS), "long_wait": True, "attempts": 2}
    reasons = ProposalsView._why(row).split(", ")
    assert len(reasons) == len(CARE_LABELS) + 2
    assert all(reason[0].isupper() for reason in reasons), reasons


def test_cli_english_help_has_no_chinese_quotes():
    proc = subprocess.run([sys.executable, "-m", "station", "--help", "--lang", "en"], capture_output=True,
                          text=True, cwd=ROOT)
    assert proc.returncode == 0 and "“" not in proc.stdout and "”" not in proc.stdout


def test_the_parcel_list_names_parcels_with_one_word():
    """It said 已显示 200 个快递 next to its filter 全部包裹."""
    zh = chinese_translations()
    noun = "包裹" if "包裹" in zh[("ParcelList", "All parcels")] else "快递"
    assert noun in zh[("ParcelList", "{count} parcels shown, newest first; scroll down for more.")]


def test_one_word_for_a_parcel_everywhere():
    """Glossary: 包裹 is the thing at the station; 快递 only names the courier service (快递公司, 快递员, 快递单号,
    快递代收). Mixed, the same parcel was 快递 on one screen and 包裹 on the next."""
    import re

    service = re.compile(r"快递(?!公司|员|单|代收|柜|网点|服务|业务|小哥|面单)")
    mixed = sorted(text for text in chinese_translations().values() if service.search(text))
    assert mixed == []
