"""Station time: records are stored in UTC; the station lives in China (UTC+8, no daylight saving).

Every printed, shown or spoken time and every "station day" (today's figures, the 7-day return window,
legal deadlines) is shifted here, once, rather than in each place that shows a time.
"""
import datetime as dt

from station.i18n import tr

CHINA = dt.timezone(dt.timedelta(hours=8))


def local(at: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time as the station's wall-clock time."""
    if at is None:
        return None
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    return at.replace(tzinfo=dt.UTC).astimezone(CHINA).replace(tzinfo=None)


def format_date(at: dt.datetime | dt.date | None) -> str:
    if at is None:
        return ""
    return tr("Printing", "{year}-{month:02d}-{day:02d}").format(year=at.year, month=at.month, day=at.day)


def format_time(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    return f"{format_date(at)} {at.hour:02d}:{at.minute:02d}"


def station_today(now_utc: dt.datetime) -> dt.date:
    """The station's calendar day at a stored UTC instant."""
    return local(now_utc).date()
