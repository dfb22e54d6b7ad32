"""The GUI's one open station: who is signed in, the display config, and change notices for pages."""
from pathlib import Path

from station.context import Actor, Ctx
from ui.config import DisplayConfig
from ui.qt import QObject, Signal


class AppSession(QObject):
    actor_changed = Signal(object)  # Actor
    changed = Signal(str)  # what changed ("parcels", "residents", "settings" …): pages refresh on it
    rebuild_requested = Signal()  # the language changed: the frame makes its pages and texts anew

    def __init__(self, ctx: Ctx, station_name: str = "", station_kind: str = "station") -> None:
        super().__init__()
        self.ctx = ctx
        self.station_name = station_name
        self.station_kind = station_kind  # "station" (a village) or "office" (the town office): which pages exist
        self.config = DisplayConfig(ctx.data_dir)

    @property
    def data_dir(self) -> Path:
        return self.ctx.data_dir

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def sign_in(self, actor: Actor) -> None:
        self.ctx = self.ctx.as_actor(actor)
        self.actor_changed.emit(actor)

    def notify(self, what: str) -> None:
        self.changed.emit(what)

    def request_rebuild(self) -> None:
        self.rebuild_requested.emit()
