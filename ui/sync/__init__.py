"""Widgets of the Sync page and the status bar's sync text."""
