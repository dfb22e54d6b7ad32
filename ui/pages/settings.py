"""The Settings page (placeholder until its issue lands)."""
from station.i18n import N_
from ui.pages.coming import coming

coming("settings", N_("Pages", "Settings"), 80)
