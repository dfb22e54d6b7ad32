"""Widgets of the Audit page: the entry table model and the page with filters and chain verification."""
