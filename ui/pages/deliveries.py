"""The Deliveries page: returned slips, proposals, runs and the volunteer roster (a volunteer: slips only)."""
from station.i18n import N_
from station.permissions import Perm
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.delivery.page import DeliveriesPage

    return DeliveriesPage(session)


register_page(PageSpec("deliveries", N_("Pages", "Deliveries"), _make, 20, Perm.DELIVERY_CONFIRM))
