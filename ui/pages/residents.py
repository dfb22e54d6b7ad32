"""The Residents page: find a resident, edit their record, delegates and care, see their timeline."""
from station.i18n import N_
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.residents.page import ResidentsPage

    return ResidentsPage(session)


register_page(PageSpec("residents", N_("Pages", "Residents"), _make, 50))
