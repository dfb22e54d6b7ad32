"""The town office application: figures aggregated on import, station health, dashboards, reports, watch list."""
