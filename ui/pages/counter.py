"""The Counter page: where station staff take parcels in and hand them out."""
from station.i18n import N_
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.counter.page import CounterPage

    return CounterPage(session)


register_page(PageSpec("counter", N_("Pages", "Counter"), _make, 10))
