"""A demo town: an office and N demo stations (a year of parcels each), their bundles, imported or not.

Used by the benchmark, the screenshots and by a new user trying the office (`station office demo`). Only one
database is open at a time (the models bind to one), so the stations are made one after the other.
"""
from dataclasses import dataclass, field
from pathlib import Path

from db.connection import close_database
from station.accounts import add_account
from station.context import Ctx
from station.demo import DEMO_ACCOUNTS, fill_demo
from station.demo.extras import enrol_volunteer
from station.identity import export_card, init_station, open_station
from station.sync.office import as_office, enroll, init_office
from station.sync.outgoing import export_bundle
from station.sync.state import trust_office


@dataclass
class DemoTown:
    office: Path
    stations: list[Path] = field(default_factory=list)
    bundles: list[Path] = field(default_factory=list)


DEMO_OFFICE_ADMIN, DEMO_OFFICE_PIN = "zhang", "1234"  # the demo office's first admin


def station_code(n: int) -> str:
    return f"CN-DEMO-{n:03d}"


def make_demo_station(root: Path, n: int, office_card: Path, residents: int, parcels: int) -> tuple[Path, Path]:
    """One enrolled-ready station with its bundle written into root/inbox; returns (data dir, bundle)."""
    data_dir = root / station_code(n)
    ctx = init_station(data_dir, station_code(n), f"示范村站{n:02d}")
    for username, display, role, pin in DEMO_ACCOUNTS:
        add_account(ctx, username, display, role, pin)
    fill_demo(ctx, residents, parcels, seed=n)
    enrol_volunteer(ctx, None, seed=n)
    trust_office(ctx, office_card)
    export_card(ctx, root / "cards" / f"{station_code(n)}.json")
    bundle = Path(export_bundle(ctx, root / "inbox")["file"])
    close_database()
    return data_dir, bundle


def make_demo_town(root: Path, stations: int = 3, residents: int = 200, parcels: int = 2000,
                   name: str = "城关镇便民服务中心", db_url: str | None = None) -> DemoTown:
    """Office + stations + one bundle per station in root/inbox (not imported yet); stations are enrolled."""
    root = Path(root)
    ctx = init_office(root / "office", name, "OFFICE-DEMO", DEMO_OFFICE_ADMIN, DEMO_OFFICE_PIN, db_url)
    export_card(ctx, root / "office.json")
    close_database()
    town = DemoTown(root / "office")
    for n in range(1, stations + 1):
        data_dir, bundle = make_demo_station(root, n, root / "office.json", residents, parcels)
        town.stations.append(data_dir)
        town.bundles.append(bundle)
    office = open_office_ctx(town.office)
    for n in range(1, stations + 1):
        enroll(office, root / "cards" / f"{station_code(n)}.json")
    close_database()
    return town


def open_office_ctx(path: Path) -> Ctx:
    return as_office(open_station(path))
