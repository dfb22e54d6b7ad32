"""The Settings page: display options of this PC, station rules, backups and accounts."""
from station.i18n import N_
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.settings.page import SettingsPage

    return SettingsPage(session)


# Every role: display options of this PC and one's own PIN.
register_page(PageSpec("settings", N_("Pages", "Settings"), _make, 80, None, ("station", "office")))
