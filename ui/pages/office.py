"""The town office's pages (an office data directory shows these, then Audit and Settings)."""
from station.i18n import N_
from station.permissions import Perm
from ui.pages import PageSpec, register_page

OFFICE = ("office",)


def _factory(module: str, name: str):
    def make(session):
        import importlib

        return getattr(importlib.import_module(module), name)(session)

    return make


for key, title, module, name, order in (
    ("inbox", N_("Pages", "Inbox"), "ui.office.inbox_page", "InboxPage", 10),
    ("stations", N_("Pages", "Stations"), "ui.office.table_pages", "StationsPage", 12),
    ("dashboards", N_("Pages", "Dashboards"), "ui.office.dashboard_page", "DashboardPage", 14),
    ("cases-overview", N_("Pages", "Cases overview"), "ui.office.table_pages", "CasesPage", 16),
    ("watch", N_("Pages", "Watch list"), "ui.office.watch_page", "WatchPage", 18),
    ("notices-calendar", N_("Pages", "Notices & calendar"), "ui.office.notices_page", "NoticesPage", 20),
    ("reports", N_("Pages", "Reports"), "ui.office.reports_page", "ReportsPage", 22),
):
    register_page(PageSpec(key, title, _factory(module, name), order, Perm.OFFICE, OFFICE))
