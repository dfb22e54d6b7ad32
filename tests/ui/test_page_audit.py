"""Every page of the PAGES table, shown as people see it at 1366×768, in Chinese, English and the
pseudo-translation (twice as long, accented), in normal and large text: nothing clipped, nothing overlapping,
no table scrolling sideways, no widget without an accessible name; in large text (elder mode) body text >= 18 pt
and targets >= 60 px high. And the contrast of every colour pair used for text, by the WCAG formula."""
import pytest

from db.connection import close_database
from station.demo import make_demo_station
from station.i18n import pseudo, set_language, tr
from station.office.demo import make_demo_town
from tests.ui.page_audit import audit_page
from ui import ops, theme
from ui.app import open_session, prepare
from ui.main_window import MainWindow
from ui.pages import PAGES

WIDTH, HEIGHT = 1366, 768


@pytest.fixture(scope="module")
def station_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("audit") / "station"
    make_demo_station(path, residents=120, parcels=800, seed=3)
    close_database()
    return path


@pytest.fixture(scope="module")
def office_dir(tmp_path_factory):
    town = make_demo_town(tmp_path_factory.mktemp("town"), stations=2, residents=40, parcels=200)
    close_database()
    return town.office


def shown_problems(qapp, qtbot, data_dir, lang: str, large: bool) -> tuple[list[str], list[str]]:
    session = open_session(data_dir, lang)
    prepare(qapp, session, large, False)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for key in window.page_keys():
        window.show_page(key)
        ops.wait_idle()
        qapp.processEvents()
        ops.wait_idle()
        qapp.processEvents()
        problems += audit_page(window, key, large, WIDTH, HEIGHT)
    keys = window.page_keys()
    window.close()
    theme.apply_display(qapp, False, False)
    return problems, keys


@pytest.mark.slow
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("lang", ["zh_CN", "en", "pseudo"])
def test_every_page_fits_is_named_and_sized(station_dir, office_dir, qapp, qtbot, lang, large):
    problems, keys = shown_problems(qapp, qtbot, station_dir, lang, large)
    office_problems, office_keys = shown_problems(qapp, qtbot, office_dir, lang, large)
    assert {spec.key for spec in PAGES} <= set(keys) | set(office_keys)  # every page of the table was measured
    assert problems + office_problems == []

@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_every_text_colour_pair_has_wcag_contrast(name):
    weak = {role: round(theme.contrast_ratio(fg, bg), 2) for role, (fg, bg) in theme.PALETTES[name].items()
            if theme.contrast_ratio(fg, bg) < theme.MIN_CONTRAST}
    assert weak == {}
    assert set(theme.PALETTES[name]) == set(theme.PALETTES["normal"])  # both themes colour the same roles


def test_the_applied_palette_is_the_checked_one(qapp):
    from ui.qt import QtGui

    for high in (False, True):
        theme.apply_display(qapp, False, high)
        palette, role, group = qapp.palette(), QtGui.QPalette.ColorRole, QtGui.QPalette.ColorGroup
        pairs = [(palette.color(role.WindowText), palette.color(role.Window)),
                 (palette.color(role.Text), palette.color(role.Base)),
                 (palette.color(role.ButtonText), palette.color(role.Button)),
                 (palette.color(group.Disabled, role.ButtonText), palette.color(role.Button)),
                 (palette.color(role.PlaceholderText), palette.color(role.Base)),
                 (palette.color(role.HighlightedText), palette.color(role.Highlight))]
        for fg, bg in pairs:
            assert theme.contrast_ratio(fg.name(), bg.name()) >= theme.MIN_CONTRAST, (high, fg.name(), bg.name())
    theme.apply_display(qapp, False, False)


def test_wcag_formula_matches_known_values():
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


def test_elder_mode_numbers(qapp):
    theme.apply_display(qapp, True, False)
    assert qapp.font().pointSizeF() >= 18
    assert theme.result_points() >= 30 and theme.target_height() >= 60
    theme.apply_display(qapp, False, False)
    assert theme.target_height() == 0


def test_pseudo_translation_doubles_and_accents_but_keeps_placeholders():
    text = pseudo("Station: {code} {name}")
    assert "{code}" in text and "{name}" in text and "Štåtîöñ" in text
    assert len(pseudo("Save")) == 2 * len("Save")
    set_language("pseudo")
    assert tr("Pages", "Parcels") == "Pårçélš ·ẋ·ẋ·ẋ"
    set_language("zh_CN")


@pytest.mark.parametrize("high", [False, True], ids=["normal", "high-contrast"])
def test_focused_widgets_show_a_thick_ring(qapp, qtbot, high):
    """Every focusable kind gets the ring in the style sheet, and a focused button really draws it."""
    from ui.qt import QtGui, QtWidgets

    theme.apply_display(qapp, False, high)
    sheet, ring = qapp.styleSheet(), theme.colours()["focus"][0]
    for kind in ("QPushButton", "QLineEdit", "QComboBox", "QCheckBox", "QAbstractItemView", "QTabBar"):
        assert f"{kind}:focus" in sheet
    assert f"{theme.FOCUS_PX}px solid {ring}" in sheet and theme.FOCUS_PX >= 2
    box = QtWidgets.QWidget()
    qtbot.addWidget(box)
    layout = QtWidgets.QVBoxLayout(box)
    first, button = QtWidgets.QLineEdit(), QtWidgets.QPushButton("OK")
    layout.addWidget(first)
    layout.addWidget(button)
    box.show()
    qtbot.waitExposed(box)

    def ring_pixels() -> int:
        image = button.grab().toImage()
        colour = QtGui.QColor(ring).rgb()
        return sum(image.pixel(x, y) == colour for x in range(image.width()) for y in (1, image.height() // 2))

    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    before = ring_pixels()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert ring_pixels() > before + 4
    theme.apply_display(qapp, False, False)
