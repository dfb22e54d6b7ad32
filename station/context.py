"""Who is acting, for which station, and what time it is: passed to every service call."""
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db.models import utcnow
from station.errors import PermissionDenied
from station.permissions import Perm, allowed


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str
    role: str


# The command line acts as the station's local operator unless --user is given: whoever can run
# commands on the counter PC already holds the data directory.
CONSOLE = Actor("console", "命令行", "admin")
SCHEDULER = Actor("scheduler", "定时任务", "admin")


@dataclass
class Ctx:
    data_dir: Path
    station_code: str
    actor: Actor
    clock: Callable[[], dt.datetime] = field(default=utcnow)

    def now(self) -> dt.datetime:
        return self.clock()

    def require(self, perm: Perm) -> None:
        if not allowed(self.actor.role, perm):
            raise PermissionDenied("Your role ({role}) may not do this.", why="role", role=self.actor.role)

    def as_actor(self, actor: Actor) -> "Ctx":
        return Ctx(self.data_dir, self.station_code, actor, self.clock)
