"""The Sync page: what is waiting, export to USB, push, return bundles, office key, history."""
from station.i18n import N_
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.sync.page import SyncPage

    return SyncPage(session)


register_page(PageSpec("sync", N_("Pages", "Sync"), _make, 60))
