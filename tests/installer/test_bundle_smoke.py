"""The Linux bundle works on its own: a station made, a demo filled, the counter drawn and slips printed in
Chinese, from a Chinese-named folder with no Python anywhere on PATH (tests/installer/conftest.py)."""
import json
import re
import shutil
import subprocess
import sys

import pytest
from PIL import Image

from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle")]
CJK = re.compile(r"[\u4e00-\u9fff]{2,}")
NO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is missing: install poppler-utils (installer/debian-packages.txt)"
    return path


def dark_pixels(image: Image.Image) -> int:
    return sum(image.convert("L").point(lambda v: 255 if v < 110 else 0).histogram()[255:])


def test_the_bundle_carries_our_resources_and_the_qt_it_needs(bundle):
    internal = bundle / "_internal"
    for name in ("fonts/wqy-microhei.ttc", "fonts/LICENSE-wqy-microhei.txt", "icons/station.png"):
        assert (internal / "resources" / name).is_file(), name
    shipped = sorted(path.name for path in (internal / "resources/translations").glob("*.ts"))
    assert shipped == sorted(path.name for path in (ROOT / "resources/translations").glob("*.ts"))
    qt = internal / "PySide6/Qt"
    for name in ("plugins/platforms/libqxcb.so", "plugins/platforms/libqwayland.so",
                 "plugins/platforms/libqoffscreen.so",
                 "plugins/texttospeech/libqtexttospeech_mock.so", "plugins/imageformats/libqjpeg.so",
                 "plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                 "translations/qtbase_zh_CN.qm", "lib/libQt6Multimedia.so.6", "lib/libQt6TextToSpeech.so.6"):
        assert (qt / name).is_file(), name
    assert list(internal.glob("apscheduler-*.dist-info")) or list(internal.glob("APScheduler-*.dist-info"))


def test_the_bundle_leaves_out_what_the_app_never_loads(bundle):
    unused = [path.name for path in bundle.rglob("*")
              if re.search(r"WebEngine|Qt6Qml|Qt6Quick|Qt63D|Qt6Pdf|libavcodec|libgtk|_tkinter|pytest", path.name)]
    assert not unused


def test_station_init_from_the_bundle(frozen, tmp_path):
    proc = frozen("init", "--data", tmp_path / "新街", "--code", "CN-XJ-001", "--name", "新街村站", "--admin", "zhang",
                  "--pin", "1234")
    assert proc.returncode == 0, proc.stderr
    assert "CN-XJ-001" in proc.stdout and (tmp_path / "新街" / "station.db").is_file()
    proc = frozen("--json", "--data", tmp_path / "新街", "--user", "zhang", "--pin", "1234", "account", "list")
    assert proc.returncode == 0, proc.stderr
    assert "zhang" in json.dumps(json.loads(proc.stdout))  # one JSON document naming the admin


@pytest.fixture
def demo(frozen, tmp_path):
    data = tmp_path / "演示站"
    proc = frozen("demo", "--data", data, "--residents", "40", "--parcels", "300")
    assert proc.returncode == 0, proc.stderr
    return data


def test_counter_screenshot_draws_chinese_with_only_the_bundled_font(frozen, demo, tmp_path):
    conf = tmp_path / "no-fonts.conf"  # fontconfig sees no system font at all: only resources/fonts can draw
    conf.write_text(NO_FONTS_CONF.format(cache=tmp_path / "fc-cache"), "utf-8")
    out = tmp_path / "counter.png"
    proc = frozen("screenshot", "--data", demo, "--user", "zhanzhang", "--pin", "1234", "--page", "counter", "--out",
                  out, env={"FONTCONFIG_FILE": str(conf)})
    assert proc.returncode == 0, proc.stderr
    image = Image.open(out)
    assert image.size == (1366, 768)
    assert dark_pixels(image.crop((0, 0, 150, 380))) > 800  # the navigation's nine Chinese labels


def test_slips_pdf_embeds_the_chinese_font_and_its_glyphs_render(frozen, demo, tmp_path):
    account = ("--user", "zhanzhang", "--pin", "1234")
    proc = frozen("--json", "--data", demo, *account, "delivery", "plan")
    assert proc.returncode == 0, proc.stderr
    run = json.loads(proc.stdout)["run"]
    pdf = tmp_path / "送货单.pdf"
    proc = frozen("--data", demo, *account, "delivery", "slips", run, "--out", pdf)
    assert proc.returncode == 0, proc.stderr
    fonts = subprocess.run([poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"WenQuanYiMicroHei\S*\s+TrueType\s+\S+\s+yes", fonts), fonts
    text = subprocess.run([poppler("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert CJK.search(text), text
    subprocess.run([poppler("pdftoppm"), "-png", "-r", "72", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    page = Image.open(next(tmp_path.glob("page*.png")))
    assert dark_pixels(page.crop((140, 0, page.width, 120))) > 300  # the first slip's name and address


def test_main_window_shows_on_a_real_x_server(bundle, frozen, demo, tmp_path):
    xvfb = shutil.which("xvfb-run")
    assert xvfb, "xvfb-run is missing: install xvfb (installer/debian-packages.txt)"
    inner = (f'exec env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" HOME="{tmp_path}" PATH="{tmp_path}/empty" '
             f'LANG=C.UTF-8 QT_QPA_PLATFORM=xcb STATION_BENCH_SHOWN=1 "{bundle}/station" gui --data "{demo}"')
    proc = subprocess.run([xvfb, "-a", "sh", "-c", inner], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^shown \d", proc.stdout, re.M), proc.stdout + proc.stderr


def test_gui_with_its_scheduler_keeps_running_without_errors(bundle, frozen, tmp_path):
    data = tmp_path / "无账号站"
    assert frozen("init", "--data", data, "--admin", "zhang", "--pin", "1234", "--code", "CN-T-009",
                  "--name", "测试站").returncode == 0
    with pytest.raises(subprocess.TimeoutExpired) as still_running:  # the window stays open until closed
        frozen("gui", "--data", data, timeout=8)
    stderr = still_running.value.stderr or b""
    assert b"Traceback" not in stderr and b"Error" not in stderr, stderr.decode("utf-8", "replace")


def test_the_office_imports_a_folder_from_the_bundle_with_its_helper_process(frozen, tmp_path):
    """Eight stations' bundles: the import starts its helper process (station.sync.prefetch), which in a frozen
    program runs through multiprocessing.freeze_support() in ui/frozen_entry.py; without it the helper would be the
    whole program started again, and would print its usage."""
    from db.connection import close_database
    from station.office.demo import DEMO_OFFICE_ADMIN, DEMO_OFFICE_PIN, make_demo_town

    town = make_demo_town(tmp_path / "镇", stations=8, residents=60, parcels=400)
    close_database()
    proc = frozen("--json", "--data", town.office, "--user", DEMO_OFFICE_ADMIN, "--pin", DEMO_OFFICE_PIN, "office",
                  "import", *town.bundles)
    assert proc.returncode == 0, proc.stderr
    assert "usage" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert [r["outcome"] for r in json.loads(proc.stdout)["results"]] == ["accepted"] * 8
