"""The Sync page (placeholder until its issue lands)."""
from station.i18n import N_
from ui.pages.coming import coming

coming("sync", N_("Pages", "Sync"), 60)
