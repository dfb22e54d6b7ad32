"""What the bundle ships from resources/: the CJK font (found first, also frozen), its licence, the app icon."""
import sys
from pathlib import Path

import pytest

from station import fonts, paths
from tests.conftest import ROOT


@pytest.fixture
def fresh_font_lookup():
    fonts.cjk_font_path.cache_clear()
    yield
    fonts.cjk_font_path.cache_clear()


def test_the_shipped_font_comes_before_any_system_font(monkeypatch, tmp_path, fresh_font_lookup):
    """installer/fetch_font.py puts the font into resources/fonts/ at build time; once there it wins."""
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "wqy-microhei.ttc").write_bytes(b"")
    monkeypatch.setattr(fonts, "resource_dir", lambda: tmp_path)
    assert any(Path(p).exists() for p in fonts.SYSTEM_CANDIDATES)  # a system font is there to lose to
    assert fonts.cjk_font_path() == tmp_path / "fonts" / "wqy-microhei.ttc"


def test_frozen_resources_are_found_under_meipass(monkeypatch, tmp_path, fresh_font_lookup):
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "shipped.ttf").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_dir() == tmp_path / "resources"
    assert fonts.cjk_font_path() == tmp_path / "resources" / "fonts" / "shipped.ttf"
    assert paths.app_icon() == tmp_path / "resources" / "icons" / "station.png"


def test_the_font_licence_allows_shipping_and_is_shipped_beside_it():
    licence = (ROOT / "resources" / "fonts" / "LICENSE-wqy-microhei.txt").read_text("utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence
    assert "WenQuanYi Project Board of Trustees" in licence


def test_reportlab_embeds_the_shipped_font(fresh_font_lookup):
    from reportlab.pdfbase import pdfmetrics

    from station.pdf import cjk_font

    face = pdfmetrics.getFont(cjk_font()).face
    name = face.name.decode() if isinstance(face.name, bytes) else face.name
    assert "WenQuanYi" in name, name
    assert face.charToGlyph.get(ord("村")), "村 has a glyph"


def test_qt_loads_the_shipped_font_and_draws_chinese(qapp, fresh_font_lookup):
    from ui.qt import QtGui

    font_id = QtGui.QFontDatabase.addApplicationFont(str(fonts.cjk_font_path()))
    families = QtGui.QFontDatabase.applicationFontFamilies(font_id)
    assert any("WenQuanYi" in family for family in families), families
    assert QtGui.QFontMetrics(QtGui.QFont(families[0])).inFontUcs4(ord("站"))


def test_every_window_gets_the_app_icon(qapp):
    from ui.app import qt_app

    app = qt_app()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes()[0].width() == 256
    assert app.desktopFileName() == "village-station"  # the .deb's village-station.desktop and icon name
    desktop = (ROOT / "installer/linux/village-station.desktop").read_text("utf-8")
    assert f"StartupWMClass={app.applicationName()}\n" in desktop  # X11's window class is the application name
