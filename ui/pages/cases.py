"""The Cases page (placeholder until its issue lands)."""
from station.i18n import N_
from ui.pages.coming import coming

coming("cases", N_("Pages", "Cases"), 40)
