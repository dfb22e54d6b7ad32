"""Several stations, random changes, bundles delivered in random order, duplicated, dropped and re-exported:
the office ends up holding exactly the union of the stations' records."""
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.connection import close_database
from db.models import OfficeBacklog, database
from station.sync.office_import import import_file
from station.sync.outgoing import export_bundle
from station.sync.returns import import_return_bundle, make_return_bundle
from tests.station.sync.helpers import (
    add_parcel,
    add_resident,
    delete,
    make_office,
    make_station,
    office_rows,
    rename,
    station_rows,
    switch,
)

CODES = ("CN-P-01", "CN-P-02", "CN-P-03")
ACTIONS = ("change", "change", "change", "change", "export", "deliver", "return")


def _change(data, code: str) -> None:
    residents = sorted(r[0] for r in database.execute_sql("SELECT gid FROM resident"))
    parcels = sorted(r[0] for r in database.execute_sql("SELECT gid FROM parcel"))
    kind = data.draw(st.sampled_from(["add_resident", "add_parcel", "rename", "delete"]))
    table, gids = data.draw(st.sampled_from([("resident", residents), ("parcel", parcels)]))
    if kind == "add_resident" or (kind != "add_parcel" and not gids):
        add_resident(code, data.draw(st.sampled_from(["张", "王", "李", "赵"])))
    elif kind == "add_parcel":
        add_parcel(code, data.draw(st.text("0123456789", min_size=1, max_size=4)))
    elif kind == "rename":
        rename(table, data.draw(st.sampled_from(gids)), data.draw(st.sampled_from(["A-1", "B-2", "刘", "陈"])))
    else:
        delete(table, data.draw(st.sampled_from(gids)))


def _deliver(data, office: Path, files: list[str]) -> list[str]:
    """Deliver some pending bundles in a random order, some twice; the rest stay pending or are lost."""
    octx = switch(office, office=True)
    left = []
    for file in data.draw(st.permutations(files)):
        fate = data.draw(st.sampled_from(["once", "twice", "lost", "later"]))
        for _ in range({"once": 1, "twice": 2}.get(fate, 0)):
            assert import_file(octx, file).outcome in ("accepted", "duplicate")
        if fate == "later":
            left.append(file)
    close_database()
    return left


def _return(data, office: Path, station: Path, code: str, out: Path) -> None:
    octx = switch(office, office=True)
    made = make_return_bundle(octx, code, out)["file"]
    if data.draw(st.booleans()):  # the return stick may be lost too
        import_return_bundle(switch(station), made)
    close_database()


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_office_holds_exactly_the_union_of_station_records(data):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        office = make_office(root)
        stations = {code: make_station(root, code, office) for code in CODES[:data.draw(st.integers(2, 3))]}
        pending: list[str] = []
        for _ in range(data.draw(st.integers(4, 30))):
            action, code = data.draw(st.sampled_from(ACTIONS)), data.draw(st.sampled_from(sorted(stations)))
            if action == "change":
                switch(stations[code])
                _change(data, code)
            elif action == "export":
                pending.append(export_bundle(switch(stations[code]), root / "usb")["file"])
            elif action == "deliver":
                pending = _deliver(data, office, pending)
            else:
                _return(data, office, stations[code], code, root / "back")
            close_database()
        for station in stations.values():  # carried again: a fresh bundle from each station
            pending.append(export_bundle(switch(station), root / "usb")["file"])
        octx = switch(office, office=True)
        for file in data.draw(st.permutations(pending)):
            assert import_file(octx, file).outcome in ("accepted", "duplicate")
        assert OfficeBacklog.select().count() == 0
        close_database()
        union = set().union(*(station_rows(s) for s in stations.values()))
        assert office_rows(office) == union
