"""Residents page widgets: the lazy list, the edit form, delegates and the timeline."""
