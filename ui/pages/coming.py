"""A short, honest panel for pages whose issue has not landed yet."""
from station.i18n import tr
from ui.pages import Page
from ui.qt import Qt, QtWidgets


class ComingPage(Page):
    def __init__(self, session, what: str) -> None:
        super().__init__(session)
        label = QtWidgets.QLabel(tr("Pages", "Coming in a later version: {what}").format(what=what))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(label)
