"""Placeholder for the security migration (issue 9); replaced at merge."""


def migrate(db) -> None:
    pass
