"""Version 13 is reserved for a change another branch is landing at the same time (it takes m013); this no-op
only keeps the numbering whole until that branch's m013 replaces it. Whoever merges both: delete this file and
keep the other m013 (the loader refuses two modules claiming version 13, so it cannot be missed)."""


def migrate(db) -> None:
    """Nothing: see the module's note."""
