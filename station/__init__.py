"""Village Station domain: plain-Python services over the `db` storage layer.

Nothing here imports Qt; the CLI and the GUI (`ui/`) are two faces over these services.
"""
