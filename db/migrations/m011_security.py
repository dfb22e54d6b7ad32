"""Placeholder for issue 9's migration (drop at merge)."""


def migrate(db) -> None:
    pass
