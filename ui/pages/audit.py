"""The Audit page: lists and filters the tamper-evident log and verifies its hash chain."""
from station.i18n import N_
from station.permissions import Perm
from ui.pages import PageSpec, register_page


def _make(session):
    from ui.audit.page import AuditPage

    return AuditPage(session)


register_page(PageSpec("audit", N_("Pages", "Audit"), _make, 70, Perm.AUDIT, ("station", "office")))
