"""A real PostgreSQL server for the office tests: one per test session, on loopback, torn down at the end.

Debian's PostgreSQL 15 binaries; initdb refuses root, so as root (CI) initdb and pg_ctl run as `postgres` via
runuser in a temporary directory it owns. Trust auth, a free port, the unix socket in that directory, fsync off.
Each test that asks for `office_db` gets an empty database of its own."""
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("STATION_PG_BIN", "/usr/lib/postgresql/15/bin"))
_names = count(1)


@dataclass
class PgServer:
    port: int
    root: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg2

        name = f"office_{os.getpid()}_{next(_names)}"
        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {name}")
        conn.close()
        return self.url(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list) -> list:
    return ["runuser", "-u", "postgres", "--", *map(str, cmd)] if os.geteuid() == 0 else list(map(str, cmd))


def start_server() -> PgServer:
    """initdb + pg_ctl start in a fresh temporary directory (as `postgres` when we are root)."""
    root = Path(tempfile.mkdtemp(prefix="vs-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True, "cwd": root}
    subprocess.run(_as_postgres([PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                                 "--no-sync", "--locale=C"]), **quiet)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " \
              "-c full_page_writes=off -c max_connections=200"
    subprocess.run(_as_postgres([PG_BIN / "pg_ctl", "-D", data, "-l", root / "log", "-w", "-o", options,
                                 "start"]), **quiet)
    return PgServer(port, root)


def stop_server(server: PgServer) -> None:
    subprocess.run(_as_postgres([PG_BIN / "pg_ctl", "-D", server.root / "data", "-m", "immediate", "-w", "stop"]),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=server.root)
    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"no PostgreSQL server binaries in {PG_BIN} (apt-get install postgresql)")
    server = start_server()
    try:
        yield server
    finally:
        stop_server(server)


@pytest.fixture(params=["sqlite", "postgresql"])
def office_db(request) -> str | None:
    """The office's database: None for SQLite in the data directory, or a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("pg_server").new_database()
