"""A resident's delegates: who may collect their parcels and who is told about them."""
from station.i18n import tr
from station.residents import add_delegate, delegates_of, remove_delegate
from ui import messages
from ui.flow import FlowLayout
from ui.ops import Op
from ui.qt import Qt, QtWidgets
from ui.tables import make_table, selected_key, set_rows


class DelegatesView(QtWidgets.QWidget):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.gid: str | None = None
        self.table = make_table([tr("Residents", "Name"), tr("Residents", "Relation"), tr("Residents", "Phone"),
                                 tr("Residents", "May collect"), tr("Residents", "Is told")])
        self.name, self.phone, self.relation = QtWidgets.QLineEdit(), QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.relation.setPlaceholderText(tr("Residents", "son, daughter, neighbour …"))
        self.may_collect = QtWidgets.QCheckBox(tr("Residents", "May collect parcels"), checked=True)
        self.be_told = QtWidgets.QCheckBox(tr("Residents", "Is told about parcels"))
        add = QtWidgets.QPushButton(tr("Residents", "Add delegate"))
        add.clicked.connect(self.add)
        remove = QtWidgets.QPushButton(tr("Residents", "Remove selected"))
        remove.clicked.connect(self.remove)
        form = QtWidgets.QFormLayout()
        form.addRow(tr("Residents", "Name"), self.name)
        form.addRow(tr("Residents", "Phone"), self.phone)
        form.addRow(tr("Residents", "Relation"), self.relation)
        checks = FlowLayout()
        checks.addWidget(self.may_collect)
        checks.addWidget(self.be_told)
        form.addRow(checks)  # the whole row: the check boxes wrap under each other
        buttons = FlowLayout(align=Qt.AlignmentFlag.AlignRight)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(add)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def load(self, gid: str | None) -> None:
        self.gid = gid
        self.setEnabled(gid is not None)
        if gid is None:
            set_rows(self.table, [], [])
            return
        ctx = self.session.ctx
        Op(lambda: delegates_of(ctx, gid), parent=self).success(self._show).run()

    def _show(self, delegates) -> None:
        yes, no = tr("Residents", "yes"), tr("Residents", "no")
        set_rows(self.table, [[d.name, d.relation, d.phone, yes if d.may_collect else no, yes if d.be_told else no]
                              for d in delegates], [d.gid for d in delegates])

    def add(self) -> None:
        ctx, gid = self.session.ctx, self.gid
        values = (self.name.text(), self.phone.text(), self.relation.text(), self.may_collect.isChecked(),
                  self.be_told.isChecked())
        Op(lambda: add_delegate(ctx, gid, *values), parent=self).success(self._added).run()

    def _added(self, d) -> None:
        messages.bridge().info(tr("Residents", "{name} added as a delegate.").format(name=d.name))
        for field in (self.name, self.phone, self.relation):
            field.clear()
        self.load(self.gid)

    def remove(self) -> None:
        key, ctx = selected_key(self.table), self.session.ctx
        if key:
            Op(lambda: remove_delegate(ctx, key), parent=self).success(lambda _r: self.load(self.gid)).run()
