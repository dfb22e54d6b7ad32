"""Doorstep deliveries on a resident's timeline: put on a run, and what happened at the door."""
from collections.abc import Iterable

from db.models import DeliveryItem, DeliveryRun, DeliveryStop, Volunteer
from station.delivery import OUTCOME_LABELS, Outcome
from station.i18n import ntr, tr
from station.timeline import TimelineEntry, register_source


def delivery_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    stops = DeliveryStop.select(DeliveryStop, DeliveryRun).join(DeliveryRun).where(
        DeliveryStop.resident == resident_gid)
    volunteers = {v.gid: v.name for v in Volunteer.select(Volunteer.gid, Volunteer.name)}
    for s in stops:
        run = s.run
        count = DeliveryItem.select().where(DeliveryItem.stop == s.gid).count()
        yield TimelineEntry(run.created_at, "delivery", ntr(
            "Timeline", "1 parcel put on delivery run {run} (slip {slip}, volunteer {volunteer})",
            "{count} parcels put on delivery run {run} (slip {slip}, volunteer {volunteer})",
            count, run=run.code, slip=s.slip_code, volunteer=volunteers.get(run.volunteer_gid, "—")), s.gid)
        if s.outcome:
            outcome = tr(*OUTCOME_LABELS[Outcome(s.outcome)])
            if s.delegate_name:
                outcome = f"{outcome}: {s.delegate_name}"
            yield TimelineEntry(s.outcome_at, "delivery", tr("Timeline", "Doorstep delivery (slip {slip}): {outcome}")
                                .format(slip=s.slip_code, outcome=outcome), s.gid)


register_source("delivery", delivery_entries)
