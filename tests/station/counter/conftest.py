from tests.station.parcels.conftest import people  # noqa: F401 (the same residents as the parcels tests)
