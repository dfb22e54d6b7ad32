"""The Parcels page: parcel history, problem parcels, notices and reminders."""
from station.i18n import N_
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.counter.parcels_page import ParcelsPage

    return ParcelsPage(session)


register_page(PageSpec("parcels", N_("Pages", "Parcels"), _make, 15))
