"""The smaller ICU data of the Linux bundle (installer/icu_data.py): what it keeps, and that Qt's ICU-backed
features give the same answers with it (run in the venv's Qt with the bundle's libicudata first on the path)."""
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "installer"))
import icu_data  # noqa: E402


@pytest.mark.parametrize("item", ["uprops.icu", "ucase.icu", "nfkc.nrm", "cnvalias.icu", "root.res", "zh.res",
                                  "zh_Hans_CN.res", "en.res", "pool.res", "supplementalData.res", "zoneinfo64.res",
                                  "metaZones.res", "coll/root.res", "coll/ucadata.icu", "coll/zh.res", "zone/zh.res",
                                  "zone/en.res", "zone/tzdbNames.res", "gb18030.cnv", "windows-936-2000.cnv",
                                  "ibm-1386_P100-2001.cnv", "windows-950-2000.cnv", "ibm-5348_P100-1997.cnv"])
def test_keeps_what_qt_uses_for_chinese_and_english(item):
    assert icu_data.keep(item)


@pytest.mark.parametrize("item", ["fr.res", "de_AT.res", "coll/ja.res", "zone/ru.res", "curr/zh.res", "lang/en.res",
                                  "brkitr/cjdict.dict", "translit/root.res", "unit/zh.res", "ibm-943_P15A-2003.cnv",
                                  "ebcdic-xml-us.cnv", "confusables.cfu"])
def test_drops_other_languages_names_and_scripts(item):
    assert not icu_data.keep(item)


CHECK = textwrap.dedent("""
    import functools
    from PySide6.QtCore import QCollator, QLocale, QStringEncoder, QTimeZone
    zh = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    names = ["张伟", "王芳", "李娜", "刘强", "陈静", "赵丽", "阿姨", "周杰"]
    print(sorted(names, key=functools.cmp_to_key(QCollator(zh).compare)))
    print([QStringEncoder(name).isValid() for name in ("GB18030", "GBK", "GB2312", "Big5", "windows-1252")])
    print(QLocale(QLocale.Language.Turkish).toUpper("istanbul"))
    tz = QTimeZone(b"Asia/Shanghai")
    print(tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, zh))
    print([line.split(maxsplit=5)[-1].strip() for line in open("/proc/self/maps") if "libicudata" in line][0])
""")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle")
def test_qt_sorts_converts_and_names_zones_with_the_bundles_icu_data(bundle):
    lib = bundle / "_internal/PySide6/Qt/lib"
    assert (lib / "libicudata.so.73").stat().st_size < 8_000_000, "the smaller ICU data ships (icupkg, gcc)"
    env = {**os.environ, "LD_LIBRARY_PATH": str(lib), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, env=env, check=True)
    order, codecs, upper, zone, loaded = proc.stdout.splitlines()
    assert loaded.startswith(str(bundle))
    assert order == str(["阿姨", "陈静", "李娜", "刘强", "王芳", "张伟", "赵丽", "周杰"])  # pinyin order
    assert codecs == str([True] * 5)
    assert upper == "İSTANBUL"
    assert zone == "中国标准时间"
