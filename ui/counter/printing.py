"""The counter's two printouts: the last stored parcel's shelf label (F3) and the last handout's receipt (F4).

Each is written to the station's prints/ folder on the ops worker and opened in the system viewer.
"""
from station.i18n import tr
from ui import messages
from ui.ops import Op
from ui.qt import QtCore, QtGui


class CounterPrints:
    """Mixed into the Counter page: it has `session`, `last_parcel`, `last_handout` and `open_prints`."""

    last_print = None  # the path of the last PDF printed from here

    def print_label(self) -> None:
        parcel = self.last_parcel
        if parcel is None:
            return

        def work():
            from station.parcels.labels import shelf_label_pdf
            return shelf_label_pdf([parcel.gid], self._prints_dir() / f"label-{parcel.pickup_code}.pdf")

        self._print(work, tr("Counter", "Shelf label saved: {path}"))

    def print_receipt(self) -> None:
        """A receipt for the last handout (while it stands)."""
        handout = self.last_handout
        if handout is None:
            return

        def work():
            from station.parcels.receipts import receipt_pdf
            return receipt_pdf(handout, self._prints_dir() / f"receipt-{handout.handout_id}.pdf")

        self._print(work, tr("Counter", "Receipt saved: {path}"))

    def _prints_dir(self):
        return self.session.data_dir / "prints"

    def _print(self, work, saved: str) -> None:
        self.last_print = None

        def done(path) -> None:
            self.last_print = path
            messages.bridge().info(saved.format(path=path))
            if self.open_prints:
                QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))

        Op(work, parent=self).success(done).run()
