"""The Counter page (placeholder until its issue lands)."""
from station.i18n import N_
from ui.pages.coming import coming

coming("counter", N_("Pages", "Counter"), 10)
