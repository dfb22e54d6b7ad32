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


# Before anyone signs in: may do nothing that needs a permission (the CLI and the GUI start as this).
NOBODY = Actor("nobody", "未登录", "none")
# In-process callers that need no sign-in: tests, the demo maker and `init` (which makes the first admin).
# No face (CLI, GUI) acts as it: they sign in with a PIN or an access token.
CONSOLE = Actor("console", "命令行", "admin")
# Jobs of the background scheduler, started by a signed-in GUI session (unattended jobs run from outside
# use a named access token instead: `station token add`).
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
        self.require_signed_in()
        if not allowed(self.actor.role, perm):
            raise PermissionDenied("Your role ({role}) may not do this.", why="role", role=self.actor.role)

    def require_signed_in(self) -> None:
        if self.actor == NOBODY:
            raise PermissionDenied("Sign in first: give --user and --pin (or env STATION_USER and STATION_PIN), "
                                   "or an access token with --token (env STATION_TOKEN).", why="sign_in")

    def as_actor(self, actor: Actor) -> "Ctx":
        return Ctx(self.data_dir, self.station_code, actor, self.clock)
