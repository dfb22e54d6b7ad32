"""The Orders & Returns page (placeholder until its issue lands)."""
from station.i18n import N_
from ui.pages.coming import coming

coming("orders", N_("Pages", "Orders & Returns"), 30)
