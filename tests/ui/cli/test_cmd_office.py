"""The office's report and export commands through the real CLI, on a demo town of two stations."""
import csv
import datetime as dt

import pytest

from station.office.demo import make_demo_town

# The demo's year of parcels ends today: last month is always full.
LAST_MONTH = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def town(tmp_path_factory, request):
    root = tmp_path_factory.mktemp("town")
    url = request.getfixturevalue("pg_server").new_database() if request.param == "postgresql" else None
    made = make_demo_town(root, stations=2, residents=80, parcels=600, db_url=url)
    from db.connection import close_database

    close_database()
    return made


def test_import_then_report_renders_with_chinese_and_charts(cli, town, tmp_path):
    code, out, err = cli("--lang", "en", "--data", town.office, "office", "import", *town.bundles)
    assert code == 0, err
    assert "2 accepted" in out
    pdf = tmp_path / "report.pdf"
    code, out, err = cli("--data", town.office, "office", "report", "--month", LAST_MONTH, "--out", pdf)
    assert code == 0, err
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    texts = [page.extract_text() for page in reader.pages]
    assert "城关镇便民服务中心" in texts[0]  # the town first (its complaints table may run onto a second page)
    assert "示范村站01" in texts[-2] and "示范村站02" in texts[-1]  # then one page per station
    fonts = {f for page in reader.pages for f in (page["/Resources"].get("/Font") or {}).values()}
    assert fonts  # embedded TrueType subset


def test_export_is_utf8_with_bom_and_matches_the_page_table(cli, town, tmp_path):
    cli("--data", town.office, "office", "import", *town.bundles)
    out = tmp_path / "stations.csv"
    code, _, err = cli("--lang", "en", "--data", town.office, "office", "export", "stations", "--month", LAST_MONTH,
                       "--out", out)
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Station", "Name", "Parcels arrived"]
    assert [r[0] for r in rows[1:]] == ["CN-DEMO-001", "CN-DEMO-002", ""]
    assert int(rows[-1][2]) == int(rows[1][2]) + int(rows[2][2])


@pytest.mark.parametrize("month", ["2026-13", "2026/03", "March"])
def test_a_malformed_month_is_one_clear_line_and_writes_nothing(cli, town, tmp_path, month):
    out = tmp_path / "x.csv"
    code, stdout, err = cli("--lang", "en", "--data", town.office, "office", "export", "daily", "--month", month,
                            "--out", out)
    assert code == 1 and "YYYY-MM" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_bundle_limit_per_station_and_bad_values(cli, town):
    code, out, err = cli("--lang", "en", "--data", town.office, "office", "limit", "--station", "CN-DEMO-001",
                         "--mb", "64")
    assert code == 0 and "64 MB" in out
    code, _, err = cli("--lang", "en", "--data", town.office, "office", "limit", "--station", "CN-NONE", "--mb", "1")
    assert code == 1 and "CN-NONE" in err
    code, _, err = cli("--lang", "en", "--data", town.office, "office", "limit", "--station", "CN-DEMO-001",
                       "--mb", "99999")
    assert code == 1 and "4096" in err


def test_every_table_exports(cli, town, tmp_path):
    cli("--data", town.office, "office", "import", *town.bundles)
    for name in ("daily", "cases", "merchants", "health", "watch", "quarantine"):
        code, _, err = cli("--data", town.office, "office", "export", name, "--month", LAST_MONTH, "--out",
                           tmp_path / f"{name}.csv")
        assert code == 0, err
    health = (tmp_path / "health.csv").read_text("utf-8-sig").splitlines()
    assert len(health) == 3 and "U盘" in health[1]
