"""The Cases page widgets: case lists, the case view, the statistics view."""
