"""Widgets of the Counter page: the scan field, result and flow panels, small dialogs."""
