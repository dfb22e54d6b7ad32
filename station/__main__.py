"""`python -m station` runs the same program as the installed `station` console command.

The command-line face lives in `ui/` (station never imports ui), so this looks up the `station` entry point
that pyproject.toml declares and calls it, rather than importing the face itself.
"""
from importlib.metadata import entry_points

(_script,) = entry_points(group="console_scripts", name="station")
raise SystemExit(_script.load()())
