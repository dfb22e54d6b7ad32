"""The Orders & Returns page: a scan field where a tracking number fits, then one tab per list — orders by
state, windows closing soon, returns (overdue refunds first), outgoing parcels waiting for a courier, amounts
on collection held at intake, and today's cash. Every read and write runs as an Op; the page only renders."""
from station.i18n import tr
from station.orders import order_status_name
from station.orders.money import yuan
from station.orders.returns import outcome_name, reason_name
from ui import messages
from ui.flow import FlowLayout
from ui.ops import Op
from ui.pages import Page
from ui.qt import QtWidgets
from ui.tables import make_table, open_file, select_key, selected_key, set_rows

TABS = ("orders", "closing_soon", "returns", "outgoing", "cod", "cash")


class OrdersPage(Page):
    def __init__(self, session) -> None:
        super().__init__(session)
        self.data: dict = {}
        self.scan_field = QtWidgets.QLineEdit(objectName="ordersScan")
        self.scan_field.setPlaceholderText(tr("Orders", "Scan a tracking number or type an order id"))
        self.scan_field.returnPressed.connect(self.scan)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(QtWidgets.QLabel(tr("Orders", "Scan")))
        row.addWidget(self.scan_field, 1)
        self.tabs = QtWidgets.QTabWidget()
        self.tables = {
            "orders": make_table([tr("Orders", "State"), tr("Orders", "Resident"), tr("Orders", "Merchant"),
                                  tr("Orders", "Amount"), tr("Orders", "Tracking number"),
                                  tr("Orders", "Expected arrival"), tr("Orders", "Window ends")]),
            "closing_soon": make_table([tr("Orders", "Window ends"), tr("Orders", "Days left"),
                                        tr("Orders", "Resident"), tr("Orders", "Merchant"), tr("Orders", "Amount")]),
            "returns": make_table([tr("Orders", "State"), tr("Orders", "Resident"), tr("Orders", "Merchant"),
                                   tr("Orders", "Reason"), tr("Orders", "Outcome"), tr("Orders", "Refund due"),
                                   tr("Orders", "Paid")]),
            "outgoing": make_table([tr("Orders", "Carrier"), tr("Orders", "Tracking number"), tr("Orders", "Sender"),
                                    tr("Orders", "Recipient"), tr("Orders", "Fee"), tr("Orders", "Checks")]),
            "cod": make_table([tr("Orders", "State"), tr("Orders", "Tracking number"), tr("Orders", "Resident"),
                               tr("Orders", "To pay")]),
            "cash": make_table([tr("Orders", "Time"), tr("Orders", "Kind"), tr("Orders", "Amount"),
                                tr("Orders", "Note")]),
        }
        self.cash_summary = QtWidgets.QLabel(objectName="cashSummary", wordWrap=True)
        titles = {"orders": tr("Orders", "Orders"), "closing_soon": tr("Orders", "Closing soon"),
                  "returns": tr("Orders", "Returns and refunds"), "outgoing": tr("Orders", "Outgoing parcels"),
                  "cod": tr("Orders", "Cash on delivery"), "cash": tr("Orders", "Cash")}
        for key in TABS:
            self.tabs.addTab(self._tab(key), titles[key])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)

    def _tab(self, key: str) -> QtWidgets.QWidget:
        tab = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(tab)
        if key == "cash":
            column.addWidget(self.cash_summary)
        column.addWidget(self.tables[key], 1)
        buttons = FlowLayout()
        for label, action in self._actions(key):
            button = QtWidgets.QPushButton(label)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return tab

    def _actions(self, key: str):
        return {
            "orders": [(tr("Orders", "New order…"), self.new_order), (tr("Orders", "Receipt"), self.receipt),
                       (tr("Orders", "Start a return…"), self.start_return), (tr("Orders", "Cancel order"),
                                                                               self.cancel)],
            "closing_soon": [(tr("Orders", "Start a return…"), self.start_return)],
            "returns": [(tr("Orders", "Hand to a courier…"), self.hand_off),
                        (tr("Orders", "Refund received…"), self.refund),
                        (tr("Orders", "Replacement received…"), self.exchanged)],
            "outgoing": [(tr("Orders", "Send a parcel…"), self.send_parcel),
                         (tr("Orders", "Handover list…"), self.handover)],
            "cod": [(tr("Orders", "Resident pays"), self.cod_pay), (tr("Orders", "Refuse: back to the courier…"),
                                                                    self.cod_refuse)],
            "cash": [(tr("Orders", "Count the cash…"), self.count_cash), (tr("Orders", "Day sheet (PDF)"),
                                                                           self.day_sheet)],
        }[key]

    def focus_default(self) -> None:
        self.scan_field.setFocus()

    def refresh(self, select: tuple[str, str] | None = None) -> None:
        from station.orders.overview import overview

        ctx = self.session.ctx
        Op(lambda: overview(ctx), parent=self).success(lambda data: self._show(data, select)).run()

    def _show(self, data: dict, select: tuple[str, str] | None) -> None:
        self.data = data
        set_rows(self.tables["orders"], [[order_status_name(o.status), o.resident_name, o.merchant,
                                          f"¥{yuan(o.total_fen)}", o.tracking, self._arrival(o),
                                          o.window_ends or ""]
                                         for o in data["orders"]], [o.id for o in data["orders"]])
        set_rows(self.tables["closing_soon"], [[r["window_ends"], str(r["days_left"]), r["resident_name"],
                                                r["merchant"], f"¥{yuan(r['total_fen'])}"]
                                               for r in data["closing_soon"]], [r["id"] for r in data["closing_soon"]])
        overdue = {r["id"] for r in data["overdue"]}
        returns = sorted(data["returns"], key=lambda r: r.id not in overdue)
        set_rows(self.tables["returns"], [[(tr("Orders", "OVERDUE") + " ") * (r.id in overdue) + r.status_name,
                                           r.resident_name, self._merchant(r), reason_name(r.reason),
                                           outcome_name(r.outcome), r.refund_due or "", f"¥{yuan(r.paid_fen)}"]
                                          for r in returns], [r.id for r in returns])
        set_rows(self.tables["outgoing"], [[p.carrier, p.tracking, p.sender_name, p.recipient, f"¥{yuan(p.fee_fen)}",
                                            self._checks(p)] for p in data["outgoing"]],
                 [p.id for p in data["outgoing"]])
        set_rows(self.tables["cod"], [[c.status_name, c.tracking, c.resident_name, f"¥{yuan(c.amount_fen)}"]
                                      for c in data["cod"]], [c.id for c in data["cod"]])
        self._show_cash(data["cash"])
        if select:
            self.tabs.setCurrentIndex(TABS.index(select[0]))
            select_key(self.tables[select[0]], select[1])

    def _merchant(self, ret) -> str:
        if len(ret.orders) < 2:
            return ret.merchant
        return tr("Orders", "{merchant} ({count} orders)").format(merchant=ret.merchant, count=len(ret.orders))

    def _arrival(self, order) -> str:
        if order.expected_arrival:
            return order.expected_arrival
        return tr("Orders", "not shipped yet") if order.status == "placed" else ""

    def _checks(self, p) -> str:
        return " · ".join((tr("Orders", "ID seen") if p.id_checked else tr("Orders", "ID not seen"),
                           tr("Orders", "inspected") if p.inspected else tr("Orders", "not inspected")))

    def _show_cash(self, sheet) -> None:
        from station.clock import format_time, local
        from station.orders.cash import kind_name
        from station.orders.printouts import balance_text

        if sheet is None:
            return
        set_rows(self.tables["cash"], [[format_time(local(e.at))[-5:], kind_name(e.kind), f"¥{yuan(e.amount_fen)}",
                                        e.note] for e in sheet.entries], [e.gid for e in sheet.entries])
        self.cash_summary.setText(tr("Orders", "Opening ¥{opening} · in ¥{income} · out ¥{out} · closing ¥{closing}")
                                  .format(opening=yuan(sheet.opening_fen), income=yuan(sheet.in_fen),
                                          out=yuan(sheet.out_fen), closing=yuan(sheet.closing_fen))
                                  + "\n" + balance_text(sheet))

    def scan(self) -> None:
        from station.orders.overview import lookup

        text, ctx = self.scan_field.text(), self.session.ctx
        self.scan_field.clear()
        Op(lambda: lookup(ctx, text), parent=self).success(
            lambda found: self.refresh((found["tab"], found["id"]))).run()

    def _selected(self, key: str) -> str | None:
        gid = selected_key(self.tables[key])
        if gid is None:
            messages.bridge().warning(tr("Orders", "Choose a row first."))
        return gid

    def _do(self, work, done_text: str = "") -> None:
        def done(result) -> None:
            if done_text:
                messages.bridge().info(done_text)
            self.session.notify("orders")
            self.refresh()

        Op(work, parent=self).success(done).run()

    def new_order(self) -> None:
        from station.errors import Refused, StationError
        from station.orders.orders import place_order
        from ui.orders.order_dialog import OrderDialog

        dialog = OrderDialog(self)
        self.dialog = dialog
        ctx = self.session.ctx

        def save() -> None:
            try:
                order = dialog.order()
            except StationError as exc:  # a typed item that does not parse: the station's own message
                messages.bridge().warning(exc.message())
                return
            Op(lambda: place_order(ctx, order), parent=self).success(
                lambda view: self._placed(view)).failure(lambda exc: self._not_placed(exc, dialog, Refused)).run()

        dialog.accepted.connect(save)
        dialog.open()

    def _placed(self, view) -> None:
        messages.bridge().info(tr("Orders", "Order placed for {name}.").format(name=view.resident_name))
        self.session.notify("orders")
        self.refresh(("orders", view.id))

    def _not_placed(self, exc, dialog, refused) -> None:
        from ui.ops import show_error

        if isinstance(exc, refused) and exc.why == "watched_merchant":
            dialog.warn_watch(exc.message())  # warned before saving: staff confirm, then save again
            dialog.open()
        else:
            show_error(exc)

    def receipt(self) -> None:
        from station.orders.orders import show_order
        from station.orders.printouts import order_receipt_pdf

        gid, ctx = self._selected("orders"), self.session.ctx
        if gid is None:
            return
        out = self.session.data_dir / "prints" / f"order-{gid}.pdf"
        Op(lambda: order_receipt_pdf(show_order(ctx, gid), out), parent=self).success(open_file).run()

    def cancel(self) -> None:
        from station.orders.orders import cancel_order

        gid, ctx = self._selected("orders"), self.session.ctx
        if gid is not None:
            self._do(lambda: cancel_order(ctx, gid), tr("Orders", "Order cancelled."))

    def start_return(self) -> None:
        from ui.orders.actions import start_return

        key = TABS[self.tabs.currentIndex()]
        gid = self._selected(key)
        if gid is not None:
            start_return(self, gid)

    def hand_off(self) -> None:
        from ui.orders.actions import hand_off

        gid = self._selected("returns")
        if gid is not None:
            hand_off(self, gid)

    def refund(self) -> None:
        from ui.orders.actions import refund

        gid = self._selected("returns")
        if gid is not None:
            refund(self, gid)

    def exchanged(self) -> None:
        from ui.orders.actions import exchanged

        gid = self._selected("returns")
        if gid is not None:
            exchanged(self, gid)

    def send_parcel(self) -> None:
        from ui.orders.actions import send_parcel

        send_parcel(self)

    def handover(self) -> None:
        from ui.orders.actions import handover

        handover(self)

    def cod_pay(self) -> None:
        from station.orders.cod import pay_cod

        gid, ctx = self._selected("cod"), self.session.ctx
        if gid is not None:
            tracking = next(c.tracking for c in self.data["cod"] if c.id == gid)
            self._do(lambda: pay_cod(ctx, tracking), tr("Orders", "Payment recorded in the cash ledger."))

    def cod_refuse(self) -> None:
        from ui.orders.actions import cod_refuse

        gid = self._selected("cod")
        if gid is not None:
            cod_refuse(self, next(c.tracking for c in self.data["cod"] if c.id == gid))

    def count_cash(self) -> None:
        from ui.orders.actions import count_cash

        count_cash(self)

    def day_sheet(self) -> None:
        from station.clock import station_today
        from station.orders.cash import cash_day
        from station.orders.printouts import cash_day_pdf

        ctx = self.session.ctx
        day = station_today(ctx.now())
        out = self.session.data_dir / "prints" / f"cash-{day}.pdf"
        Op(lambda: cash_day_pdf(cash_day(ctx, day), out), parent=self).success(open_file).run()

