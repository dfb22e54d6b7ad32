"""One word per status everywhere: the glossary (station.parcels.STATUS_NAMES and the other status
tables) in English with a capital, one Chinese word for each, and no other string using another word."""
import glob

from station.delivery import OUTCOME_LABELS, RUN_STATUS_LABELS
from station.i18n import read_ts
from station.orders import ORDER_STATUS_LABELS, RETURN_STATUS_LABELS
from station.orders.cod import STATUS_LABELS as COD_LABELS
from station.parcels import STATUS_NAMES, ParcelStatus
from tests.test_translations import ROOT

TABLES = (STATUS_NAMES, OUTCOME_LABELS, RUN_STATUS_LABELS, ORDER_STATUS_LABELS, RETURN_STATUS_LABELS, COD_LABELS)
NOT_A_STATUS = {("Problems", "Problem")}  # the problem queue's column "what is wrong" (问题), not the status
RETIRED = ("在架待取", "待取件", "派送中")  # words once used beside 待取 and 送货中 for the same status


def translations() -> dict[tuple[str, str], str]:
    found = {}
    for path in sorted(glob.glob(str(ROOT / "resources" / "translations" / "*.zh_CN.ts"))):
        found.update(read_ts(path))
    return found


def test_every_parcel_status_has_a_capitalised_english_word_not_its_code():
    assert set(STATUS_NAMES) == set(ParcelStatus)
    for status, (_context, english) in STATUS_NAMES.items():
        assert english[0].isupper() and english != status.replace("_", " "), english


def test_every_status_word_in_english_starts_with_a_capital():
    for table in TABLES:
        for _context, english in table.values():
            assert english[0].isupper(), english


def test_each_status_has_exactly_one_chinese_word_and_back():
    zh = translations()
    chinese_for, english_for = {}, {}
    for table in TABLES:
        for key in table.values():
            chinese = zh[key]
            chinese_for.setdefault(key[1], set()).add(chinese)
            english_for.setdefault(chinese, set()).add(key[1])
    assert all(len(words) == 1 for words in chinese_for.values()), {k: v for k, v in chinese_for.items() if len(v) > 1}
    assert all(len(words) == 1 for words in english_for.values()), {k: v for k, v in english_for.items() if len(v) > 1}


def test_no_string_names_a_parcel_status_with_another_word():
    zh = translations()
    glossary = {english.lower(): zh[(context, english)] for context, english in STATUS_NAMES.values()}
    for (context, source), chinese in zh.items():
        if source.strip().lower() in glossary and (context, source) not in NOT_A_STATUS:
            assert chinese == glossary[source.strip().lower()], (context, source, chinese)
        for word in RETIRED:
            assert word not in chinese, (context, source, chinese)


WATCH_LIST = "警示名单"  # the town's list of merchants to warn about: one word on every page, printout and message
RETIRED_WATCH = ("观察名单", "提醒名单")


def test_the_watch_list_has_one_chinese_name_everywhere():
    for (context, source), chinese in translations().items():
        assert not any(word in chinese for word in RETIRED_WATCH), (context, source, chinese)
        if source == "Watch list":
            assert chinese == WATCH_LIST, (context, chinese)


# One word each for the tracking number and the return bundle (retired word: the one used).
RETIRED_SYNONYMS = {"运单号": "快递单号", "回传数据包": "回执包"}


def test_the_tracking_number_and_the_return_bundle_have_one_chinese_name():
    for (context, source), chinese in translations().items():
        assert not any(word in chinese for word in RETIRED_SYNONYMS), (context, source, chinese)
