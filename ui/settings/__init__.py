"""Widgets of the Settings page: editors generated from `station.options`, accounts, backups."""
