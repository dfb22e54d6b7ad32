"""The counter's records on a resident's timeline: parcels arrived (and picked up or returned, where no
other record tells it), handouts (and their undoing), notices given, problem reports and their resolution,
and parcels handed back to the courier."""
from collections.abc import Iterable

from db.models import Handout, NoticeLog, Parcel, ParcelHandoff, ParcelProblem, database
from station.i18n import ntr, tr
from station.parcels.carriers import carrier_name
from station.parcels.notice_log import CHANNELS
from station.parcels.notice_log import KINDS as NOTICE_KINDS
from station.parcels.problems import KINDS as PROBLEM_KINDS
from station.parcels.returns import REASONS
from station.parcels.views import relation_name
from station.timeline import TimelineEntry, register_source


def _told_elsewhere(resident_gid: str) -> set[str]:
    """Parcels whose pickup or return the counter's own records tell (handout, courier handoff)."""
    rows = database.execute_sql(
        "SELECT gid FROM parcel WHERE resident_gid = ? AND handout_gid IS NOT NULL AND status = 'picked_up' "
        "UNION SELECT h.parcel_gid FROM parcel_handoff h JOIN parcel p ON p.gid = h.parcel_gid "
        "WHERE p.resident_gid = ?", (resident_gid, resident_gid))
    return {gid for (gid,) in rows}


def parcel_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    told = _told_elsewhere(resident_gid)
    for p in Parcel.select().where(Parcel.resident == resident_gid):
        yield TimelineEntry(p.arrived_at, "parcel", tr("Timeline", "Parcel {tracking} ({carrier}) arrived, code "
                                                                  "{code}, shelf {shelf}").format(
            tracking=p.tracking_no, carrier=carrier_name(p.carrier) or "—", code=p.pickup_code or "—",
            shelf=p.shelf or "—"), p.gid)
        if p.gid in told:
            continue
        if p.status == "picked_up" and p.picked_up_at:
            yield TimelineEntry(p.picked_up_at, "parcel", tr("Timeline", "Parcel {tracking} picked up by {who}").format(
                tracking=p.tracking_no, who=p.receiver_name or "—"), p.gid)
        elif p.status == "returned":
            yield TimelineEntry(p.updated_at, "parcel", tr("Timeline", "Parcel {tracking} returned to the sender")
                                .format(tracking=p.tracking_no), p.gid)


def handout_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    for h in Handout.select().where(Handout.resident == resident_gid):
        # An undone handout's parcels may since have gone out in another one: its codes are not listed.
        codes = "" if h.undone_at else ", ".join(p.pickup_code for p in Parcel.raw(
            "SELECT gid, pickup_code FROM parcel WHERE handout_gid = ? ORDER BY arrived_at", h.gid))
        yield TimelineEntry(h.at, "handout", ntr(
            "Timeline", "1 parcel handed out at the counter to {name} ({relation}): {codes}; staff {staff}",
            "{count} parcels handed out at the counter to {name} ({relation}): {codes}; staff {staff}",
            h.parcel_count, name=h.receiver_name, relation=relation_name(h.receiver_relation),
            codes=codes or "—", staff=h.staff), h.gid)
        if h.undone_at:
            yield TimelineEntry(h.undone_at, "handout", tr(
                "Timeline", "Handout undone: the parcels went back on the shelf"), h.gid)


def notice_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    for n in NoticeLog.select().where(NoticeLog.resident_gid == resident_gid):
        kind, channel = NOTICE_KINDS.get(n.kind), CHANNELS.get(n.channel)
        text = ntr("Timeline", "{kind} ({channel}) about 1 waiting parcel {codes}",
                   "{kind} ({channel}) about {count} waiting parcels {codes}", n.parcel_count,
                   kind=tr(*kind) if kind else n.kind, channel=tr(*channel) if channel else n.channel,
                   codes=n.codes.replace(",", ", "))
        yield TimelineEntry(n.at, "notice", f"{text} — {n.note}" if n.note else text, n.gid)


def _parcels_of(resident_gid: str):
    return Parcel.select(Parcel.gid).where(Parcel.resident == resident_gid)


def problem_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    query = (ParcelProblem.select(ParcelProblem, Parcel.tracking_no)
             .join(Parcel, on=(ParcelProblem.parcel_gid == Parcel.gid))
             .where(ParcelProblem.parcel_gid.in_(_parcels_of(resident_gid))))
    for p in query.objects():
        kind = PROBLEM_KINDS.get(p.kind)
        text = tr("Timeline", "Problem parcel {tracking}: {kind}").format(
            tracking=p.tracking_no, kind=tr(*kind) if kind else p.kind)
        yield TimelineEntry(p.reported_at, "problem", f"{text} — {p.note}" if p.note else text, p.gid)
        if p.resolved_at and p.resolution == "reassigned":
            yield TimelineEntry(p.resolved_at, "problem", tr(
                "Timeline", "Problem parcel {tracking} sorted out and put on the shelf").format(
                tracking=p.tracking_no), p.gid)


def return_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    query = (ParcelHandoff.select(ParcelHandoff, Parcel.tracking_no)
             .join(Parcel, on=(ParcelHandoff.parcel_gid == Parcel.gid))
             .where(ParcelHandoff.parcel_gid.in_(_parcels_of(resident_gid))))
    for h in query.objects():
        reason = REASONS.get(h.reason)
        yield TimelineEntry(h.at, "return", tr(
            "Timeline", "Parcel {tracking} handed back to the courier ({courier}): {reason}").format(
            tracking=h.tracking_no, courier=h.courier_name, reason=tr(*reason) if reason else h.reason), h.gid)


register_source("parcel", parcel_entries)
register_source("handout", handout_entries)
register_source("notice", notice_entries)
register_source("problem", problem_entries)
register_source("return", return_entries)
