"""The Orders & Returns page: assisted orders, returns and refunds, outgoing parcels, cash on delivery, cash."""
from station.i18n import N_
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.orders.page import OrdersPage

    return OrdersPage(session)


register_page(PageSpec("orders", N_("Pages", "Orders & Returns"), _make, 30))
