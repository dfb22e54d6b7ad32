"""The Residents page's timeline names the counter's records and shows station (UTC+8) time."""
import datetime as dt

from station.parcels.handout import hand_out
from station.parcels.intake import intake
from station.residents import add_resident
from ui import ops
from ui.app import open_session
from ui.residents.timeline import TimelineView


def test_handout_row_has_its_kind_and_local_time(ctx, data_dir, qtbot):
    wang = add_resident(ctx, "王秀英", "13800001234")
    parcel = intake(ctx, "SF1234567890123", resident_gid=wang.gid).parcel
    done = hand_out(ctx, [parcel.gid])
    view = TimelineView(open_session(data_dir, "en"))
    qtbot.addWidget(view)
    view.load(wang.gid)
    ops.wait_idle()
    rows = [[view.table.item(r, c).text() for c in range(3)] for r in range(view.table.rowCount())]
    handout = next(row for row in rows if row[1] == "Handout")
    at = dt.datetime.fromisoformat(done.at) + dt.timedelta(hours=8)
    assert handout[0] == f"{at:%Y-%m-%d %H:%M}" and parcel.pickup_code in handout[2]
