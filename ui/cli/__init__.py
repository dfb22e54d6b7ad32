"""The `station` command: a thin face over the `station` services."""
