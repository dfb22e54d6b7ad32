"""Placeholder so the loader sees no gap (m010 is reserved for the town office, issue 13); replaced at merge."""


def migrate(db) -> None:
    pass
