"""Every page of the main window, in nav order, in one table; the main window only lays out what is here.

A page's widget module is named as text and imported on first use, so startup imports no page but the one it
shows (bench/startup.py measures it). Add a page: one PageSpec line in PAGES.
"""
import importlib
from dataclasses import dataclass

from station.i18n import N_, tr
from station.permissions import Perm, allowed
from ui.qt import QtWidgets


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: tuple[str, str]  # (context, English source) for tr()
    widget: str | None  # "module:Class" taking the session, imported on first use; None: "coming later"
    permission: Perm | None = Perm.VIEW  # what the signed-in role needs to see the page; None: every role
    kinds: tuple[str, ...] = ("station",)  # which data directories show it: a village station, the town office

    def usable_by(self, role: str, kind: str = "station") -> bool:
        return kind in self.kinds and (self.permission is None or allowed(role, self.permission))

    def factory(self, session) -> QtWidgets.QWidget:
        """Import the page's module (the first time) and build the page."""
        if self.widget is None:
            from ui.pages.coming import ComingPage

            return ComingPage(session, tr(*self.title))
        module, name = self.widget.split(":")
        return getattr(importlib.import_module(module), name)(session)


BOTH = ("station", "office")
OFFICE = ("office",)
PAGES: tuple[PageSpec, ...] = (
    PageSpec("counter", N_("Pages", "Counter"), "ui.counter.page:CounterPage"),
    PageSpec("parcels", N_("Pages", "Parcels"), "ui.parcels.page:ParcelsPage"),
    PageSpec("deliveries", N_("Pages", "Deliveries"), "ui.delivery.page:DeliveriesPage", Perm.DELIVERY_CONFIRM),
    PageSpec("orders", N_("Pages", "Orders & Returns"), "ui.orders.page:OrdersPage"),
    PageSpec("cases", N_("Pages", "Cases"), "ui.cases.page:CasesPage", Perm.CASES),
    PageSpec("residents", N_("Pages", "Residents"), "ui.residents.page:ResidentsPage"),
    PageSpec("sync", N_("Pages", "Sync"), "ui.sync.page:SyncPage"),
    # The town office (an office data directory shows these, then Audit and Settings).
    PageSpec("inbox", N_("Pages", "Inbox"), "ui.office.inbox_page:InboxPage", Perm.OFFICE, OFFICE),
    PageSpec("stations", N_("Pages", "Stations"), "ui.office.table_pages:StationsPage", Perm.OFFICE, OFFICE),
    PageSpec("dashboards", N_("Pages", "Dashboards"), "ui.office.dashboard_page:DashboardPage", Perm.OFFICE, OFFICE),
    PageSpec("cases-overview", N_("Pages", "Cases overview"), "ui.office.table_pages:CasesPage", Perm.OFFICE, OFFICE),
    PageSpec("watch", N_("Pages", "Watch list"), "ui.office.watch_page:WatchPage", Perm.OFFICE, OFFICE),
    PageSpec("notices-calendar", N_("Pages", "Notices & calendar"), "ui.office.notices_page:NoticesPage",
             Perm.OFFICE, OFFICE),
    PageSpec("reports", N_("Pages", "Reports"), "ui.office.reports_page:ReportsPage", Perm.OFFICE, OFFICE),
    PageSpec("audit", N_("Pages", "Audit"), "ui.audit.page:AuditPage", Perm.AUDIT, BOTH),
    # Every role: display options of this PC and one's own PIN.
    PageSpec("settings", N_("Pages", "Settings"), "ui.settings.page:SettingsPage", None, BOTH),
)


def page_specs() -> list[PageSpec]:
    return list(PAGES)


def usable_specs(role: str, kind: str = "station") -> list[PageSpec]:
    """The pages, in nav order, that this role may use in this kind of data directory."""
    return [spec for spec in PAGES if spec.usable_by(role, kind)]


class Page(QtWidgets.QWidget):
    """Base for pages: `refresh()` reloads from the services when the page is shown or data changes."""

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session

    def refresh(self) -> None:
        """Reload what the page shows; pages override it."""

    def focus_default(self) -> None:
        """Put focus where the user starts typing; the counter overrides it for its scan field."""
