"""The Audit page (placeholder until its issue lands)."""
from station.i18n import N_
from ui.pages.coming import coming

coming("audit", N_("Pages", "Audit"), 70)
