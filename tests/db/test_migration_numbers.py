"""A migration module's number is its schema version: the loader refuses gaps, duplicates and stray names.

Were versions list positions, a file added out of order would make existing databases re-run (or skip)
a migration; these prove the loader stops that at import instead.
"""
import pkgutil

import pytest

from db import migrations
from db.migrations import LATEST_VERSION, MIGRATIONS, MigrationNumbering, numbered_modules


def test_numbers_become_versions_in_order():
    names = ["m002_counter", "m001_core", "m003_extras"]
    assert numbered_modules(names) == {1: "m001_core", 2: "m002_counter", 3: "m003_extras"}


def test_a_gap_is_refused():
    with pytest.raises(MigrationNumbering, match="schema version 2 has no migration module"):
        numbered_modules(["m001_core", "m003_extras"])


def test_a_missing_first_version_is_refused():
    with pytest.raises(MigrationNumbering, match="schema version 1 has no migration module"):
        numbered_modules(["m002_counter"])


def test_a_duplicate_number_is_refused():
    with pytest.raises(MigrationNumbering, match="m002_counter and m002_orders both claim schema version 2"):
        numbered_modules(["m001_core", "m002_counter", "m002_orders"])


@pytest.mark.parametrize("stray", ["helpers", "m1_core", "m0001_core", "m004", "x004_core", "m004-core"])
def test_a_stray_module_name_is_refused(stray):
    with pytest.raises(MigrationNumbering, match="is named mNNN_what_it_does"):
        numbered_modules(["m001_core", stray])


def test_the_shipped_migrations_are_numbered_without_gaps():
    names = [info.name for info in pkgutil.iter_modules(migrations.__path__)]
    modules = numbered_modules(names)
    assert sorted(modules) == list(range(1, LATEST_VERSION + 1))
    assert [m.__module__.rsplit(".", 1)[1] for m in MIGRATIONS] == [modules[v] for v in sorted(modules)]
