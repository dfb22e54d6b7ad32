"""The Cases page: lists by state, due soon and overdue, a case view, statistics (staff and admin only)."""
from station.i18n import N_
from station.permissions import Perm
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.cases.page import CasesPage

    return CasesPage(session)


register_page(PageSpec("cases", N_("Pages", "Cases"), _make, 40, Perm.CASES))
