"""Wording defects that must not come back (issue 11): Chinese quotes in English, the centred "…" in
English, numbers wrapping apart from their units in Chinese, "1 pages" / "1 shelf labels", and the
delivery proposals' "Why" mixing "waiting long" with "Elderly, Limited mobility"."""
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
    assert noun in zh[("ParcelList", "{n} parcels shown, newest first; scroll down for more.")]


def test_one_word_for_a_parcel_everywhere():
    """Glossary: 包裹 is the thing at the station; 快递 only names the courier service (快递公司, 快递员, 快递单号,
    快递代收). Mixed, the same parcel was 快递 on one screen and 包裹 on the next."""
    import re

    service = re.compile(r"快递(?!公司|员|单|代收|柜|网点|服务|业务|小哥|面单)")
    mixed = sorted(text for text in chinese_translations().values() if service.search(text))
    assert mixed == []
