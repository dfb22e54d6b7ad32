"""Storage: peewee over SQLite (WAL, foreign keys), numbered migrations. Knows nothing of `station`."""
