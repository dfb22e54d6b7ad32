"""The Residents page (placeholder until its issue lands)."""
from station.i18n import N_
from ui.pages.coming import coming

coming("residents", N_("Pages", "Residents"), 50)
