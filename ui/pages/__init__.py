"""Pages register themselves here; the main window only lays out what is registered.

A page module calls `register_page(PageSpec(...))` at import; PAGE_MODULES lists them in nav order.
"""
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from station.permissions import Perm, allowed
from ui.qt import QtWidgets

PAGE_MODULES = [
    "ui.pages.counter",
    "ui.pages.parcels",
    "ui.pages.deliveries",
    "ui.pages.orders",
    "ui.pages.cases",
    "ui.pages.residents",
    "ui.pages.sync",
    "ui.pages.office",
    "ui.pages.audit",
    "ui.pages.settings",
]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: tuple[str, str]  # (context, English source) for tr()
    factory: Callable[..., QtWidgets.QWidget]
    order: int
    permission: Perm | None = Perm.VIEW  # what the signed-in role needs to see the page; None: every role
    kinds: tuple[str, ...] = ("station",)  # which data directories show it: a village station, the town office

    def usable_by(self, role: str, kind: str = "station") -> bool:
        return kind in self.kinds and (self.permission is None or allowed(role, self.permission))


_SPECS: dict[str, PageSpec] = {}


def register_page(spec: PageSpec) -> None:
    _SPECS[spec.key] = spec


def page_specs() -> list[PageSpec]:
    for module in PAGE_MODULES:
        importlib.import_module(module)
    return sorted(_SPECS.values(), key=lambda s: s.order)


def usable_specs(role: str, kind: str = "station") -> list[PageSpec]:
    """The pages, in nav order, that this role may use in this kind of data directory."""
    return [spec for spec in page_specs() if spec.usable_by(role, kind)]


class Page(QtWidgets.QWidget):
    """Base for pages: `refresh()` reloads from the services when the page is shown or data changes."""

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session

    def refresh(self) -> None:
        """Reload what the page shows; pages override it."""

    def focus_default(self) -> None:
        """Put focus where the user starts typing; the counter overrides it for its scan field."""
