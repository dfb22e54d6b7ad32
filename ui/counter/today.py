"""The counter's idle view: today's figures in large type, readable from a step back from the screen.

Six numbers a station keeper asks about all day (how many on the shelf, how many came and went today,
what is out with the volunteers, what needs attention). Figures that need action (problem parcels,
parcels due back to the courier) are marked when not zero. Nothing here takes focus: the scan field keeps it.
"""
from station.i18n import N_, tr
from ui import theme
from ui.counter.panels import label, no_focus
from ui.leading import plain_text
from ui.qt import QtWidgets

FIGURES = (
    ("waiting", N_("Counter", "Waiting"), False),
    ("arrived_today", N_("Counter", "Arrived today"), False),
    ("handed_out_today", N_("Counter", "Handed out today"), False),
    ("out_for_delivery", N_("Counter", "Out for delivery"), False),
    ("problem", N_("Counter", "Problem parcels"), True),
    ("due_for_return", N_("Counter", "Due for return"), True),
)
COLUMNS = 3


class FigureTile(QtWidgets.QFrame):
    def __init__(self, key: str, caption: str, needs_action: bool) -> None:
        super().__init__(objectName="todayTile")
        self.needs_action = needs_action
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.number = label(2.0, True, f"today_{key}")
        self.number.setText("–")
        self.caption = label(1.0)
        self.caption.setText(caption)
        layout = QtWidgets.QVBoxLayout(self)
        margin = self.caption.fontMetrics().height() // 3
        layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def show_value(self, value: int) -> None:
        self.number.setText(str(value))
        flagged = self.needs_action and value > 0
        self.number.setStyleSheet(f"color: {theme.colour('alert')};" if flagged else "")


class TodayPanel(QtWidgets.QWidget):
    """Today at this station: filled from station.parcels.today.today_figures (through ui.ops)."""

    def __init__(self) -> None:
        super().__init__(objectName="todayPanel")
        self.heading = label(1.2, True, "todayHeading")
        self.heading.setText(tr("Counter", "Today at this station"))
        self.tiles = {key: FigureTile(key, tr(*caption), action) for key, caption, action in FIGURES}
        grid = QtWidgets.QGridLayout()
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        no_focus(self, *self.tiles.values())

    def show_figures(self, figures) -> None:
        for key, tile in self.tiles.items():
            tile.show_value(getattr(figures, key))

    def value(self, key: str) -> str:
        return plain_text(self.tiles[key].number)
