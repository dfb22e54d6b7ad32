"""Signing in: the dialog shown at start and by "Switch user" (Ctrl+L) at the counter."""
