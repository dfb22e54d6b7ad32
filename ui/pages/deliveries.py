"""The Deliveries page (placeholder until its issue lands)."""
from station.i18n import N_
from ui.pages.coming import coming

coming("deliveries", N_("Pages", "Deliveries"), 20)
