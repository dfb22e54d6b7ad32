def migrate(db):
    pass
